#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace omt {

/// Writes `bytes` to `path` through QSaveFile (creating its folder), so the
/// file is either complete or untouched even if the process is killed
/// mid-write. On failure the error carries `message` and the file's error.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &message);

} // namespace omt
