#include "TestDatabase.h"
#include "storage/BulkWriter.h"
#include "storage/InteractionRepository.h"
#include "storage/LibraryGeneration.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace omt;

namespace {
GeneratorSpec smallSpec()
{
    GeneratorSpec spec;
    spec.media = 240;
    spec.interactions = 500;
    spec.users = 3;
    spec.lists = 4;
    spec.seed = 77;
    return spec;
}

/// SQLite: the indexes and triggers of the catalogue and the planner
/// statistics of its indexes, to see that a bulk load puts them back.
QStringList catalogueSchema(Database &database)
{
    QStringList objects;
    if (database.kind() != SqlDialect::Kind::SQLite)
        return objects;
    QSqlQuery query(database.connection().value());
    if (!query.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master"
                                   " WHERE tbl_name = 'media_media' ORDER BY name")))
        qFatal("reading the schema failed: %s", qPrintable(query.lastError().text()));
    while (query.next())
        objects.append(query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT 'statistics ' || idx || ' ' || stat FROM sqlite_stat1"
                                   " WHERE tbl = 'media_media' ORDER BY idx")))
        qFatal("reading the planner statistics failed: %s", qPrintable(query.lastError().text()));
    while (query.next())
        objects.append(query.value(0).toString());
    return objects;
}

/// The number of rows of every table a generation writes.
QList<qint64> rowCounts(Database &database)
{
    QList<qint64> counts;
    auto sql = database.sql();
    if (!sql)
        qFatal("opening the library failed: %s", qPrintable(sql.error().toString()));
    for (Table table : { Table::Media, Table::ExternalLinks, Table::Relationships, Table::Users,
             Table::UserMedia, Table::UserLists, Table::ListItems }) {
        auto query = sql->run(QStringLiteral("SELECT count(*) FROM %1").arg(sql->table(table)), {}, {});
        if (!query || !query->next())
            qFatal("counting the rows of a table failed");
        counts.append(query->value(0).toLongLong());
    }
    return counts;
}
} // namespace

class TestLibraryGeneration : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void init() { OMT_FRESH_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void writesWhatTheGeneratorMakes()
    {
        const GeneratorSpec spec = smallSpec();
        const QStringList schemaBefore = catalogueSchema(m_db->database());
        QList<QString> stages;
        LibraryGeneration generation(m_db->database(), 100);
        const auto report = generation.run(spec, [&](const QString &stage, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
        });
        OMT_VERIFY_OK(report);
        QCOMPARE(report->media, spec.media);
        QCOMPARE(report->interactions, spec.interactions);
        QCOMPARE(report->lists, spec.lists);
        QCOMPARE(report->users, spec.users);
        QCOMPARE(stages.size(), 6);
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);

        const LibraryGenerator generator(spec);
        MediaRepository media(m_db->database());
        QCOMPARE(media.count({}).value(), spec.media);
        for (int i : { 0, 1, 57, 239 }) {
            const auto stored = media.get(generator.mediaId(i));
            OMT_VERIFY_OK(stored);
            QCOMPARE(*stored, generator.media(i));
        }

        // The full-text index was built, and its triggers work again.
        const Media item = generator.media(57);
        const auto found = media.search(item.title, 500);
        OMT_VERIFY_OK(found);
        QVERIFY(std::any_of(
            found->cbegin(), found->cend(), [&](const MediaSummary &m) { return m.id == item.id; }));
        Media renamed = item;
        renamed.title = QStringLiteral("Zyxwvut Quuxly");
        OMT_VERIFY_OK(media.update(renamed));
        const auto afterRename = media.search(QStringLiteral("quuxly"), 5);
        OMT_VERIFY_OK(afterRename);
        QCOMPARE(afterRename->size(), 1);
        QCOMPARE(afterRename->first().id, item.id);

        InteractionRepository interactions(m_db->database());
        for (int u = 0; u < spec.users; ++u) {
            const auto counts = interactions.countByStatus(generator.user(u).id);
            OMT_VERIFY_OK(counts);
            int total = 0;
            for (int count : *counts)
                total += count;
            QCOMPARE(total, generator.interactionsOf(u));
        }
        const Interaction first = generator.interaction(0);
        const auto storedInteraction = interactions.get(first.userId, first.mediaId);
        OMT_VERIFY_OK(storedInteraction);
        QVERIFY(storedInteraction->has_value());
        QCOMPARE(**storedInteraction, first);

        ListRepository lists(m_db->database());
        const MediaList list = generator.list(1);
        QCOMPARE(lists.get(list.id).value(), list);
        const auto entries = ListItemRepository(m_db->database()).entries(list.id, 0, 1000);
        OMT_VERIFY_OK(entries);
        const QList<ListItem> items = generator.listItems(1);
        QCOMPARE(entries->size(), items.size());
        for (qsizetype k = 0; k < items.size(); ++k)
            QCOMPARE(entries->at(k).item, items.at(k));
    }

    void aCheckpointWritesTheLogIntoTheLibrary()
    {
        const GeneratorSpec spec = smallSpec();
        OMT_VERIFY_OK(LibraryGeneration(m_db->database(), 100).run(spec));
        const QString log = m_db->settings().sqlitePath + QStringLiteral("-wal");
        if (m_db->kind() == SqlDialect::Kind::SQLite)
            QVERIFY(QFileInfo(log).size() > 0);
        OMT_VERIFY_OK(m_db->database().checkpoint());
        if (m_db->kind() == SqlDialect::Kind::SQLite)
            QCOMPARE(QFileInfo(log).size(), 0);
        // Everything written is still there, for this connection and a new one.
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), spec.media);
        m_db->database().closeThreadConnection();
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), spec.media);
    }

    void usesTheExistingOwnerProfile()
    {
        const auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        const GeneratorSpec spec = smallSpec();
        const auto report = LibraryGeneration(m_db->database()).run(spec);
        OMT_VERIFY_OK(report);
        QCOMPARE(report->users, spec.users - 1);

        const LibraryGenerator generator(spec);
        const auto counts = InteractionRepository(m_db->database()).countByStatus(owner->id);
        OMT_VERIFY_OK(counts);
        int total = 0;
        for (int count : *counts)
            total += count;
        QCOMPARE(total, generator.interactionsOf(0));
        const auto ownLists = ListRepository(m_db->database()).listsOf(owner->id);
        OMT_VERIFY_OK(ownLists);
        QCOMPARE(ownLists->size(), 2); // lists 0 and 3 of 4, round-robin over 3 users
    }

    void refusesALibraryWithItems()
    {
        GeneratorSpec spec = smallSpec();
        OMT_VERIFY_OK(LibraryGeneration(m_db->database()).run(spec));
        spec.seed = 78;
        const auto again = LibraryGeneration(m_db->database()).run(spec);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), smallSpec().media);
    }

    void failureMidwayLeavesTheLibraryAsItWas_data()
    {
        QTest::addColumn<int>("chunkItems");
        QTest::newRow("at once") << 0;
        QTest::newRow("in chunks") << 50;
    }

    void failureMidwayLeavesTheLibraryAsItWas()
    {
        // All or nothing: a generation that fails after the catalogue, the
        // users and the interactions were written leaves none of them, and
        // once the cause is gone it runs again from the start. In chunks,
        // what was committed is removed again.
        QFETCH(int, chunkItems);
        const auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        const GeneratorSpec spec = smallSpec();
        const LibraryGenerator generator(spec);
        // A list that already has the id of the last generated list: the
        // lists come after everything but the list items.
        MediaList taken = generator.list(spec.lists - 1);
        taken.ownerId = owner->id;
        OMT_VERIFY_OK(BulkWriter(m_db->database()).writeLists({ taken }));
        const QStringList schemaBefore = catalogueSchema(m_db->database());
        const QList<qint64> countsBefore = rowCounts(m_db->database());

        LibraryGeneration generation(m_db->database(), 100);
        if (chunkItems > 0)
            generation.commitInChunks(chunkItems);
        QStringList stages;
        const auto failed = generation.run(spec, [&](const QString &stage, qint64, qint64) {
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::AlreadyExists);
        QVERIFY2(stages.size() >= (chunkItems > 0 ? 3 : 4), qPrintable(stages.join(QLatin1Char(','))));
        QCOMPARE(rowCounts(m_db->database()), countsBefore);
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);

        OMT_VERIFY_OK(ListRepository(m_db->database()).remove(taken.id));
        const auto report = generation.run(spec);
        OMT_VERIFY_OK(report);
        QCOMPARE(report->media, spec.media);
        QCOMPARE(report->interactions, spec.interactions);
        QCOMPARE(report->lists, spec.lists);
        QCOMPARE(rowCounts(m_db->database()),
            (QList<qint64> { spec.media, report->links, report->relationships, spec.users, spec.interactions,
                spec.lists, report->listItems }));
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);
    }

    void writesInChunksWhatItWritesAtOnce()
    {
        const GeneratorSpec spec = smallSpec();
        OMT_VERIFY_OK(UserRepository(m_db->database()).ensureOwnerProfile());
        const QStringList schemaBefore = catalogueSchema(m_db->database());
        LibraryGeneration generation(m_db->database());
        generation.commitInChunks(64);
        QStringList stages;
        qint64 lastItems = -1;
        const auto report = generation.run(spec, [&](const QString &stage, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
            if (stage == QLatin1String("items")) {
                QVERIFY(done >= lastItems);
                lastItems = done;
            }
        });
        OMT_VERIFY_OK(report);
        QCOMPARE(lastItems, spec.media);
        QVERIFY2(stages.contains(QStringLiteral("lists")), qPrintable(stages.join(QLatin1Char(','))));
        QCOMPARE(report->users, spec.users - 1);
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);
        const QList<qint64> chunked = rowCounts(m_db->database());
        QCOMPARE(chunked,
            (QList<qint64> { spec.media, report->links, report->relationships, spec.users, spec.interactions,
                spec.lists, report->listItems }));

        // The same rows as a generation at once writes.
        std::unique_ptr<test::TestDatabase> other;
        OMT_FRESH_DATABASE(other);
        OMT_VERIFY_OK(UserRepository(other->database()).ensureOwnerProfile());
        OMT_VERIFY_OK(LibraryGeneration(other->database()).run(spec));
        QCOMPARE(rowCounts(other->database()), chunked);
        const LibraryGenerator generator(spec);
        MediaRepository media(m_db->database());
        for (int i : { 0, 63, 64, 239 })
            QCOMPARE(media.get(generator.mediaId(i)).value(), generator.media(i));
        const Interaction last = generator.interaction(spec.interactions - 1);
        const auto stored = InteractionRepository(m_db->database()).get(last.userId, last.mediaId);
        OMT_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE(**stored, last);
        const auto found = media.search(generator.media(200).title, 500);
        OMT_VERIFY_OK(found);
        QVERIFY(std::any_of(found->cbegin(), found->cend(),
            [&](const MediaSummary &m) { return m.id == generator.mediaId(200); }));
    }

    void cancelLeavesTheLibraryAsItWas_data()
    {
        QTest::addColumn<int>("chunkItems");
        QTest::addColumn<QString>("stage");
        QTest::newRow("at once, media") << 0 << QStringLiteral("media");
        QTest::newRow("at once, interactions") << 0 << QStringLiteral("interactions");
        QTest::newRow("in chunks, items") << 40 << QStringLiteral("items");
        QTest::newRow("in chunks, lists") << 40 << QStringLiteral("lists");
    }

    void cancelLeavesTheLibraryAsItWas()
    {
        // Canceled after the first report of rows written in `stage`: what
        // was there before stays (the owner and their own list), nothing else.
        QFETCH(int, chunkItems);
        QFETCH(QString, stage);
        const auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        MediaList mine;
        mine.ownerId = owner->id;
        mine.name = QStringLiteral("Mine");
        OMT_VERIFY_OK(ListRepository(m_db->database()).create(mine));
        const QList<qint64> countsBefore = rowCounts(m_db->database());
        const QStringList schemaBefore = catalogueSchema(m_db->database());

        const GeneratorSpec spec = smallSpec();
        LibraryGeneration generation(m_db->database(), 30);
        if (chunkItems > 0)
            generation.commitInChunks(chunkItems);
        bool reported = false;
        int asked = 0;
        const auto canceled = generation.run(
            spec,
            [&](const QString &name, qint64 done, qint64) {
                if (name == stage && done > 0)
                    reported = true;
            },
            [&] {
                ++asked;
                return reported;
            });
        QVERIFY(!canceled.ok());
        QCOMPARE(canceled.error().code, Error::Code::Canceled);
        QVERIFY(reported);
        QVERIFY(asked > 1);
        QCOMPARE(rowCounts(m_db->database()), countsBefore);
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);
        QCOMPARE(ListRepository(m_db->database()).listsOf(owner->id).value().size(), 1);

        // The library is empty again, so a new run is welcome.
        OMT_VERIFY_OK(generation.run(spec));
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), spec.media);
    }

    void othersWriteWhileItGeneratesInChunks()
    {
        // Another connection (the application's storage worker) adds and
        // renames items while a generation in chunks runs: every edit goes
        // through, within the busy timeout, between the chunks.
        GeneratorSpec spec = smallSpec();
        spec.media = 2400;
        spec.interactions = 2400;
        const LibraryGenerator generator(spec);
        Database &database = m_db->database();
        std::atomic<int> chunks { 0 };
        std::atomic<bool> finished { false };
        std::optional<Result<GenerationReport>> report;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            LibraryGeneration generation(database);
            generation.commitInChunks(60);
            report = generation.run(spec, [&](const QString &stage, qint64 done, qint64) {
                if (stage == QLatin1String("items") && done > 0)
                    ++chunks;
            });
            database.closeThreadConnection();
            finished = true;
        }));
        thread->start();
        const auto join = qScopeGuard([&] { thread->wait(); });
        QTRY_VERIFY_WITH_TIMEOUT(chunks > 0 || finished, 30000);

        MediaRepository media(database);
        int whileRunning = 0;
        int added = 0;
        for (int i = 0; i < 40 && !finished; ++i) {
            Media item;
            item.title = QStringLiteral("Added meanwhile %1").arg(i);
            OMT_VERIFY_OK(media.create(item));
            ++added;
            Media renamed = generator.media(0);
            renamed.title = QStringLiteral("Renamed meanwhile %1").arg(i);
            OMT_VERIFY_OK(media.update(renamed));
            if (!finished)
                ++whileRunning;
        }
        thread->wait();
        QVERIFY(report.has_value());
        OMT_VERIFY_OK(*report);
        QVERIFY2(whileRunning > 0, "the generation ended before any edit");
        QCOMPARE(media.count({}).value(), spec.media + added);
        const auto renamed = media.get(generator.mediaId(0));
        OMT_VERIFY_OK(renamed);
        QVERIFY(renamed->title.startsWith(QLatin1String("Renamed meanwhile")));
    }

    void pointsEveryCoverAtTheServerInTitleOrder()
    {
        const GeneratorSpec spec = smallSpec();
        OMT_VERIFY_OK(LibraryGeneration(m_db->database()).run(spec));
        const QString prefix = QStringLiteral("http://127.0.0.1:8080/cover/");
        const auto changed = assignCoverUrls(m_db->database(), prefix, 7);
        OMT_VERIFY_OK(changed);
        QCOMPARE(*changed, spec.media);

        // Title order (the default of the catalogue), numbered from 0, wrapping at 7.
        MediaRepository media(m_db->database());
        QStringList covers;
        PageCursor cursor;
        do {
            const auto page = media.page({}, cursor, 50);
            OMT_VERIFY_OK(page);
            for (const MediaSummary &item : page->rows)
                covers.append(item.coverUrl);
            cursor = page->next;
        } while (!cursor.isStart() && covers.size() <= spec.media);
        QCOMPARE(covers.size(), spec.media);
        for (qsizetype i = 0; i < covers.size(); ++i)
            QCOMPARE(covers.at(i), prefix + QString::number(i % 7) + QStringLiteral(".jpg"));

        // A new address (the next run's port) replaces the old one everywhere.
        const QString moved = QStringLiteral("http://127.0.0.1:9090/cover/");
        OMT_VERIFY_OK(assignCoverUrls(m_db->database(), moved, 1));
        const auto first = media.page({}, {}, 3);
        OMT_VERIFY_OK(first);
        for (const MediaSummary &item : first->rows)
            QCOMPARE(item.coverUrl, moved + QStringLiteral("0.jpg"));

        const auto refused = assignCoverUrls(m_db->database(), prefix, 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    }

    void failedLoadLeavesTheLibraryAsItWas()
    {
        const QStringList schemaBefore = catalogueSchema(m_db->database());
        const LibraryGenerator generator(smallSpec());
        BulkWriter writer(m_db->database(), 50);
        int batch = 0;
        const auto loaded = writer.loadMedia([&]() {
            QList<Media> media;
            if (batch == 3)
                return media;
            for (int i = 0; i < 50; ++i)
                media.append(generator.media(batch * 50 + i));
            if (batch == 2)
                media[10].title = QStringLiteral("   "); // refused by validation
            ++batch;
            return media;
        });
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::InvalidInput);
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), 0);
        QCOMPARE(catalogueSchema(m_db->database()), schemaBefore);
    }

    void loadsIntoALibraryWithItemsBatchByBatch()
    {
        MediaRepository media(m_db->database());
        Media existing;
        existing.title = QStringLiteral("Already here");
        OMT_VERIFY_OK(media.create(existing));
        const LibraryGenerator generator(smallSpec());
        BulkWriter writer(m_db->database(), 40);
        int next = 0;
        const auto loaded = writer.loadMedia([&]() {
            QList<Media> batch;
            for (int end = qMin(100, next + 40); next < end; ++next)
                batch.append(generator.media(next));
            return batch;
        });
        OMT_VERIFY_OK(loaded);
        QCOMPARE(*loaded, 100);
        QCOMPARE(media.count({}).value(), 101);
        const auto found = media.search(generator.media(99).title, 200);
        OMT_VERIFY_OK(found);
        QVERIFY(std::any_of(found->cbegin(), found->cend(),
            [&](const MediaSummary &m) { return m.id == generator.mediaId(99); }));
    }
};

QTEST_GUILESS_MAIN(TestLibraryGeneration)
#include "tst_librarygeneration.moc"
