// omnimediatrak-bench-ui: opens a library in the real window on the offscreen
// platform and measures startup, search, sorting, scrolling, lists and covers
// (DESIGN §10).
//
// It changes the library it is given, which must be a benchmark library (one
// made with `omnimediatrak-cli generate`): lists of its own are made and
// removed again, and unless --covers 0 every item's cover address is pointed
// at the benchmark's cover server, whose port differs on every run, and left
// so.

#include "CoverHttpServer.h"
#include "SearchDuringJob.h"
#include "UiBenchmark.h"
#include "models/LibraryService.h"
#include "models/RemoteChangeFeed.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/LibraryGeneration.h"
#include "storage/LibraryOpening.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <iostream>
#include <memory>
#include <string>

namespace {

/// The covers of the measurements come from a server in a child process (this
/// program with --serve-covers), so that the covers it keeps in memory do not
/// count in the measured process's peak memory, and its work is not done on
/// the measured GUI thread.
class CoverServerProcess
{
public:
    /// Starts the child and waits until its covers are made; false on failure.
    bool start(int distinct)
    {
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments({ QStringLiteral("--serve-covers"), QString::number(distinct) });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        m_urlPrefix = readLine(300000);
        return m_urlPrefix.startsWith(QStringLiteral("http://"));
    }
    ~CoverServerProcess()
    {
        // End of input tells the server to stop.
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString urlPrefix() const { return m_urlPrefix; }
    int requestsServed()
    {
        m_process.write("served\n");
        return readLine(5000).toInt();
    }

private:
    QString readLine(int timeoutMs)
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(timeoutMs))
                return {};
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    QString m_urlPrefix;
};

/// The child side of CoverServerProcess: prints the covers' address prefix
/// once they are made, then answers "served" with the number of requests
/// answered, until its input ends.
int serveCovers(int distinct)
{
    omt::CoverHttpServer server(distinct);
    if (!server.start())
        return 1;
    server.pregenerate();
    std::cout << server.urlPrefix().toStdString() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line == "served")
            std::cout << server.requestsServed() << std::endl;
    }
    return 0;
}

/// The library file, brought up to date, with its owner profile.
omt::Result<omt::OpenedLibrary> openFile(const QString &path)
{
    omt::ConnectionSettings settings;
    settings.backend = omt::SqlDialect::Kind::SQLite;
    settings.sqlitePath = QFileInfo(path).absoluteFilePath();
    settings.createIfMissing = false;
    return omt::LibraryOpening::open(
        settings, { QStringLiteral("benchmark"), QStringLiteral(OMT_VERSION_STRING) });
}

/// Signed in to the household server as the member in `url`, with the
/// password on standard input.
omt::Result<omt::OpenedLibrary> openServer(const QString &url)
{
    auto settings = omt::ConnectionSettings::parse(url);
    if (!settings)
        return settings.error();
    QTextStream input(stdin);
    settings->password = input.readLine();
    if (settings->password.isEmpty())
        return omt::Error::invalidInput(QStringLiteral("The member's password is read from standard input."));
    return omt::LibraryOpening::open(*settings,
        { QStringLiteral("benchmark"), QStringLiteral(OMT_VERSION_STRING) + QStringLiteral(" (bench-ui)") });
}

} // namespace

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
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral(
            "Measure as a member of a household server instead: postgresql://MEMBER@host/db; "
            "the password is read from standard input. Lists of the member's own are made "
            "and removed; the catalogue is left as it was, save for the titles --other-member edits."),
        QStringLiteral("url"));
    parser.addOption(serverOption);
    const QCommandLineOption otherOption(QStringLiteral("other-member"),
        QStringLiteral("With --server: another member (same password) who renames items, for "
                       "remote_change_visible_ms."),
        QStringLiteral("user"));
    parser.addOption(otherOption);
    const QCommandLineOption coversOption(QStringLiteral("covers"),
        QStringLiteral("Distinct covers served over HTTP for the cover measurements (default 3000; 0 skips "
                       "them). Rewrites the cover address of every item of the library."),
        QStringLiteral("n"), QStringLiteral("3000"));
    parser.addOption(coversOption);
    QCommandLineOption serveOption(
        QStringLiteral("serve-covers"), QStringLiteral("Runs the cover server."), QStringLiteral("n"));
    serveOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(serveOption);
    parser.process(app);
    if (parser.isSet(serveOption))
        return serveCovers(parser.value(serveOption).toInt());
    bool coversValid = false;
    const bool onServer = parser.isSet(serverOption);
    // Cover addresses are the catalogue's: on a server they would change
    // them for every member, so the cover measurements are left out there.
    const int distinctCovers = onServer ? 0 : parser.value(coversOption).toInt(&coversValid);
    coversValid = coversValid || onServer;
    if (!coversValid || distinctCovers < 0) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: --covers takes a number, 0 or more.\n";
        return 2;
    }
    if (parser.isSet(libraryOption) == onServer) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: give --library PATH or --server URL.\n";
        return 2;
    }

    // Opening the library is part of startup_ms; on a server that includes
    // connecting and signing in.
    auto opened = onServer ? openServer(parser.value(serverOption)) : openFile(parser.value(libraryOption));
    if (!opened) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << opened.error().message << '\n';
        return 1;
    }
    omt::Database &database = *opened->database;
    const omt::User *owner = &opened->user;
    const omt::ConnectionSettings &settings = database.settings();
    // The list measurements work on lists of their own, made once the
    // startup has been measured and removed at the end: a manual list of
    // 10,000 items and a smart list of completed items.
    QList<QUuid> madeLists;
    auto makeLists = [&database, &owner, &madeLists]() -> omt::UiBenchmark::Lists {
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
        omt::MediaList whole = manual;
        whole.name = QStringLiteral("Benchmark whole-library list (temporary)");
        auto manualList = lists.create(manual);
        auto smartList = lists.create(smart, completedFirst);
        auto wholeList = lists.create(whole);
        for (const auto *made : { &manualList, &smartList, &wholeList }) {
            if (*made)
                madeLists.append((*made)->id);
        }
        for (const auto *made : { &manualList, &smartList, &wholeList }) {
            if (!*made) {
                QTextStream(stderr) << "omnimediatrak-bench-ui: " << made->error().message << '\n';
                return {};
            }
        }
        {
            // Every item, in title order; the first 10,000 make the list.
            QList<QUuid> ids;
            omt::PageCursor cursor;
            omt::MediaRepository media(database);
            for (;;) {
                auto page = media.page({}, cursor, 5000);
                if (!page || page->rows.isEmpty())
                    break;
                for (const omt::MediaSummary &item : page->rows)
                    ids.append(item.id);
                if (page->next.isStart())
                    break;
                cursor = page->next;
            }
            // Every fourth item first, so positions are not the catalogue's order.
            QList<QUuid> ordered;
            const QList<QUuid> first = ids.mid(0, 10000);
            for (int pass = 0; pass < 2; ++pass) {
                for (qsizetype k = 0; k < first.size(); ++k) {
                    if ((k % 4 == 0) == (pass == 0))
                        ordered.append(first.at(k));
                }
            }
            // The whole library, last title first.
            QList<QUuid> everything(ids.crbegin(), ids.crend());
            omt::ListItemRepository items(database);
            for (const auto &[listId, members] :
                { std::pair { manualList->id, ordered }, std::pair { wholeList->id, everything } }) {
                if (auto added = items.addItems(listId, members); !added) {
                    QTextStream(stderr) << "omnimediatrak-bench-ui: " << added.error().message << '\n';
                    return {};
                }
            }
        }
        // The lists written settle on disk first: a person opens lists long
        // after they were filled, not while the disk is still writing them
        // (runs that did not wait measured smart_open_ms at 260 to 420).
        if (auto settled = database.checkpoint(); !settled)
            QTextStream(stderr) << "omnimediatrak-bench-ui: " << settled.error().message << '\n';
        // The benchmark's own connection (and its page cache) is no part of
        // the measured application's memory.
        database.closeThreadConnection();
        return { manualList->id, smartList->id, wholeList->id };
    };

    // The cover server and the items' addresses, before the window opens
    // (left out of startup_ms: a person starting the application does not
    // wait for them).
    QElapsedTimer coverSetup;
    coverSetup.start();
    std::unique_ptr<CoverServerProcess> coverServer;
    if (distinctCovers > 0) {
        coverServer = std::make_unique<CoverServerProcess>();
        if (!coverServer->start(distinctCovers)) {
            QTextStream(stderr) << "omnimediatrak-bench-ui: the cover server did not start.\n";
            return 1;
        }
        if (auto assigned = omt::assignCoverUrls(database, coverServer->urlPrefix(), distinctCovers);
            !assigned) {
            QTextStream(stderr) << "omnimediatrak-bench-ui: " << assigned.error().message << '\n';
            return 1;
        }
    }
    // Rewriting every item's cover address leaves a long log; it is written
    // into the library before the window opens, as the lists are below.
    if (auto settled = database.checkpoint(); !settled)
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << settled.error().message << '\n';
    const qint64 coverSetupMs = coverSetup.elapsed();
    database.closeThreadConnection();

    std::unique_ptr<omt::Database> otherMember;
    if (onServer && parser.isSet(otherOption)) {
        omt::ConnectionSettings other = settings;
        other.user = parser.value(otherOption);
        otherMember = std::make_unique<omt::Database>(other);
    }

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
        omt::LibraryService service(storage, owner->id);
        std::unique_ptr<omt::RemoteChangeFeed> remoteChanges;
        if (opened->isHouseholdServer()) {
            remoteChanges = std::make_unique<omt::RemoteChangeFeed>(service);
            remoteChanges->start();
        }
        omt::LibraryWindow window(service, covers, *owner,
            onServer ? settings.displayName() : QFileInfo(settings.sqlitePath).completeBaseName());
        window.resize(1280, 800);
        window.show();
        omt::UiBenchmark benchmark(window, sinceStart);
        benchmark.setListMaker(makeLists);
        benchmark.setStartupExcluded(coverSetupMs);
        if (coverServer) {
            benchmark.setCovers(
                &covers, distinctCovers, [server = coverServer.get()] { return server->requestsServed(); });
        }
        if (otherMember) {
            benchmark.setRemoteEdit(
                [&otherMember](const QUuid &id, const QString &title) {
                    omt::MediaRepository media(*otherMember);
                    auto item = media.get(id);
                    if (!item)
                        return false;
                    item->title = title;
                    return media.update(*item).ok();
                },
                [&otherMember] { otherMember->closeThreadConnection(); });
        }
        result = benchmark.run() ? 0 : 1;
    }
    omt::ListRepository cleanup(database);
    for (const QUuid &id : std::as_const(madeLists)) {
        if (auto removed = cleanup.remove(id); !removed)
            QTextStream(stderr) << "omnimediatrak-bench-ui: " << removed.error().message << '\n';
    }
    // Nothing of this run is left for the disk to write during the next.
    if (auto settled = database.checkpoint(); !settled)
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << settled.error().message << '\n';
    if (onServer) {
        (void)omt::LibraryOpening::close(*opened);
        return result;
    }
    // Last, in a library of its own: the search while a long job writes.
    if (result == 0 && !omt::measureSearchDuringJob(sinceStart))
        result = 1;
    return result;
}
