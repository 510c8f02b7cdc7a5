#include "ImportWizard.h"

#include "models/LongJobRunner.h"
#include "ui_ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace omt {

namespace {

/// The format chosen in the combo box; nothing for "tell from the file".
std::optional<ImportFormat> chosenFormat(const QComboBox *combo)
{
    const QString name = combo->currentData().toString();
    return name.isEmpty() ? std::nullopt : ImportFormats::fromName(name);
}

} // namespace

ImportWizard::ImportWizard(AsyncStorage &storage, const QUuid &userId, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<::Ui::ImportWizard>())
    , m_storage(storage)
    , m_userId(userId)
    , m_runner(new LongJobRunner(this))
    , m_report(std::make_shared<ImportReport>())
{
    // The form adds the pages in the order of Page, numbered from 0.
    m_ui->setupUi(this);
    setButtonText(QWizard::NextButton, tr("&Preview"));
    setButtonText(QWizard::FinishButton, tr("&Import"));

    m_ui->format->addItem(tr("Tell from the file"), QString());
    QStringList known;
    for (const QString &name : ImportFormats::names()) {
        const ImportFormat format = *ImportFormats::fromName(name);
        m_ui->format->addItem(ImportFormats::displayName(format), name);
        known.append(ImportFormats::displayName(format));
    }
    m_ui->formatsText->setText(tr("OmniMediaTrak reads: %1.").arg(known.join(QStringLiteral(", "))));
    m_ui->fileMessage->hide();
    m_ui->progress->hide();

    connect(m_ui->browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_ui->path, &QLineEdit::textChanged, m_ui->fileMessage, &QWidget::hide);
    connect(m_runner, &LongJobRunner::progressChanged, this, [this](const JobProgress &progress) {
        m_ui->progress->setMaximum(progress.total > 0 ? 100 : 0);
        m_ui->progress->setValue(progress.percent());
    });
    connect(m_runner, &LongJobRunner::finished, this, &ImportWizard::previewEnded);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::path() const
{
    return m_previewedPath;
}

ImportFormat ImportWizard::format() const
{
    return m_report->format;
}

void ImportWizard::browse()
{
    const QString start = m_ui->path->text().trimmed().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(m_ui->path->text().trimmed()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose an Export"), start, tr("Exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->path->setText(QDir::toNativeSeparators(chosen));
}

bool ImportWizard::validateCurrentPage()
{
    if (m_runner->isRunning())
        return false;
    if (currentId() != FilePage)
        return true;
    const QString path = QDir::fromNativeSeparators(m_ui->path->text().trimmed());
    if (path == m_previewedPath && chosenFormat(m_ui->format) == m_previewedFormat
        && !m_previewedPath.isEmpty())
        return true;
    startPreview();
    return false;
}

void ImportWizard::startPreview()
{
    const QString path = QDir::fromNativeSeparators(m_ui->path->text().trimmed());
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose the export file to import.");
    else if (!QFileInfo(path).isFile())
        problem = tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path));
    if (!problem.isEmpty()) {
        m_ui->fileMessage->setText(problem);
        m_ui->fileMessage->show();
        return;
    }
    m_previewedPath.clear();
    *m_report = ImportReport();
    m_ui->fileMessage->setText(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    m_ui->fileMessage->show();
    setBusy(true);
    m_runner->start(ImportJob::create(
        m_storage, m_userId, chosenFormat(m_ui->format), path, LibraryImport::Mode::DryRun, m_report));
    m_previewedFormat = chosenFormat(m_ui->format);
    m_previewedPath = path;
}

void ImportWizard::previewEnded(const JobOutcome &outcome)
{
    setBusy(false);
    if (outcome.kind != JobOutcome::Kind::Finished) {
        m_previewedPath.clear();
        m_ui->fileMessage->setText(
            outcome.kind == JobOutcome::Kind::Canceled ? QString() : outcome.error.message);
        m_ui->fileMessage->setVisible(outcome.kind == JobOutcome::Kind::Failed);
        return;
    }
    m_ui->fileMessage->hide();
    next();
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        showPreview();
    QWizard::initializePage(id);
}

void ImportWizard::showPreview()
{
    const ImportReport &report = *m_report;
    const ImportTally &t = report.tally;
    const QLocale locale;
    QString text = tr("“%1” is a %2 of %n row(s).", nullptr, int(t.rows))
                       .arg(report.fileName, ImportFormats::displayName(report.format));
    text += u'\n';
    if (t.created + t.updated == 0)
        text += tr("Your library holds all of it already: there is nothing to import.");
    else
        text
            += tr("Importing it adds %1, updates %2 and leaves %3 as they are.")
                   .arg(locale.toString(t.created), locale.toString(t.updated), locale.toString(t.unchanged));
    if (t.newMedia > 0 || t.newLists > 0)
        text += u'\n'
            + tr("New in the catalogue: %1 items. New lists: %2.")
                  .arg(locale.toString(t.newMedia), locale.toString(t.newLists));
    m_ui->summary->setText(text);
    m_ui->notices->setText(report.notices.join(u'\n'));
    m_ui->notices->setVisible(!report.notices.isEmpty());

    m_ui->problems->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(report.problems.size());
    for (const ImportProblem &problem : report.problems) {
        auto *row = new QTreeWidgetItem(
            { problem.file, problem.line > 0 ? locale.toString(problem.line) : QString(), problem.message });
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(2, problem.message);
        rows.append(row);
    }
    m_ui->problems->addTopLevelItems(rows);
    m_ui->problems->resizeColumnToContents(0);
    m_ui->problems->resizeColumnToContents(1);
    const bool anyProblem = report.problemCount > 0;
    m_ui->problemsLabel->setText(report.problemCount > report.problems.size()
            ? tr("%1 rows cannot be taken as they are; the first %2:")
                  .arg(locale.toString(report.problemCount), locale.toString(report.problems.size()))
            : tr("Rows that cannot be taken as they are (the others are imported):"));
    m_ui->problemsLabel->setVisible(anyProblem);
    m_ui->problems->setVisible(anyProblem);
    setButtonText(QWizard::FinishButton, hasWorkToDo() ? tr("&Import") : tr("&Close"));
}

bool ImportWizard::hasWorkToDo() const
{
    return m_report->tally.created + m_report->tally.updated > 0;
}

void ImportWizard::setBusy(bool busy)
{
    m_ui->progress->setVisible(busy);
    m_ui->progress->setMaximum(0);
    m_ui->filePage->setEnabled(!busy);
    if (QAbstractButton *nextButton = button(QWizard::NextButton))
        nextButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        // Cancel stops the preview; the wizard stays for another file.
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace omt
