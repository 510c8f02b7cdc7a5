#include "ImportController.h"

#include "ImportWizard.h"
#include "core/LibraryChange.h"
#include "models/ChangeFeed.h"
#include "models/ImportJob.h"
#include "models/LibraryService.h"
#include "models/LongJobRunner.h"
#include "ui/common/JobProgressWidget.h"

#include <QFileInfo>

namespace omt {

ImportController::ImportController(QWidget *window, LibraryService &service, LongJobRunner &jobs,
    JobProgressWidget &progress, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_jobs(jobs)
    , m_progress(progress)
{ }

void ImportController::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (m_jobs.isRunning()) {
        Q_EMIT message(tr("Another long task is running; import once it has ended."));
        return;
    }
    m_wizard = new ImportWizard(m_service.storage(), m_service.userId(), m_window);
    m_wizard->setObjectName(QStringLiteral("importWizard"));
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::accepted, this, [this] {
        if (m_wizard && m_wizard->hasWorkToDo())
            startImport(*m_wizard);
    });
    m_wizard->open();
}

void ImportController::startImport(ImportWizard &wizard)
{
    const QString fileName = QFileInfo(wizard.path()).fileName();
    auto report = std::make_shared<ImportReport>();
    // The wizard opens only while no job runs, but one may have begun since.
    if (!m_jobs.start(ImportJob::create(m_service.storage(), m_service.userId(), wizard.format(),
            wizard.path(), LibraryImport::Mode::Write, report))) {
        Q_EMIT message(tr("Another long task is running; import once it has ended."));
        return;
    }
    m_progress.start(tr("Importing “%1”").arg(fileName));
    connect(
        &m_jobs, &LongJobRunner::finished, this,
        [this, report](const JobOutcome &outcome) {
            m_progress.finish();
            if (outcome.kind == JobOutcome::Kind::Finished)
                Q_EMIT message(outcome.summary);
            else if (outcome.kind == JobOutcome::Kind::Canceled)
                Q_EMIT message(tr("The import was canceled; nothing was imported."));
            else
                Q_EMIT failed(outcome.error);
            // What the import wrote arrives everywhere at once: every view
            // reads again (a canceled or failed import wrote nothing).
            if (outcome.kind == JobOutcome::Kind::Finished) {
                LibraryChange change;
                change.origin = LibraryChange::Origin::Import;
                change.everything = true;
                m_service.feed().publish(change);
            }
        },
        Qt::SingleShotConnection);
}

} // namespace omt
