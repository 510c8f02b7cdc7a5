#include "LibraryCheckController.h"

#include "LibraryActions.h"
#include "LibraryCheckDialog.h"
#include "LibraryWindow.h"
#include "models/LibraryService.h"
#include "ui/common/StatusNotice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace omt {

LibraryCheckController::LibraryCheckController(LibraryWindow &window, LibraryService &service)
    : QObject(&window)
    , m_window(window)
    , m_service(service)
{
    connect(window.actions()->checkLibrary, &QAction::triggered, this, &LibraryCheckController::openCheck);
    connect(&service, &LibraryService::damageDetected, this, &LibraryCheckController::damageDetected);
}

LibraryCheckDialog *LibraryCheckController::openCheck()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new LibraryCheckDialog(m_service, &m_window);
    m_dialog->setObjectName(QStringLiteral("libraryCheckDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    m_dialog->start();
    return m_dialog;
}

void LibraryCheckController::damageDetected(const QString &detail)
{
    m_window.statusNotice()->showMessage(tr("The library is damaged."), 0);
    if (m_notice)
        return;
    m_notice = new QMessageBox(QMessageBox::Warning, tr("The Library Is Damaged"),
        tr("Part of the library file cannot be read, so some items, lists or counts may be missing."),
        QMessageBox::Close, &m_window);
    m_notice->setObjectName(QStringLiteral("damageNotice"));
    m_notice->setInformativeText(
        tr("Check the library to see what is damaged. Keep a copy of the file before "
           "changing anything, and go back to a backup if you have one."));
    m_notice->setDetailedText(detail);
    QPushButton *check = m_notice->addButton(tr("Check Library…"), QMessageBox::AcceptRole);
    check->setObjectName(QStringLiteral("checkLibraryButton"));
    m_notice->setDefaultButton(check);
    m_notice->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_notice, &QMessageBox::finished, this, [this, check] {
        if (m_notice && m_notice->clickedButton() == check)
            openCheck();
    });
    m_notice->open();
}

} // namespace omt
