#pragma once

#include "LibraryCheckDialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace omt {

class LibraryService;
class LibraryWindow;

/// File → Check Library…, and the warning when a statement finds the
/// library damaged, which offers the check.
class LibraryCheckController : public QObject
{
    Q_OBJECT

public:
    LibraryCheckController(LibraryWindow &window, LibraryService &service);

    /// Opens the check dialog (or raises the one open) and starts the check.
    LibraryCheckDialog *openCheck();

    /// The open check dialog and damage warning, if any (tests).
    LibraryCheckDialog *checkDialog() const { return m_dialog; }
    QMessageBox *damageNotice() const { return m_notice; }

private:
    void damageDetected(const QString &detail);

    LibraryWindow &m_window;
    LibraryService &m_service;
    QPointer<LibraryCheckDialog> m_dialog;
    QPointer<QMessageBox> m_notice;
};

} // namespace omt
