// One test per kind of change: what the change feed announces, which views
// follow, and what it costs in storage jobs and statements. The views are
// real (the library model and the sidebar over a real library on either
// backend).

#include "TestDatabase.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/ListCommands.h"
#include "models/ModelRoles.h"
#include "models/RowPager.h"
#include "models/SidebarModel.h"
#include "storage/AsyncStorage.h"
#include "storage/InteractionRepository.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace omt;

namespace {
constexpr int LibrarySize = 700;
constexpr int ListSize = 450;
} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<LibraryTableModel> m_model;
    std::unique_ptr<SidebarModel> m_sidebar;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUndoStack m_undo;
    QUuid m_user;
    QList<QUuid> m_ids;
    QUuid m_list;
    QUuid m_smart;

    /// Every signal a view reacts to, counted from now on.
    struct Signals
    {
        explicit Signals(QAbstractItemModel *model)
            : inserted(model, &QAbstractItemModel::rowsInserted)
            , removed(model, &QAbstractItemModel::rowsRemoved)
            , moved(model, &QAbstractItemModel::layoutChanged)
            , reset(model, &QAbstractItemModel::modelReset)
            , changed(model, &QAbstractItemModel::dataChanged)
        { }
        QSignalSpy inserted;
        QSignalSpy removed;
        QSignalSpy moved;
        QSignalSpy reset;
        QSignalSpy changed;
    };

    void show(const LibrarySource &source)
    {
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->setSource(source);
        QVERIFY(loaded.wait());
        // A smart list reads the rest of its ids after its first page.
        m_storage->waitForIdle();
        QCoreApplication::processEvents();
    }

    /// What a change cost: storage jobs, and statements run on the library.
    struct Cost
    {
        quint64 jobs = 0;
        quint64 statements = 0;
    };

    /// Pushes the command and waits for its change to be announced and for
    /// every job it caused to end; returns what it cost.
    Cost run(QUndoCommand *command, LibraryChange *announced = nullptr)
    {
        QSignalSpy changes(&m_service->feed(), &ChangeFeed::changed);
        const quint64 before = m_storage->jobsStarted();
        const quint64 statementsBefore = m_db->database().statementsRun();
        if (command)
            m_undo.push(command);
        else
            m_undo.undo();
        [&] { QVERIFY(changes.wait()); }();
        // Follow-up reads (the sidebar's) are queued by the time the change
        // is announced; let them finish.
        m_storage->waitForIdle();
        QCoreApplication::processEvents();
        if (announced && !changes.isEmpty())
            *announced = changes.first().at(0).value<LibraryChange>();
        return { m_storage->jobsStarted() - before, m_db->database().statementsRun() - statementsBefore };
    }

    QList<QUuid> modelOrder() const
    {
        QList<QUuid> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->mediaIdAt(row));
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<LibraryChange>(); }

    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_user = owner->id;
        MediaRepository media(m_db->database());
        m_ids.clear();
        for (int i = 0; i < LibrarySize; ++i) {
            Media item;
            item.title = QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0'));
            item.type = i % 2 ? MediaType::Book : MediaType::Film;
            auto created = media.create(item);
            OMT_VERIFY_OK(created);
            m_ids.append(created->id);
        }
        ListRepository lists(m_db->database());
        MediaList list;
        list.ownerId = m_user;
        list.name = QStringLiteral("Long list");
        auto created = lists.create(list);
        OMT_VERIFY_OK(created);
        m_list = created->id;
        // Backwards, so that the list's order is not the catalogue's.
        QList<QUuid> items = m_ids.mid(0, ListSize);
        std::reverse(items.begin(), items.end());
        OMT_VERIFY_OK(ListItemRepository(m_db->database()).addItems(m_list, items));
        MediaList smart;
        smart.ownerId = m_user;
        smart.name = QStringLiteral("In progress");
        smart.type = ListType::Smart;
        auto smartList = lists.create(smart,
            QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
                { QStringLiteral("op"), QStringLiteral("=") },
                { QStringLiteral("value"), QStringLiteral("in_progress") } });
        OMT_VERIFY_OK(smartList);
        m_smart = smartList->id;
        InteractionRepository interactions(m_db->database());
        for (int i = 0; i < LibrarySize; i += 3) {
            Interaction interaction;
            interaction.userId = m_user;
            interaction.mediaId = m_ids.at(i);
            interaction.status = Status::InProgress;
            OMT_VERIFY_OK(interactions.put(interaction));
        }
        m_db->database().closeThreadConnection();

        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_user);
        m_model = std::make_unique<LibraryTableModel>(*m_service);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_sidebar = std::make_unique<SidebarModel>(*m_service);
        QSignalSpy refreshed(m_sidebar.get(), &SidebarModel::refreshed);
        m_sidebar->refresh();
        QVERIFY(refreshed.wait());
        m_undo.clear();
    }

    void cleanup()
    {
        m_undo.clear();
        m_tester.reset();
        m_sidebar.reset();
        m_model.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void aLongListOpensWithItsRowsPagedIn()
    {
        show(LibrarySource::list(m_list));
        QCOMPARE(m_model->rowCount(), ListSize);
        // Every id is known at once, in the list's order; rows beyond the
        // first page are read when a view asks for them.
        QCOMPARE(m_model->mediaIdAt(ListSize - 1), m_ids.first());
        const int far = ListSize - 2;
        QVERIFY(far >= RowPager::PageSize);
        QVERIFY(!m_model->loadedRowAt(far));
        QCOMPARE(m_model->index(far, 0).data().toString(), QString());
        QTRY_COMPARE(
            m_model->index(far, LibraryTableModel::Title).data().toString(), QStringLiteral("Item 0001"));
    }

    void aSmartListOpensWithItsCountAndItsFirstPage()
    {
        // The count and the first page come first; the other ids follow,
        // and the rows beyond the first page arrive when asked for.
        show(LibrarySource::smartList(m_smart));
        const int matching = (LibrarySize + 2) / 3;
        QVERIFY(matching > RowPager::PageSize);
        QCOMPARE(m_model->rowCount(), matching);
        const int last = matching - 1;
        QTRY_VERIFY(!m_model->index(last, LibraryTableModel::Title).data().toString().isEmpty());
        // Title order (the rule has no sort): the last match is the last item
        // whose number is a multiple of three.
        QCOMPARE(m_model->index(last, LibraryTableModel::Title).data().toString(),
            QStringLiteral("Item %1").arg((LibrarySize - 1) / 3 * 3, 4, 10, QLatin1Char('0')));
        QCOMPARE(m_model->mediaIdAt(last), m_ids.at((LibrarySize - 1) / 3 * 3));
    }

    void aReorderMovesItsRowsAndCostsOneJob()
    {
        show(LibrarySource::list(m_list));
        const QList<QUuid> before = modelOrder();
        const quint64 sidebarReads = m_sidebar->refreshCount();
        Signals seen(m_model.get());
        const QList<QUuid> moving { before.at(300), before.at(301) };
        LibraryChange change;
        const Cost cost = run(
            new MoveInListCommand(*m_service, m_list, moving, before.at(5), QStringLiteral("Move")), &change);
        // One write, which placed the rows in its own job; nothing read again.
        QCOMPARE(cost.jobs, quint64(1));
        // The transaction, the positions read and written, the new order (9 on both backends).
        QVERIFY2(cost.statements <= 10, qPrintable(QString::number(cost.statements)));
        QCOMPARE(m_sidebar->refreshCount(), sidebarReads);
        QCOMPARE(change.reorders.size(), 1);
        QCOMPARE(change.reorders.first().listId, m_list);
        QVERIFY(change.membershipLists.isEmpty() && !change.catalogueChanged());
        // One layout change: no rows came or went, nothing was reset.
        QCOMPARE(seen.moved.size(), 1);
        QCOMPARE(seen.inserted.size() + seen.removed.size() + seen.reset.size(), 0);
        QList<QUuid> expected = before;
        expected.removeOne(moving.at(0));
        expected.removeOne(moving.at(1));
        expected.insert(5, moving.at(1));
        expected.insert(5, moving.at(0));
        QCOMPARE(modelOrder(), expected);
        auto stored = ListItemRepository(m_db->database()).mediaIds(m_list);
        OMT_VERIFY_OK(stored);
        QCOMPARE(*stored, expected);

        // Undo: the same, back.
        QCOMPARE(run(nullptr).jobs, quint64(1));
        QCOMPARE(modelOrder(), before);
        QCOMPARE(seen.reset.size(), 0);

        // Moving ten times as many rows runs the same statements.
        QList<QUuid> many;
        for (int row = 300; row < 320; ++row)
            many.append(before.at(row));
        const Cost manyCost
            = run(new MoveInListCommand(*m_service, m_list, many, before.at(5), QStringLiteral("Move")));
        QCOMPARE(manyCost.jobs, quint64(1));
        QCOMPARE(manyCost.statements, cost.statements);
    }

    void aRatingUpdatesItsRowOnly()
    {
        show(LibrarySource::catalogue({}));
        const quint64 sidebarReads = m_sidebar->refreshCount();
        Signals seen(m_model.get());
        InteractionPatch patch;
        patch.rating = 9;
        LibraryChange change;
        const Cost cost = run(
            new InteractionCommand(*m_service, { m_ids.at(4) }, patch, QStringLiteral("Rate")), &change);
        QCOMPARE(cost.jobs, quint64(1));
        // The transaction, the row read and written, its new values (5 or 6).
        QVERIFY2(cost.statements <= 6, qPrintable(QString::number(cost.statements)));
        QCOMPARE(m_sidebar->refreshCount(), sidebarReads);
        QCOMPARE(change.interactions.size(), 1);
        QVERIFY(!change.catalogueChanged() && change.membershipLists.isEmpty());
        QCOMPARE(seen.inserted.size() + seen.removed.size() + seen.moved.size() + seen.reset.size(), 0);
        QCOMPARE(seen.changed.size(), 1);
        QCOMPARE(seen.changed.first().at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(m_model->index(4, 0).data(RatingRole).toInt(), 9);

        // Rating thirty items at once costs what rating one did.
        const Cost manyCost
            = run(new InteractionCommand(*m_service, m_ids.mid(100, 30), patch, QStringLiteral("Rate")));
        QCOMPARE(manyCost.jobs, quint64(1));
        QCOMPARE(manyCost.statements, cost.statements);
        QCOMPARE(m_model->index(129, 0).data(RatingRole).toInt(), 9);
    }

    void finishingAnItemTakesItOutOfASmartList()
    {
        show(LibrarySource::smartList(m_smart));
        const int shown = m_model->rowCount();
        QCOMPARE(shown, (LibrarySize + 2) / 3);
        const quint64 sidebarReads = m_sidebar->refreshCount();
        Signals seen(m_model.get());
        const QUuid leaving = m_model->mediaIdAt(1);
        InteractionPatch patch;
        patch.status = Status::Completed;
        QCOMPARE(run(new InteractionCommand(*m_service, { leaving }, patch, QStringLiteral("Finish"))).jobs,
            quint64(1));
        QCOMPARE(m_sidebar->refreshCount(), sidebarReads);
        QCOMPARE(seen.removed.size(), 1);
        QCOMPARE(seen.removed.first().at(1).toInt(), 1);
        QCOMPARE(seen.reset.size(), 0);
        QCOMPARE(m_model->rowCount(), shown - 1);
        QVERIFY(!m_model->rowOf(leaving));

        // Undone, it comes back at its place.
        QCOMPARE(run(nullptr).jobs, quint64(1));
        QCOMPARE(seen.inserted.size(), 1);
        QCOMPARE(seen.inserted.first().at(1).toInt(), 1);
        QCOMPARE(m_model->mediaIdAt(1), leaving);
    }

    void aRatingMovesAnItemInASmartListSortedByRating()
    {
        // Items that stay in a smart list move when the rule sorts by what changed.
        MediaList rated;
        rated.ownerId = m_user;
        rated.name = QStringLiteral("Best first");
        rated.type = ListType::Smart;
        auto created = ListRepository(m_db->database())
                           .create(rated,
                               QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
                                   { QStringLiteral("op"), QStringLiteral("=") },
                                   { QStringLiteral("value"), QStringLiteral("in_progress") },
                                   { QStringLiteral("sort"),
                                       QJsonArray { QJsonObject {
                                           { QStringLiteral("field"), QStringLiteral("rating") },
                                           { QStringLiteral("dir"), QStringLiteral("desc") } } } } });
        OMT_VERIFY_OK(created);
        m_db->database().closeThreadConnection();
        show(LibrarySource::smartList(created->id));
        const QUuid last = m_model->mediaIdAt(m_model->rowCount() - 1);
        Signals seen(m_model.get());
        InteractionPatch patch;
        patch.rating = 10;
        run(new InteractionCommand(*m_service, { last }, patch, QStringLiteral("Rate")));
        QCOMPARE(m_model->mediaIdAt(0), last);
        QCOMPARE(seen.reset.size(), 0);
        QCOMPARE(seen.removed.size() + seen.inserted.size(), 0);
    }

    void addingToAListRecountsThatListOnly()
    {
        show(LibrarySource::catalogue({}));
        const quint64 sidebarReads = m_sidebar->refreshCount();
        Signals seen(m_model.get());
        LibraryChange change;
        const QList<QUuid> adding { m_ids.at(LibrarySize - 1), m_ids.at(LibrarySize - 2) };
        // The write, and the sidebar reading that list's count.
        QCOMPARE(run(new AddToListCommand(*m_service, m_list, adding, QStringLiteral("Add")), &change).jobs,
            quint64(2));
        QCOMPARE(m_sidebar->refreshCount(), sidebarReads + 1);
        QCOMPARE(change.membershipLists, QList<QUuid> { m_list });
        QCOMPARE(m_sidebar->find(SidebarModel::Kind::List, m_list).data(SidebarModel::CountRole).toInt(),
            ListSize + 2);
        // The catalogue shows the same rows.
        QCOMPARE(seen.inserted.size() + seen.removed.size() + seen.moved.size() + seen.reset.size(), 0);
    }

    void aNewItemEntersAtItsRowAndTheCountsFollow()
    {
        show(LibrarySource::catalogue({}));
        Signals seen(m_model.get());
        const int films = m_sidebar->find(SidebarModel::Kind::Type, int(MediaType::Film))
                              .data(SidebarModel::CountRole)
                              .toInt();
        MediaRecord record;
        record.media.title = QStringLiteral("Item 0004½");
        record.media.type = MediaType::Film;
        LibraryChange change;
        // The write, and the sidebar reading the library's counts.
        QCOMPARE(run(new SaveMediaCommand(*m_service, std::nullopt, record), &change).jobs, quint64(2));
        QCOMPARE(change.mediaInserted.size(), 1);
        QCOMPARE(seen.inserted.size(), 1);
        QCOMPARE(seen.inserted.first().at(1).toInt(), 5);
        QCOMPARE(seen.reset.size(), 0);
        QCOMPARE(m_model->index(5, LibraryTableModel::Title).data().toString(), record.media.title);
        QCOMPARE(m_sidebar->find(SidebarModel::Kind::Type, int(MediaType::Film))
                     .data(SidebarModel::CountRole)
                     .toInt(),
            films + 1);
    }

    void deletingManyItemsPlacesThemAllInOneJob()
    {
        show(LibrarySource::catalogue({}));
        Signals seen(m_model.get());
        const Cost one = run(new RemoveMediaCommand(*m_service, { m_ids.at(9) }, QStringLiteral("Delete")));
        QCOMPARE(one.jobs, quint64(2)); // the write; the sidebar's counts
        QCOMPARE(seen.removed.size(), 1);
        QList<QUuid> doomed;
        for (int i = 10; i < 10 + 40; ++i)
            doomed.append(m_ids.at(i));
        const Cost many = run(new RemoveMediaCommand(*m_service, doomed, QStringLiteral("Delete")));
        QCOMPARE(many.jobs, quint64(2));
        // Placing forty rows reads no more than placing one.
        QCOMPARE(many.statements, one.statements);
        QCOMPARE(seen.removed.size(), 41);
        QCOMPARE(seen.reset.size(), 0);
        QCOMPARE(m_model->rowCount(), LibrarySize - 41);
        QCOMPARE(m_model->mediaIdAt(9), m_ids.at(50));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
