#include "ImportJob.h"

#include "JobControl.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

namespace omt {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::ImportJob)
};

} // namespace

std::unique_ptr<LongJob> ImportJob::create(AsyncStorage &storage, const QUuid &userId,
    std::optional<ImportFormat> format, const QString &path, LibraryImport::Mode mode, SharedReport report)
{
    return std::make_unique<ImportJob>(storage.database(), userId, format, path, mode, std::move(report));
}

ImportJob::ImportJob(Database &database, const QUuid &userId, std::optional<ImportFormat> format,
    QString path, LibraryImport::Mode mode, SharedReport report)
    : m_database(database)
    , m_userId(userId)
    , m_format(format)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_report(std::move(report))
{ }

Result<QString> ImportJob::run(JobControl &control)
{
    // The connection this thread opens is closed before the thread ends.
    const auto close = qScopeGuard([this] { m_database.closeThreadConnection(); });
    ImportReport &report = *m_report;
    report.fileName = QFileInfo(m_path).fileName();
    if (!m_format) {
        auto detected = ImportFormats::detect(m_path);
        if (!detected)
            return detected.error();
        m_format = *detected;
    }
    report.format = *m_format;

    std::unique_ptr<ImportReader> reader = ImportFormats::reader(*m_format, m_path);
    if (auto opened = reader->open(); !opened)
        return opened.error();
    const QString stage
        = m_mode == LibraryImport::Mode::DryRun ? Messages::tr("Reading") : Messages::tr("Importing");
    LibraryImport importer(m_database, m_userId, reader->sourceName());
    importer.setCancelCheck([&control] { return control.isCanceled(); });
    importer.setProgress([&](qint64) { control.report(stage, reader->bytesRead(), reader->totalBytes()); });
    const auto tally = importer.run(reader->batches(ImportReader::DefaultBatchSize), m_mode);

    report.notices = reader->notices();
    report.problems = reader->problems();
    for (ImportProblem problem : importer.problems()) {
        problem.file = report.fileName;
        report.problems.append(problem);
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    report.problemCount = reader->problemCount() + importer.problems().size();
    if (!tally)
        return tally.error();
    report.tally = *tally;
    return summary(report, m_mode);
}

QString ImportJob::summary(const ImportReport &report, LibraryImport::Mode mode)
{
    const QLocale locale;
    const ImportTally &t = report.tally;
    if (mode == LibraryImport::Mode::DryRun)
        return Messages::tr("%n row(s) read: %1 to add, %2 to update, %3 unchanged.", nullptr, int(t.rows))
            .arg(locale.toString(t.created), locale.toString(t.updated), locale.toString(t.unchanged));
    return Messages::tr(
        "Imported %n row(s) from “%4”: %1 added, %2 updated, %3 unchanged.", nullptr, int(t.rows))
        .arg(locale.toString(t.created), locale.toString(t.updated), locale.toString(t.unchanged),
            report.fileName);
}

} // namespace omt
