#include "SearchDuringJob.h"

#include "UiBenchmark.h"
#include "models/LibraryService.h"
#include "models/LongJobRunner.h"
#include "models/SampleLibraryJob.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/library/LibraryWindow.h"

#include <QTemporaryDir>
#include <QTextStream>

namespace omt {

bool measureSearchDuringJob(const QElapsedTimer &sinceStart, int items)
{
    QTemporaryDir folder;
    ConnectionSettings settings;
    settings.backend = SqlDialect::Kind::SQLite;
    settings.sqlitePath = folder.filePath(QStringLiteral("job.omt"));
    settings.createIfMissing = true;
    Database database(settings);
    auto owner = [&database]() -> Result<User> {
        if (auto migrated = Migrator(database).migrate(); !migrated)
            return migrated.error();
        return UserRepository(database).ensureOwnerProfile();
    }();
    database.closeThreadConnection();
    if (!owner) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << owner.error().message << '\n';
        return false;
    }

    AsyncStorage storage(database);
    CoverSettings coverSettings;
    coverSettings.diskCacheFolder = folder.filePath(QStringLiteral("cache"));
    coverSettings.userCoverFolder = folder.filePath(QStringLiteral("mine"));
    CoverLoader covers(coverSettings);
    LibraryService service(storage, owner->id);
    LibraryWindow window(service, covers, *owner, QStringLiteral("job"));
    window.resize(1280, 800);
    window.show();
    // The runner is the window's kind of runner, writing into the window's library.
    LongJobRunner runner;
    GeneratorSpec spec;
    spec.media = items;
    spec.interactions = items / 3;
    spec.users = 1;
    spec.lists = 4;
    spec.seed = 20260;
    UiBenchmark benchmark(window, sinceStart);
    return benchmark.measureSearchDuringJob(runner, SampleLibraryJob::create(storage, spec));
}

} // namespace omt
