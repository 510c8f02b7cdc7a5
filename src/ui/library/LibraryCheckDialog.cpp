#include "LibraryCheckDialog.h"

#include "core/ErrorLog.h"
#include "models/LibraryService.h"
#include "ui/common/UiLog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace omt {

LibraryCheckDialog::LibraryCheckDialog(LibraryService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Check Library"));
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(tr("Checking the library…"), this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setReadOnly(true);
    m_findings->setPlaceholderText(tr("What the check finds is listed here."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_verdict);
    layout->addWidget(m_progress);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_buttons);
    resize(560, 360);
}

void LibraryCheckDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_service.checkLibrary(
        this, [this](int done, int total) { showProgress(done, total); },
        [this](Result<LibraryCheckReport> report) {
            m_running = false;
            if (report)
                showReport(*report);
            else {
                logError(lcUi(), report.error(), "checking the library");
                showFailure(report.error().message);
            }
        });
}

void LibraryCheckDialog::showProgress(int done, int total)
{
    if (!m_running)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_verdict->setText(tr("Checking the library: step %1 of %2…").arg(done).arg(total));
}

void LibraryCheckDialog::showReport(const LibraryCheckReport &report)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_verdict->setText(report.summary());
    QStringList lines = report.fileProblems;
    lines += report.referenceProblems;
    if (report.damaged())
        lines << QString()
              << tr("Keep a copy of the file before changing anything, and go back to a backup if you have "
                    "one: parts of the library cannot be read, and what is shown may be incomplete.");
    m_findings->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT finished(report.damaged());
}

void LibraryCheckDialog::showFailure(const QString &message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_verdict->setText(tr("The check could not run: %1").arg(message));
    Q_EMIT finished(false);
}

QString LibraryCheckDialog::verdict() const
{
    return m_verdict->text();
}

QString LibraryCheckDialog::findings() const
{
    return m_findings->toPlainText();
}

} // namespace omt
