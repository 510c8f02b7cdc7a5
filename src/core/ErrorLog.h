#pragma once

#include "Error.h"

#include <QLoggingCategory>

namespace omt {

/// The name of an error code as logs and bug reports spell it ("not_found",
/// "constraint_violation"): the same in every language, unlike the message.
QString errorCodeName(Error::Code code);

/// Writes `error` to the log under `category` (`lcUi()`, …), with the
/// technical detail and code that people are not shown. Call it wherever an
/// error reaches people by its message alone, so that the detail (SQL error,
/// file name, errno text) still reaches a bug report. `where` says what was being done
/// ("counting a smart list's items"). A canceled operation is no failure and
/// is logged as information; everything else as a warning, which every
/// `omt.*` category shows by default.
void logError(const QLoggingCategory &category, const Error &error, const char *where);

} // namespace omt
