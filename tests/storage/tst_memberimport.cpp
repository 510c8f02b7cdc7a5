// Importing into a household server as a member: under forced row-level
// security the import adds to the shared catalogue and to the member's own
// states and lists, which another member neither sees nor can change; what
// another member's import added is matched, not made again; and a batch
// costs the same few statements whatever its size (a round trip each).

#include "HouseholdServer.h"
#include "storage/LibraryImport.h"
#include "storage/Repositories.h"

#include <QTest>
#include <QTimeZone>

using namespace omt;
using namespace omt::test;

namespace {

ImportedItem film(int n)
{
    ImportedItem item;
    item.media.type = MediaType::Film;
    item.media.title = QStringLiteral("Imported Film %1").arg(n);
    item.media.releaseDate = QDate(1990 + n % 30, 1, 1);
    item.identifiers.append(
        ExternalLink { {}, {}, QStringLiteral("imdb"), QStringLiteral("tt%1").arg(1000000 + n), {}, {} });
    Interaction state;
    state.status = Status::Completed;
    state.rating = 1 + n % 10;
    item.interaction = state;
    item.asOf = QDateTime(QDate(2021, 1, 1), QTime(12, 0), QTimeZone::utc());
    item.lists = { ImportedListEntry { QStringLiteral("Watched"), n + 1 } };
    return item;
}

QList<ImportedItem> films(int count)
{
    QList<ImportedItem> items;
    for (int n = 0; n < count; ++n)
        items.append(film(n));
    return items;
}

LibraryImport::NextBatch batches(const QList<ImportedItem> &items, int size)
{
    auto position = std::make_shared<qsizetype>(0);
    return [items, size, position]() -> Result<QList<ImportedItem>> {
        QList<ImportedItem> batch = items.mid(*position, size);
        *position += batch.size();
        return batch;
    };
}

} // namespace

class tst_MemberImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<HouseholdServer> m_server;
    HouseholdServer::Member m_anna;
    HouseholdServer::Member m_ben;

    static Result<ImportTally> importAs(Database &database, const HouseholdServer::Member &member,
        const QList<ImportedItem> &items, int batchSize = 50)
    {
        LibraryImport importer(database, member.id, QStringLiteral("imdb"));
        return importer.run(batches(items, batchSize), LibraryImport::Mode::Write);
    }

private Q_SLOTS:
    void initTestCase()
    {
        OMT_HOUSEHOLD_SERVER(m_server);
        auto anna = m_server->addMember(QStringLiteral("anna"));
        OMT_VERIFY_OK(anna);
        m_anna = *anna;
        auto ben = m_server->addMember(QStringLiteral("ben"));
        OMT_VERIFY_OK(ben);
        m_ben = *ben;
    }
    void cleanupTestCase() { m_server.reset(); }

    void aMembersImportIsTheirsAndTheCatalogueIsShared()
    {
        auto annaDb = m_server->connect(m_anna);
        auto tally = importAs(*annaDb, m_anna, films(120));
        OMT_VERIFY_OK(tally);
        QCOMPARE(tally->newMedia, 120);
        QCOMPARE(tally->newLists, 1);

        auto benDb = m_server->connect(m_ben);
        Repositories ben(*benDb);
        // Ben sees the catalogue, not Anna's states or her private list.
        auto ids = ben.links.findMedia(QStringLiteral("imdb"), QStringLiteral("tt1000007"));
        OMT_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 1);
        auto state = ben.interactions.get(m_ben.id, ids->first());
        OMT_VERIFY_OK(state);
        QVERIFY(!state->has_value());
        auto annasState = ben.interactions.get(m_anna.id, ids->first());
        QVERIFY(!annasState || !annasState->has_value());
        auto benLists = ben.lists.listsOf(m_anna.id);
        QVERIFY(!benLists || benLists->isEmpty());

        // Ben imports the same films: matched, not made again; his states are his own.
        auto benTally = importAs(*benDb, m_ben, films(120));
        OMT_VERIFY_OK(benTally);
        QCOMPARE(benTally->newMedia, 0);
        QCOMPARE(benTally->created, 120);
        auto mine = ben.interactions.get(m_ben.id, ids->first());
        OMT_VERIFY_OK(mine);
        QVERIFY(mine->has_value());
        QCOMPARE((*mine)->rating, 8);
        // And Anna's re-import changes nothing.
        auto again = importAs(*annaDb, m_anna, films(120));
        OMT_VERIFY_OK(again);
        QCOMPARE(again->unchanged, 120);
    }

    void aBatchCostsTheSameStatementsWhateverItsSize()
    {
        auto annaDb = m_server->connect(m_anna);
        QList<ImportedItem> few;
        QList<ImportedItem> many;
        for (int n = 0; n < 5; ++n)
            few.append(film(5000 + n));
        for (int n = 0; n < 200; ++n)
            many.append(film(6000 + n));
        quint64 before = annaDb->statementsRun();
        OMT_VERIFY_OK(importAs(*annaDb, m_anna, few, 1000));
        const quint64 forFew = annaDb->statementsRun() - before;
        before = annaDb->statementsRun();
        OMT_VERIFY_OK(importAs(*annaDb, m_anna, many, 1000));
        const quint64 forMany = annaDb->statementsRun() - before;
        QVERIFY2(forMany == forFew,
            qPrintable(QStringLiteral("%1 statements for 5 rows, %2 for 200").arg(forFew).arg(forMany)));
    }
};

QTEST_GUILESS_MAIN(tst_MemberImport)
#include "tst_memberimport.moc"
