#pragma once

#include "net/CoverSettings.h"
#include "storage/SqlDialect.h"

#include <QString>

namespace omt {

/// Where the desktop application keeps things on this computer.
struct AppPaths
{
    /// The local library opened when nothing else is chosen.
    static QString defaultLibraryPath();
    /// Where covers live, the cache sizes chosen in the preferences, and
    /// which `file:` covers a library on `backend` may use.
    static CoverSettings coverSettings(SqlDialect::Kind backend);
};

} // namespace omt
