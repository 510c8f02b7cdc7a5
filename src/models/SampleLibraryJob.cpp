#include "SampleLibraryJob.h"

#include "JobControl.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/LibraryGeneration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>

namespace omt {

std::unique_ptr<LongJob> SampleLibraryJob::create(AsyncStorage &storage, const GeneratorSpec &spec)
{
    return std::make_unique<SampleLibraryJob>(storage.database(), spec);
}

SampleLibraryJob::SampleLibraryJob(Database &database, const GeneratorSpec &spec)
    : m_database(database)
    , m_spec(spec)
{ }

Result<QString> SampleLibraryJob::run(JobControl &control)
{
    // The connection this thread opens is closed before the thread ends.
    const auto close = qScopeGuard([this] { m_database.closeThreadConnection(); });
    // One bar for the whole run: the items, then the items of the lists
    // (the users take no time worth showing).
    const qint64 listItems = LibraryGenerator(m_spec).totalListItems();
    const qint64 total = m_spec.media + listItems;
    const QString items = LibraryGeneration::itemsStage();
    const QString lists = LibraryGeneration::listsStage();
    LibraryGeneration generation(m_database);
    generation.commitInChunks();
    const auto report = generation.run(
        m_spec,
        [&](const QString &stage, qint64 done, qint64) {
            if (stage == items)
                control.report(stage, done, total);
            else if (stage == lists)
                control.report(stage, m_spec.media + done, total);
        },
        [&control] { return control.isCanceled(); });
    if (!report)
        return report.error();
    return QCoreApplication::translate("omt::SampleLibraryJob", "Created a sample library of %1 items.")
        .arg(QLocale().toString(report->media));
}

} // namespace omt
