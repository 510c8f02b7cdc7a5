#pragma once

#include "net/CoverSettings.h"

#include <QString>

namespace omt::test {

/// Cover settings whose disk cache and user covers live under `folder` (a
/// test's temporary folder), never in the user's own.
inline CoverSettings coverSettingsIn(const QString &folder)
{
    CoverSettings settings;
    settings.diskCacheFolder = folder + QStringLiteral("/cache");
    settings.userCoverFolder = folder + QStringLiteral("/mine");
    return settings;
}

} // namespace omt::test
