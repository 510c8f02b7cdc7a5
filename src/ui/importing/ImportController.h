#pragma once

#include "ImportWizard.h"
#include "core/Error.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace omt {

class JobProgressWidget;
class LibraryService;
class LongJobRunner;

/// The window's import: opens the import wizard and, when asked to import,
/// runs the import on the window's long-job runner with its progress bar and
/// Cancel, while the window stays usable. When it ends, everything shown is
/// read again (the change feed) and the outcome is said.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(QWidget *window, LibraryService &service, LongJobRunner &jobs,
        JobProgressWidget &progress, QObject *parent = nullptr);

    /// Opens the wizard (or raises the open one); nothing while a long job runs.
    void openWizard();
    /// The wizard while it is open, for tests.
    ImportWizard *wizard() const { return m_wizard; }

Q_SIGNALS:
    void message(const QString &text);
    void failed(const omt::Error &error);

private:
    void startImport(ImportWizard &wizard);

    QWidget *m_window;
    LibraryService &m_service;
    LongJobRunner &m_jobs;
    JobProgressWidget &m_progress;
    QPointer<ImportWizard> m_wizard;
};

} // namespace omt
