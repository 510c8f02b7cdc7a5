// omnimediatrak-bench-ui: opens a library in the real window on the offscreen
// platform and measures startup, search, sorting and scrolling (DESIGN §10).

#include "UiBenchmark.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Real widgets without a display, unless the caller asked for one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omnimediatrak-bench-ui"));
    // Window and column layout of a first start, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    omt::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the library window on a library (e.g. one made with "
                       "`omnimediatrak-cli generate`). Prints name<TAB>value<TAB>unit."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("The library file to open."), QStringLiteral("path"));
    parser.addOption(libraryOption);
    parser.process(app);
    if (!parser.isSet(libraryOption)) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: --library PATH is required.\n";
        return 2;
    }

    omt::ConnectionSettings settings;
    settings.backend = omt::SqlDialect::Kind::SQLite;
    settings.sqlitePath = QFileInfo(parser.value(libraryOption)).absoluteFilePath();
    settings.createIfMissing = false;
    omt::Database database(settings);
    if (auto migrated = omt::Migrator(database).migrate(); !migrated) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << migrated.error().message << '\n';
        return 1;
    }
    auto owner = omt::UserRepository(database).ensureOwnerProfile();
    if (!owner) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << owner.error().message << '\n';
        return 1;
    }
    // The list measurements work on lists of their own, made once the
    // startup has been measured and removed at the end: a manual list of
    // 10,000 items and a smart list of completed items.
    QList<QUuid> madeLists;
    auto makeLists = [&database, &owner, &madeLists]() -> std::pair<QUuid, QUuid> {
        omt::ListRepository lists(database);
        omt::MediaList manual;
        manual.ownerId = owner->id;
        manual.name = QStringLiteral("Benchmark list (temporary)");
        omt::MediaList smart = manual;
        smart.name = QStringLiteral("Benchmark smart list (temporary)");
        smart.type = omt::ListType::Smart;
        const QJsonObject completedFirst { { QStringLiteral("field"), QStringLiteral("status") },
            { QStringLiteral("op"), QStringLiteral("=") },
            { QStringLiteral("value"), QStringLiteral("completed") },
            { QStringLiteral("sort"),
                QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("completed_at") },
                    { QStringLiteral("dir"), QStringLiteral("desc") } } } } };
        auto manualList = lists.create(manual);
        auto smartList = lists.create(smart, completedFirst);
        for (const auto *made : { &manualList, &smartList }) {
            if (*made)
                madeLists.append((*made)->id);
        }
        if (!manualList || !smartList) {
            QTextStream(stderr) << "omnimediatrak-bench-ui: "
                                << (manualList ? smartList.error() : manualList.error()).message << '\n';
            return {};
        }
        {
            QList<QUuid> ids;
            omt::PageCursor cursor;
            omt::MediaRepository media(database);
            while (ids.size() < 10000) {
                auto page = media.page({}, cursor, 1000);
                if (!page || page->rows.isEmpty())
                    break;
                for (const omt::MediaSummary &item : page->rows)
                    ids.append(item.id);
                cursor = page->next;
            }
            // Every fourth item first, so positions are not the catalogue's order.
            QList<QUuid> ordered;
            for (int pass = 0; pass < 2; ++pass) {
                for (qsizetype k = 0; k < ids.size(); ++k) {
                    if ((k % 4 == 0) == (pass == 0))
                        ordered.append(ids.at(k));
                }
            }
            if (auto added = lists.addItems(manualList->id, ordered); !added) {
                QTextStream(stderr) << "omnimediatrak-bench-ui: " << added.error().message << '\n';
                return {};
            }
        }
        return { manualList->id, smartList->id };
    };
    database.closeThreadConnection();

    int result = 0;
    {
        omt::AsyncStorage storage(database);
        // A cover cache of the benchmark's own, so that it starts cold and
        // leaves the user's alone.
        QTemporaryDir coverFolder;
        omt::CoverSettings coverSettings;
        coverSettings.diskCacheFolder = coverFolder.filePath(QStringLiteral("cache"));
        coverSettings.userCoverFolder = coverFolder.filePath(QStringLiteral("mine"));
        coverSettings.network.userAgent = omt::CoverSettings::userAgent();
        omt::CoverLoader covers(coverSettings);
        omt::LibraryWindow window(storage, covers, *owner, QFileInfo(settings.sqlitePath).completeBaseName());
        window.resize(1280, 800);
        window.show();
        omt::UiBenchmark benchmark(window, sinceStart);
        benchmark.setListMaker(makeLists);
        result = benchmark.run() ? 0 : 1;
    }
    omt::ListRepository cleanup(database);
    for (const QUuid &id : std::as_const(madeLists)) {
        if (auto removed = cleanup.remove(id); !removed)
            QTextStream(stderr) << "omnimediatrak-bench-ui: " << removed.error().message << '\n';
    }
    return result;
}
