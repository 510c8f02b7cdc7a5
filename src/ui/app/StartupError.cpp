#include "StartupError.h"

#include <QApplication>
#include <QMessageBox>

namespace omt {

void showStartupError(const QString &message)
{
    QMessageBox::critical(
        nullptr, QApplication::translate("omt::StartupError", "OmniMediaTrak"), message, QMessageBox::Close);
}

} // namespace omt
