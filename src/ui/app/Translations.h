#pragma once

class QCoreApplication;

namespace omt {

/// Installs the application's translation for the system language, falling
/// back to the English file (which holds English plural forms), then Qt's own
/// translation (dialog buttons and the like). Call once, after the application
/// object exists; the translators live as long as it does.
void installTranslations(QCoreApplication &application);

} // namespace omt
