#include "LibraryFixture.h"
#include "core/ListPositions.h"
#include "core/Timestamps.h"
#include "storage/ListItemRepository.h"
#include "storage/ListOrdering.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/SqlValues.h"

#include <QTest>

using namespace omt;

namespace {
/// What a move must do, computed the obvious way.
QList<QUuid> moved(QList<QUuid> order, const QList<QUuid> &items, const std::optional<QUuid> &before)
{
    for (const QUuid &id : items)
        order.removeOne(id);
    const qsizetype at = before ? order.indexOf(*before) : order.size();
    for (qsizetype i = 0; i < items.size(); ++i)
        order.insert(at + i, items.at(i));
    return order;
}
} // namespace

class TestListRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;
    ListRepository *m_lists = nullptr;
    ListItemRepository *m_items = nullptr;
    ListOrdering *m_order = nullptr;
    QUuid m_owner;

    QUuid addUser(const QString &username) { return m_lib->addUser(username); }

    QList<QUuid> addMedia(int count) { return m_lib->addMedia(count, MediaType::Comic); }

    MediaList makeList(const QString &name, QUuid owner = {})
    {
        MediaList list;
        list.ownerId = owner.isNull() ? m_owner : owner;
        list.name = name;
        return list;
    }

    QUuid manualList(const QList<QUuid> &items)
    {
        return m_lib->addList(QStringLiteral("Reading order"), items).id;
    }

    QList<ListEntry> entriesOf(ListItemRepository &items, const QUuid &listId)
    {
        auto entries = items.entries(listId, 0, 5000);
        if (!entries)
            qFatal("%s", qPrintable(entries.error().toString()));
        return *entries;
    }

    QList<QUuid> orderOf(const QUuid &listId)
    {
        QList<QUuid> ids;
        for (const ListEntry &entry : entriesOf(*m_items, listId))
            ids.append(entry.item.mediaId);
        return ids;
    }

    QList<qint64> positionsOf(const QUuid &listId)
    {
        QList<qint64> positions;
        for (const ListEntry &entry : entriesOf(*m_items, listId))
            positions.append(entry.item.position);
        return positions;
    }

    static bool strictlyIncreasing(const QList<qint64> &positions)
    {
        return std::adjacent_find(positions.cbegin(), positions.cend(), std::greater_equal<qint64>())
            == positions.cend();
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_media = &m_lib->repos().media;
        m_lists = &m_lib->repos().lists;
        m_items = &m_lib->repos().listItems;
        m_order = &m_lib->repos().listOrder;
        m_owner = m_lib->ownerId();
    }
    void cleanup() { m_lib.reset(); }

    void createRenameAndDelete()
    {
        MediaList wanted = makeList(QStringLiteral("  Favourites "));
        wanted.description = QStringLiteral("The best of the best");
        const auto created = m_lists->create(wanted);
        OMT_VERIFY_OK(created);
        QVERIFY(!created->id.isNull());
        QCOMPARE(created->name, QStringLiteral("Favourites"));
        QCOMPARE(created->type, ListType::Manual);
        QCOMPARE(created->ownerId, m_owner);
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(m_lists->get(created->id).value(), *created);

        const auto renamed = m_lists->rename(created->id, QStringLiteral("All-time favourites"));
        OMT_VERIFY_OK(renamed);
        QCOMPARE(renamed->name, QStringLiteral("All-time favourites"));
        QCOMPARE(renamed->createdAt, created->createdAt);
        QCOMPARE(m_lists->get(created->id)->name, QStringLiteral("All-time favourites"));
        QCOMPARE(m_lists->rename(created->id, QStringLiteral("   ")).error().code, Error::Code::InvalidInput);

        OMT_VERIFY_OK(m_lists->remove(created->id));
        QCOMPARE(m_lists->get(created->id).error().code, Error::Code::NotFound);
        QCOMPARE(m_lists->remove(created->id).error().code, Error::Code::NotFound);
        QCOMPARE(m_lists->rename(created->id, QStringLiteral("x")).error().code, Error::Code::NotFound);
        QVERIFY(m_lists->listsOf(m_owner).value().isEmpty());
    }

    void listNamesAreUniquePerOwner()
    {
        OMT_VERIFY_OK(m_lists->create(makeList(QStringLiteral("Favourites"))));
        const auto duplicate = m_lists->create(makeList(QStringLiteral("Favourites")));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, Error::Code::AlreadyExists);
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("“Favourites”")),
            qPrintable(duplicate.error().message));

        // Another person may use the same name.
        const QUuid bob = addUser(QStringLiteral("bob"));
        OMT_VERIFY_OK(m_lists->create(makeList(QStringLiteral("Favourites"), bob)));

        const auto other = m_lists->create(makeList(QStringLiteral("To watch")));
        OMT_VERIFY_OK(other);
        const auto clash = m_lists->rename(other->id, QStringLiteral("Favourites"));
        QCOMPARE(clash.error().code, Error::Code::AlreadyExists);
        QVERIFY(clash.error().message.contains(QStringLiteral("Favourites")));
        QCOMPARE(m_lists->get(other->id)->name, QStringLiteral("To watch"));

        QCOMPARE(m_lists->create(makeList(QStringLiteral(" "))).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_lists->create(makeList(QStringLiteral("Orphan"), QUuid::createUuid())).error().code,
            Error::Code::ConstraintViolation);
    }

    void listsOfAreSortedByNameAndSaved()
    {
        for (const char *name : { "zines", "Ébauches", "anime", "Books" })
            OMT_VERIFY_OK(m_lists->create(makeList(QString::fromUtf8(name))));
        const QUuid bob = addUser(QStringLiteral("bob"));
        OMT_VERIFY_OK(m_lists->create(makeList(QStringLiteral("Bob's"), bob)));

        const auto lists = m_lists->listsOf(m_owner);
        OMT_VERIFY_OK(lists);
        QStringList names;
        for (const MediaList &list : *lists)
            names.append(list.name);
        QCOMPARE(names,
            (QStringList { QStringLiteral("anime"), QStringLiteral("Books"), QStringLiteral("Ébauches"),
                QStringLiteral("zines") }));

        MediaList changed = lists->first();
        changed.description = QStringLiteral("Seasonal picks");
        changed.isPublic = true;
        changed.filterDefinition = QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
            { QStringLiteral("op"), QStringLiteral("!=") },
            { QStringLiteral("value"), QStringLiteral("completed") } };
        const auto saved = m_lists->update(changed);
        OMT_VERIFY_OK(saved);
        QCOMPARE(saved->isPublic, true);
        QCOMPARE(saved->filterDefinition, changed.filterDefinition);
        const auto read = m_lists->get(changed.id);
        OMT_VERIFY_OK(read);
        QCOMPARE(*read, *saved);
        QCOMPARE(read->description, QStringLiteral("Seasonal picks"));

        changed.filterDefinition = {};
        changed.isPublic = false;
        const auto cleared = m_lists->update(changed);
        OMT_VERIFY_OK(cleared);
        QVERIFY(cleared->filterDefinition.isEmpty());
        QVERIFY(!m_lists->get(changed.id)->isPublic);
    }

    void smartListsStoreTheirRule()
    {
        const QJsonObject rule { { QStringLiteral("field"), QStringLiteral("rating") },
            { QStringLiteral("op"), QStringLiteral(">=") }, { QStringLiteral("value"), 8 } };
        MediaList smart = makeList(QStringLiteral("Top rated"));
        smart.type = ListType::Smart;
        const auto created = m_lists->create(smart, rule);
        OMT_VERIFY_OK(created);
        QCOMPARE(created->type, ListType::Smart);
        QCOMPARE(m_lists->smartFilter(created->id).value(), rule);

        const QJsonObject changed { { QStringLiteral("field"), QStringLiteral("status") },
            { QStringLiteral("op"), QStringLiteral("=") },
            { QStringLiteral("value"), QStringLiteral("completed") } };
        OMT_VERIFY_OK(m_lists->setSmartFilter(created->id, changed));
        QCOMPARE(m_lists->smartFilter(created->id).value(), changed);
        QCOMPARE(m_lists->setSmartFilter(created->id, {}).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_lists->smartFilter(created->id).value(), changed);

        // A smart list chooses its items itself.
        const QList<QUuid> items = addMedia(1);
        QCOMPARE(m_items->addItems(created->id, items).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_items->itemCount(created->id).value(), 0);

        MediaList ruleless = makeList(QStringLiteral("Empty rule"));
        ruleless.type = ListType::Smart;
        QCOMPARE(m_lists->create(ruleless).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_lists->create(makeList(QStringLiteral("Manual")), rule).error().code,
            Error::Code::InvalidInput);
        QCOMPARE(m_lists->listsOf(m_owner).value().size(), 1);

        const auto manual = m_lists->create(makeList(QStringLiteral("Manual")));
        OMT_VERIFY_OK(manual);
        QCOMPARE(m_lists->smartFilter(manual->id).error().code, Error::Code::NotFound);

        // Deleting the list deletes its rule.
        OMT_VERIFY_OK(m_lists->remove(created->id));
        QCOMPARE(m_lists->smartFilter(created->id).error().code, Error::Code::NotFound);
    }

    void addAppendsInOrderAndSkipsDuplicates()
    {
        const QList<QUuid> ids = addMedia(6);
        const auto list = m_lists->create(makeList(QStringLiteral("Queue")));
        OMT_VERIFY_OK(list);
        QCOMPARE(m_items->addItems(list->id, { ids[2], ids[0], ids[1] }).value(), 3);
        QCOMPARE(m_items->addItems(list->id, { ids[0], ids[4], ids[4], ids[3], ids[2] }).value(), 2);
        QCOMPARE(m_items->addItems(list->id, {}).value(), 0);
        QCOMPARE(orderOf(list->id), (QList<QUuid> { ids[2], ids[0], ids[1], ids[4], ids[3] }));
        QCOMPARE(positionsOf(list->id), ListPositions::renumbered(5));
        QCOMPARE(m_items->itemCount(list->id).value(), 5);

        const QList<ListEntry> entries = entriesOf(*m_items, list->id);
        QCOMPARE(entries.first().item.listId, list->id);
        QCOMPARE(entries.first().media.id, ids[2]);
        QCOMPARE(entries.first().media.title, QStringLiteral("Item 2"));
        QCOMPARE(entries.first().media.type, MediaType::Comic);
        QVERIFY(entries.first().item.addedAt.isValid());
        const auto window = m_items->entries(list->id, 1, 2);
        OMT_VERIFY_OK(window);
        QCOMPARE(window->size(), 2);
        QCOMPARE(window->at(0).media.id, ids[0]);
        QCOMPARE(window->at(1).media.id, ids[1]);

        // An unknown item refuses the whole batch.
        const auto unknown = m_items->addItems(list->id, { ids[5], QUuid::createUuid() });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(m_items->itemCount(list->id).value(), 5);
        QCOMPARE(m_items->addItems(QUuid::createUuid(), { ids[5] }).error().code, Error::Code::NotFound);
    }

    void membersAmongTellsWhichItemsAreInTheList()
    {
        const QList<QUuid> items = addMedia(5);
        const QUuid listId = manualList({ items.at(3), items.at(1) });
        const QUuid other = m_lists->create(makeList(QStringLiteral("Other"))).value().id;
        OMT_VERIFY_OK(m_items->addItems(other, { items.at(0), items.at(2) }));

        // In the order asked, once each; items of other lists and unknown ids are not members.
        const auto members = m_items->membersAmong(
            listId, { items.at(0), items.at(1), QUuid::createUuid(), items.at(3), items.at(1) });
        OMT_VERIFY_OK(members);
        QCOMPARE(*members, (QList<QUuid> { items.at(1), items.at(3) }));
        QVERIFY(m_items->membersAmong(listId, { items.at(4) }).value().isEmpty());
        QVERIFY(m_items->membersAmong(listId, {}).value().isEmpty());

        OMT_VERIFY_OK(m_items->removeItems(listId, { items.at(3) }));
        QCOMPARE(m_items->membersAmong(listId, items).value(), QList<QUuid> { items.at(1) });
    }

    void removeTakesOnlyTheGivenItems()
    {
        const QList<QUuid> ids = addMedia(5);
        const QUuid list = manualList(ids);
        QCOMPARE(m_items->removeItems(list, { ids[1], QUuid::createUuid(), ids[3] }).value(), 2);
        QCOMPARE(orderOf(list), (QList<QUuid> { ids[0], ids[2], ids[4] }));
        QCOMPARE(m_items->removeItems(list, { ids[1] }).value(), 0);
        // The media stay in the library.
        QVERIFY(m_media->get(ids[1]).ok());
    }

    void movesPlaceItemsWhereTheyWereDropped_data()
    {
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<int>("before"); // -1: to the end

        QTest::newRow("to front") << QList<int> { 4 } << 0;
        QTest::newRow("to end") << QList<int> { 1 } << -1;
        QTest::newRow("into the middle, forwards") << QList<int> { 1 } << 4;
        QTest::newRow("into the middle, backwards") << QList<int> { 5 } << 2;
        QTest::newRow("several keep their order") << QList<int> { 5, 0, 3 } << 2;
        QTest::newRow("several to front") << QList<int> { 3, 1 } << 0;
        QTest::newRow("several to end") << QList<int> { 0, 4, 2 } << -1;
        QTest::newRow("first item to front") << QList<int> { 0 } << 1;
        QTest::newRow("already at the end") << QList<int> { 5 } << -1;
    }
    void movesPlaceItemsWhereTheyWereDropped()
    {
        QFETCH(QList<int>, items);
        QFETCH(int, before);
        const QList<QUuid> ids = addMedia(6);
        const QUuid list = manualList(ids);
        QList<QUuid> moving;
        for (int index : items)
            moving.append(ids.at(index));
        const std::optional<QUuid> anchor = before < 0 ? std::nullopt : std::optional<QUuid>(ids.at(before));

        const auto report = m_order->moveItems(list, moving, anchor);
        OMT_VERIFY_OK(report);
        QCOMPARE(orderOf(list), moved(ids, moving, anchor));
        QVERIFY(strictlyIncreasing(positionsOf(list)));
        QVERIFY(report->rowsWritten <= moving.size());
    }

    void aMoveWritesOneRow()
    {
        const QList<QUuid> ids = addMedia(8);
        const QUuid list = manualList(ids);
        const QList<qint64> before = positionsOf(list);

        const auto report = m_order->moveItems(list, { ids[6] }, ids[2]);
        OMT_VERIFY_OK(report);
        QCOMPARE(report->rowsWritten, 1);
        const QList<ListEntry> entries = entriesOf(*m_items, list);
        // The report names the one row written, before and after.
        QCOMPARE(report->before.size(), 1);
        QCOMPARE(report->before.first().mediaId, ids[6]);
        QCOMPARE(report->before.first().position, before.at(6));
        QCOMPARE(report->after.first().position, entries.at(2).item.position);
        QCOMPARE(m_items->mediaIds(list).value(), orderOf(list));
        // Everything but the moved item kept its position.
        for (const ListEntry &entry : entries) {
            if (entry.item.mediaId != ids[6])
                QCOMPARE(entry.item.position, before.at(ids.indexOf(entry.item.mediaId)));
        }
        QCOMPARE(entries.at(2).item.mediaId, ids[6]);

        const auto two = m_order->moveItems(list, { ids[0], ids[7] }, std::nullopt);
        OMT_VERIFY_OK(two);
        QCOMPARE(two->rowsWritten, 2);

        // Dropping items where they already are writes nothing.
        const QList<QUuid> order = orderOf(list);
        const auto nothing = m_order->moveItems(list, { order[3], order[4] }, order[5]);
        OMT_VERIFY_OK(nothing);
        QVERIFY(nothing->before.isEmpty() && nothing->after.isEmpty());
        QCOMPARE(nothing->rowsWritten, 0);
        QCOMPARE(orderOf(list), order);
    }

    void anExhaustedGapRenumbersTheList()
    {
        const QList<QUuid> ids = addMedia(8);
        const QUuid list = manualList(ids);
        QList<QUuid> expected = ids;

        // Each move halves the gap between the first two items, until it is gone.
        bool renumbered = false;
        for (int round = 0; round < 14; ++round) {
            const QUuid last = expected.last();
            const auto move = m_order->moveItems(list, { last }, expected.at(1));
            OMT_VERIFY_OK(move);
            expected = moved(expected, { last }, expected.at(1));
            QCOMPARE(orderOf(list), expected);
            const QList<qint64> positions = positionsOf(list);
            QVERIFY(strictlyIncreasing(positions));
            if (move->rowsWritten > 1) {
                renumbered = true;
                QCOMPARE(positions, ListPositions::renumbered(int(expected.size())));
            } else {
                QCOMPARE(move->rowsWritten, 1);
            }
        }
        QVERIFY(renumbered);

        // Several items into a gap too small for all of them.
        for (int round = 0; round < 20; ++round) {
            const QList<qint64> positions = positionsOf(list);
            if (positions.at(2) - positions.at(1) < 4)
                break;
            const QUuid last = expected.last();
            OMT_VERIFY_OK(m_order->moveItems(list, { last }, expected.at(1)));
            expected = moved(expected, { last }, expected.at(1));
        }
        QVERIFY(positionsOf(list).at(2) - positionsOf(list).at(1) < 4);
        const QList<QUuid> several { expected.at(5), expected.at(0), expected.at(6) };
        const QList<ListEntry> beforeRenumber = entriesOf(*m_items, list);
        const auto report = m_order->moveItems(list, several, expected.at(2));
        OMT_VERIFY_OK(report);
        // The report holds every row the renumbering changed: giving the
        // old positions back restores the list exactly.
        QCOMPARE(report->before.size(), report->rowsWritten);
        OMT_VERIFY_OK(m_order->setPositions(list, report->before));
        QCOMPARE(entriesOf(*m_items, list), beforeRenumber);
        OMT_VERIFY_OK(m_order->setPositions(list, report->after));
        expected = moved(expected, several, expected.at(2));
        QCOMPARE(orderOf(list), expected);
        QCOMPARE(positionsOf(list), ListPositions::renumbered(int(expected.size())));
        QVERIFY(report->rowsWritten > several.size());
    }

    void invalidMovesChangeNothing()
    {
        const QList<QUuid> ids = addMedia(5);
        const QUuid list = manualList(ids);
        const QList<ListEntry> before = entriesOf(*m_items, list);

        const auto ontoItself = m_order->moveItems(list, { ids[1], ids[3] }, ids[3]);
        QVERIFY(!ontoItself);
        QCOMPARE(ontoItself.error().code, Error::Code::InvalidInput);

        const auto stranger = m_order->moveItems(list, { ids[1], QUuid::createUuid() }, ids[0]);
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code, Error::Code::NotFound);

        const QList<QUuid> outsiders = addMedia(1);
        const auto badAnchor = m_order->moveItems(list, { ids[1] }, outsiders[0]);
        QVERIFY(!badAnchor);
        QCOMPARE(badAnchor.error().code, Error::Code::NotFound);

        QCOMPARE(m_order->moveItems(QUuid::createUuid(), { ids[1] }, std::nullopt).error().code,
            Error::Code::NotFound);
        QCOMPARE(entriesOf(*m_items, list), before);
    }

    void positionsPersist()
    {
        const QList<QUuid> ids = addMedia(6);
        const QUuid list = manualList(ids);
        OMT_VERIFY_OK(m_order->moveItems(list, { ids[5] }, ids[0]));
        OMT_VERIFY_OK(m_order->moveItems(list, { ids[1], ids[2] }, std::nullopt));
        const QList<ListEntry> written = entriesOf(*m_items, list);

        Database reopened(m_lib->testDatabase().settings());
        ListItemRepository items(reopened);
        const QList<ListEntry> read = entriesOf(items, list);
        reopened.closeAllConnections();
        QCOMPARE(read, written);
        QList<QUuid> order;
        for (const ListEntry &entry : read)
            order.append(entry.item.mediaId);
        QCOMPARE(order, (QList<QUuid> { ids[5], ids[0], ids[3], ids[4], ids[1], ids[2] }));
    }

    void itemsArePositionsInOrderWithoutMedia()
    {
        const QList<QUuid> ids = addMedia(5);
        const QUuid list = manualList(ids);
        OMT_VERIFY_OK(m_order->moveItems(list, { ids[4] }, ids[1]));
        auto items = m_items->items(list);
        OMT_VERIFY_OK(items);
        QList<ListItem> expected;
        for (const ListEntry &entry : entriesOf(*m_items, list))
            expected.append(entry.item);
        QCOMPARE(*items, expected);
        QCOMPARE(items->at(1).mediaId, ids[4]);
    }

    void itemsAmongReadsOnlyTheGivenItems()
    {
        const QList<QUuid> ids = addMedia(5);
        const QUuid list = manualList(ids.mid(0, 4));
        auto all = m_items->items(list);
        OMT_VERIFY_OK(all);
        auto some = m_items->itemsAmong(list, { ids[3], ids[4], ids[1] });
        OMT_VERIFY_OK(some);
        QCOMPARE(*some, (QList<ListItem> { all->at(1), all->at(3) }));
    }

    void setPositionsWritesExactlyTheGivenRows()
    {
        const QList<QUuid> ids = addMedia(4);
        const QUuid list = manualList(ids);
        auto before = m_items->items(list);
        OMT_VERIFY_OK(before);
        // Swap the first and the last item by position.
        ListItem first = before->at(0);
        ListItem last = before->at(3);
        std::swap(first.position, last.position);
        const auto written = m_order->setPositions(list, { first, last });
        OMT_VERIFY_OK(written);
        QCOMPARE(*written, 2);
        QCOMPARE(orderOf(list), (QList<QUuid> { ids[3], ids[1], ids[2], ids[0] }));
        QCOMPARE(positionsOf(list),
            (QList<qint64> { before->at(0).position, before->at(1).position, before->at(2).position,
                before->at(3).position }));
    }

    void restoredItemsGetTheirPositionsAndDatesBack()
    {
        const QList<QUuid> ids = addMedia(5);
        const QUuid list = manualList(ids);
        OMT_VERIFY_OK(m_order->moveItems(list, { ids[0] }, ids[3]));
        const QList<ListEntry> before = entriesOf(*m_items, list);
        auto items = m_items->items(list);
        OMT_VERIFY_OK(items);
        const QList<ListItem> removed { items->at(1), items->at(3) };
        QCOMPARE(m_items->removeItems(list, { removed[0].mediaId, removed[1].mediaId }).value(), 2);
        QCOMPARE(m_items->itemCount(list).value(), 3);
        OMT_VERIFY_OK(m_items->restoreItems(removed));
        QCOMPARE(entriesOf(*m_items, list), before);
        // Putting back what is there changes nothing.
        OMT_VERIFY_OK(m_items->restoreItems(removed));
        QCOMPARE(entriesOf(*m_items, list), before);
    }

    void aDeletedListComesBackWhole()
    {
        const QList<QUuid> ids = addMedia(4);
        MediaList made = makeList(QStringLiteral("Summer"));
        made.description = QStringLiteral("Beach reads");
        made.isPublic = true;
        made.filterDefinition = QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
            { QStringLiteral("op"), QStringLiteral("!=") },
            { QStringLiteral("value"), QStringLiteral("completed") } };
        auto created = m_lists->create(made);
        OMT_VERIFY_OK(created);
        OMT_VERIFY_OK(m_items->addItems(created->id, ids));
        OMT_VERIFY_OK(m_order->moveItems(created->id, { ids[3], ids[2] }, ids[0]));
        const QList<ListEntry> entries = entriesOf(*m_items, created->id);

        auto snapshot = m_lists->snapshot(created->id);
        OMT_VERIFY_OK(snapshot);
        OMT_VERIFY_OK(m_lists->remove(created->id));
        QCOMPARE(m_lists->get(created->id).error().code, Error::Code::NotFound);
        auto restored = m_lists->restore(*snapshot);
        OMT_VERIFY_OK(restored);
        QCOMPARE(*restored, *created);
        QCOMPARE(m_lists->get(created->id).value(), *created);
        QCOMPARE(entriesOf(*m_items, created->id), entries);

        // A smart list comes back with its rule.
        MediaList smart = makeList(QStringLiteral("Unfinished"));
        smart.type = ListType::Smart;
        const QJsonObject rule { { QStringLiteral("field"), QStringLiteral("status") },
            { QStringLiteral("op"), QStringLiteral("=") },
            { QStringLiteral("value"), QStringLiteral("in_progress") } };
        auto smartCreated = m_lists->create(smart, rule);
        OMT_VERIFY_OK(smartCreated);
        auto smartSnapshot = m_lists->snapshot(smartCreated->id);
        OMT_VERIFY_OK(smartSnapshot);
        OMT_VERIFY_OK(m_lists->remove(smartCreated->id));
        OMT_VERIFY_OK(m_lists->restore(*smartSnapshot));
        QCOMPARE(m_lists->smartFilter(smartCreated->id).value(), rule);
        // Restoring twice fails cleanly: the list exists.
        QCOMPARE(m_lists->restore(*smartSnapshot).error().code, Error::Code::AlreadyExists);
    }

    void deletingAListDeletesItsItems()
    {
        const QList<QUuid> ids = addMedia(4);
        const QUuid list = manualList(ids);
        const QUuid kept = manualListNamed(QStringLiteral("Kept"), { ids[0], ids[1] });
        OMT_VERIFY_OK(m_lists->remove(list));

        auto sql = m_lib->database().sql();
        OMT_VERIFY_OK(sql);
        auto rows = sql->run(QStringLiteral("SELECT count(*) FROM %1 WHERE list_id = %2")
                                 .arg(sql->table(Table::ListItems), sql->dialect().param(ColumnType::Uuid)),
            { SqlValues::uuid(list) }, QStringLiteral("counting"));
        OMT_VERIFY_OK(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
        QCOMPARE(m_items->itemCount(kept).value(), 2);
        for (const QUuid &id : ids)
            QVERIFY(m_media->get(id).ok());
    }

private:
    QUuid manualListNamed(const QString &name, const QList<QUuid> &items)
    {
        auto list = m_lists->create(makeList(name));
        if (!list)
            qFatal("%s", qPrintable(list.error().toString()));
        if (!m_items->addItems(list->id, items))
            qFatal("adding items failed");
        return list->id;
    }
};

QTEST_GUILESS_MAIN(TestListRepository)
#include "tst_listrepository.moc"
