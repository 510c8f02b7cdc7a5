// The repositories as a member of a household server uses them, under forced
// row-level security: each operation works on the member's own rows and the
// shared catalogue, and costs a number of statements that does not grow with
// the number of items it touches (DESIGN §3, no N+1), so that a round trip
// to a server over a network is paid a constant number of times.

#include "HouseholdServer.h"
#include "core/FilterParser.h"
#include "storage/Repositories.h"

#include <QJsonObject>
#include <QTest>

using namespace omt;
using namespace omt::test;

class tst_MemberRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void trackingManyItemsTakesConstantStatements();
    void listsTakeConstantStatements();
    void catalogueEditsTakeConstantStatements();
    void editingAnItemWithItsLinksAndRelationsTakesConstantStatements();
    void theMemberKeepsTheirOwnProfileSettings();
    void readingTakesConstantStatements();

private:
    /// How many statements `work` runs on the member's connection. Each
    /// check does a few items first, then many: one-time work (a statement
    /// prepared once) would fall on the few and show as a difference.
    template<typename Work>
    quint64 statementsOf(Work &&work)
    {
        return statementsOn(*m_database, work);
    }
    template<typename Work>
    static quint64 statementsOn(Database &database, Work &&work)
    {
        const quint64 before = database.statementsRun();
        work();
        return database.statementsRun() - before;
    }
    QList<QUuid> items(int first, int count) const { return m_items.mid(first, count); }
    /// Item `itemIndex` with `count` links and relations to the items after it.
    MediaRecord edited(int itemIndex, int count);

    std::unique_ptr<HouseholdServer> m_server;
    HouseholdServer::Member m_member;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repos;
    QList<QUuid> m_items;
};

void tst_MemberRepositories::initTestCase()
{
    OMT_HOUSEHOLD_SERVER(m_server);
    auto member = m_server->addMember(QStringLiteral("reader"));
    OMT_VERIFY_OK(member);
    m_member = *member;
    m_database = m_server->connect(m_member);
    m_repos = std::make_unique<Repositories>(*m_database);
    // Members add to the shared catalogue.
    for (int n = 0; n < 120; ++n) {
        Media media;
        media.title = QStringLiteral("Item %1").arg(n, 3, 10, QLatin1Char('0'));
        media.type = n % 2 ? MediaType::Film : MediaType::Book;
        auto made = m_repos->media.create(media);
        OMT_VERIFY_OK(made);
        m_items.append(made->id);
    }
}

void tst_MemberRepositories::cleanupTestCase()
{
    m_repos.reset();
    if (m_database)
        m_database->closeAllConnections();
    m_database.reset();
    m_server.reset();
}

void tst_MemberRepositories::trackingManyItemsTakesConstantStatements()
{
    InteractionRepository &interactions = m_repos->interactions;
    InteractionPatch planned;
    planned.status = Status::Planned;
    const auto track = [&](const QList<QUuid> &ids) {
        return statementsOf([&] { OMT_VERIFY_OK(interactions.updateMany(m_member.id, ids, planned)); });
    };
    {
        const quint64 few = track(items(0, 3));
        const quint64 many = track(items(3, 60));
        QCOMPARE(many, few);
    }
    QCOMPARE(interactions.countByStatus(m_member.id).value().value(Status::Planned), 63);

    const auto read = [&](const QList<QUuid> &ids) {
        return statementsOf(
            [&] { QCOMPARE(interactions.forMedia(m_member.id, ids).value().size(), ids.size()); });
    };
    {
        const quint64 few = read(items(0, 3));
        const quint64 many = read(items(0, 60));
        QCOMPARE(many, few);
    }

    auto states = interactions.forMedia(m_member.id, items(0, 63));
    OMT_VERIFY_OK(states);
    const auto remove = [&](const QList<QUuid> &ids) {
        return statementsOf([&] { OMT_VERIFY_OK(interactions.removeMany(m_member.id, ids)); });
    };
    {
        const quint64 few = remove(items(0, 3));
        const quint64 many = remove(items(3, 60));
        QCOMPARE(many, few);
    }
    QCOMPARE(interactions.countByStatus(m_member.id).value().value(Status::Planned), 0);

    // Undo puts them back, as many as there were, in as many statements.
    const QList<Interaction> all = states->values();
    const auto put = [&](const QList<Interaction> &rows) {
        return statementsOf([&] { OMT_VERIFY_OK(interactions.putMany(rows)); });
    };
    {
        const quint64 few = put(all.mid(0, 3));
        const quint64 many = put(all.mid(3));
        QCOMPARE(many, few);
    }
    QCOMPARE(interactions.countByStatus(m_member.id).value().value(Status::Planned), 63);
}

void tst_MemberRepositories::listsTakeConstantStatements()
{
    MediaList list;
    list.ownerId = m_member.id;
    list.name = QStringLiteral("To watch");
    auto made = m_repos->lists.create(list);
    OMT_VERIFY_OK(made);
    const QUuid id = made->id;

    const auto add = [&](const QList<QUuid> &ids) {
        return statementsOf([&] { QCOMPARE(m_repos->listItems.addItems(id, ids).value(), int(ids.size())); });
    };
    {
        const quint64 few = add(items(0, 3));
        const quint64 many = add(items(3, 80));
        QCOMPARE(many, few);
    }
    QCOMPARE(m_repos->listItems.itemCount(id).value(), 83);

    // Dragging many items is as cheap as dragging a few.
    const auto move = [&](const QList<QUuid> &ids) {
        return statementsOf(
            [&] { OMT_VERIFY_OK(m_repos->listOrder.moveItems(id, ids, items(0, 1).first())); });
    };
    {
        const quint64 few = move(items(80, 2));
        const quint64 many = move(items(40, 30));
        QCOMPARE(many, few);
    }
    auto entries = m_repos->listItems.entries(id, 0, 3);
    OMT_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 3);
    // 80 and 81 went before item 0 first, then 40 to 69 between them and it.
    QCOMPARE(entries->at(0).item.mediaId, items(80, 1).first());
    QCOMPARE(entries->at(1).item.mediaId, items(81, 1).first());
    QCOMPARE(entries->at(2).item.mediaId, items(40, 1).first());

    const auto read = [&](int count) {
        return statementsOf(
            [&] { QCOMPARE(m_repos->listItems.entries(id, 0, count).value().size(), count); });
    };
    {
        const quint64 few = read(5);
        const quint64 many = read(80);
        QCOMPARE(many, few);
    }

    const auto remove = [&](const QList<QUuid> &ids) {
        return statementsOf(
            [&] { QCOMPARE(m_repos->listItems.removeItems(id, ids).value(), int(ids.size())); });
    };
    {
        const quint64 few = remove(items(0, 3));
        const quint64 many = remove(items(3, 80));
        QCOMPARE(many, few);
    }
    QCOMPARE(m_repos->listItems.itemCount(id).value(), 0);
}

void tst_MemberRepositories::catalogueEditsTakeConstantStatements()
{
    // A member may not delete from the shared catalogue: refused, not
    // silently ignored, and nothing goes.
    auto refused = m_repos->records.removeMany(items(100, 3));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::AccessDenied);
    QCOMPARE(refused.error().subject, QStringLiteral("catalogue_deletion"));
    auto single = m_repos->media.remove(items(100, 1).first());
    QVERIFY(!single);
    QCOMPARE(single.error().subject, QStringLiteral("catalogue_deletion"));
    QCOMPARE(m_repos->media.count({}).value(), 120);

    // An administrator may, and undo puts the items back.
    auto admin = m_server->connect(m_server->admin());
    MediaRecordRepository records(*admin);
    QList<MediaRecord> removed;
    const auto remove = [&](const QList<QUuid> &ids) {
        return statementsOn(*admin, [&] {
            auto taken = records.removeMany(ids);
            OMT_VERIFY_OK(taken);
            removed.append(*taken);
        });
    };
    {
        const quint64 few = remove(items(100, 2));
        const quint64 many = remove(items(102, 18));
        QCOMPARE(many, few);
    }
    QCOMPARE(m_repos->media.count({}).value(), 100);
    const auto restore = [&](const QList<MediaRecord> &taken) {
        return statementsOn(*admin, [&] { OMT_VERIFY_OK(records.restoreMany(taken)); });
    };
    {
        const quint64 few = restore(removed.mid(0, 2));
        const quint64 many = restore(removed.mid(2));
        QCOMPARE(many, few);
    }
    QCOMPARE(m_repos->media.count({}).value(), 120);
    admin->closeAllConnections();
}

MediaRecord tst_MemberRepositories::edited(int itemIndex, int count)
{
    auto loaded = m_repos->records.load(items(itemIndex, 1).first());
    if (!loaded)
        qFatal("loading an item: %s", qPrintable(loaded.error().toString()));
    MediaRecord record = *loaded;
    record.links.clear();
    record.related.clear();
    for (int n = 0; n < count; ++n) {
        ExternalLink link;
        link.mediaId = record.media.id;
        link.source = QStringLiteral("isbn");
        link.externalKey = QStringLiteral("978000000%1").arg(n, 4, 10, QLatin1Char('0'));
        record.links.append(link);
        RelatedMedia related;
        related.relationship.sourceMediaId = record.media.id;
        related.relationship.targetMediaId = items(itemIndex + 1 + n, 1).first();
        related.otherId = related.relationship.targetMediaId;
        record.related.append(related);
    }
    record.media.description = QStringLiteral("Edited by a member");
    return record;
}

void tst_MemberRepositories::editingAnItemWithItsLinksAndRelationsTakesConstantStatements()
{
    // What the edit dialog saves: the item, its links to other sites and
    // its relations to other items, all replaced in one go.
    quint64 statements[2] = {};
    const int counts[2] = { 2, 25 };
    for (int n = 0; n < 2; ++n) {
        const MediaRecord record = edited(n * 30, counts[n]);
        statements[n] = statementsOf([&] { OMT_VERIFY_OK(m_repos->records.save(record)); });
        auto saved = m_repos->records.load(record.media.id);
        OMT_VERIFY_OK(saved);
        QCOMPARE(saved->links.size(), counts[n]);
        QCOMPARE(saved->related.size(), counts[n]);
        QCOMPARE(saved->media.description, QStringLiteral("Edited by a member"));
    }
    QCOMPARE(statements[1], statements[0]);
}

void tst_MemberRepositories::theMemberKeepsTheirOwnProfileSettings()
{
    const QJsonObject settings { { QStringLiteral("theme"), QStringLiteral("dark") } };
    auto updated = m_repos->users.updateProfileSettings(m_member.id, settings);
    OMT_VERIFY_OK(updated);
    QCOMPARE(m_repos->users.get(m_member.id).value().profileSettings, settings);
    // Another member's settings are not theirs to change.
    auto changed = m_repos->users.updateProfileSettings(m_server->admin().id, settings);
    QVERIFY(!changed);
}

void tst_MemberRepositories::readingTakesConstantStatements()
{
    InteractionPatch completed;
    completed.status = Status::Completed;
    completed.rating = std::optional<int>(8);
    OMT_VERIFY_OK(m_repos->interactions.updateMany(m_member.id, items(0, 90), completed));

    const auto page = [&](int limit) {
        return statementsOf([&] {
            auto rows = m_repos->interactions.page(m_member.id, Status::Completed, {}, limit);
            OMT_VERIFY_OK(rows);
            QCOMPARE(rows->rows.size(), limit);
        });
    };
    {
        const quint64 few = page(5);
        const quint64 many = page(80);
        QCOMPARE(many, few);
    }

    const auto catalogue = [&](int limit) {
        return statementsOf([&] { QCOMPARE(m_repos->media.page({}, {}, limit).value().rows.size(), limit); });
    };
    {
        const quint64 few = catalogue(5);
        const quint64 many = catalogue(100);
        QCOMPARE(many, few);
    }

    auto filter = FilterParser::parse(R"({"all":[{"field":"status","op":"=","value":"completed"},
        {"field":"rating","op":">=","value":7}],"sort":[{"field":"title","dir":"desc"}]})");
    OMT_VERIFY_OK(filter);
    const auto smart = [&](int limit) {
        return statementsOf([&] {
            auto opened = m_repos->smartLists.firstPage(*filter, m_member.id, limit);
            OMT_VERIFY_OK(opened);
            QCOMPARE(opened->count, 90);
            QCOMPARE(opened->items.size(), limit);
        });
    };
    {
        const quint64 few = smart(5);
        const quint64 many = smart(80);
        QCOMPARE(many, few);
    }
}

QTEST_GUILESS_MAIN(tst_MemberRepositories)
#include "tst_memberrepositories.moc"
