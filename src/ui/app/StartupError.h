#pragma once

#include <QString>

namespace omt {

/// Tells the person why the application cannot start (the library cannot be
/// opened, it was written by a newer version, …), before any window exists.
void showStartupError(const QString &message);

} // namespace omt
