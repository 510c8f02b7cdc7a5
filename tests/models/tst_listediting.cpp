// Lists through the models and undo commands, as the window uses them:
// drag-and-drop through the models' MIME path, reordering, removing, smart
// lists following the library, view refinements, and exact undo/redo.
#include "TestDatabase.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/ListCommands.h"
#include "models/MediaIdsMime.h"
#include "models/SidebarModel.h"
#include "storage/AsyncStorage.h"
#include "storage/InteractionRepository.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace omt;

namespace {
QJsonObject rule(const char *field, const char *op, const QJsonValue &value)
{
    return { { QStringLiteral("field"), QLatin1String(field) }, { QStringLiteral("op"), QLatin1String(op) },
        { QStringLiteral("value"), value } };
}
} // namespace

class TestListEditing : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_editor;
    std::unique_ptr<LibraryTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUndoStack m_undo;
    QUuid m_user;
    QList<QUuid> m_ids;
    QUuid m_list;

    QList<QUuid> modelOrder() const
    {
        QList<QUuid> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->mediaIdAt(row));
        return ids;
    }

    QList<ListEntry> storedEntries(const QUuid &listId)
    {
        auto entries = ListItemRepository(m_db->database()).entries(listId, 0, 5000);
        if (!entries)
            qFatal("%s", qPrintable(entries.error().toString()));
        return *entries;
    }

    QList<QUuid> storedOrder(const QUuid &listId)
    {
        QList<QUuid> ids;
        for (const ListEntry &entry : storedEntries(listId))
            ids.append(entry.item.mediaId);
        return ids;
    }

    void show(const LibrarySource &source)
    {
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->setSource(source);
        QVERIFY(loaded.wait());
    }

    /// Waits until every queued write is done.
    void settle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isBusy(), 10000);
        QTRY_VERIFY(!m_model->isLoading());
    }

    static QList<QUuid> moved(QList<QUuid> order, const QList<QUuid> &items, const QUuid &before)
    {
        for (const QUuid &id : items)
            order.removeOne(id);
        const qsizetype at = before.isNull() ? order.size() : order.indexOf(before);
        for (qsizetype i = 0; i < items.size(); ++i)
            order.insert(at + i, items.at(i));
        return order;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_user = owner->id;
        MediaRepository media(m_db->database());
        m_ids.clear();
        for (int i = 0; i < 12; ++i) {
            Media item;
            item.title = QStringLiteral("Volume %1").arg(i, 2, 10, QLatin1Char('0'));
            item.type = MediaType::Manga;
            auto created = media.create(item);
            OMT_VERIFY_OK(created);
            m_ids.append(created->id);
        }
        ListRepository lists(m_db->database());
        MediaList list;
        list.ownerId = m_user;
        list.name = QStringLiteral("Reading order");
        auto created = lists.create(list);
        OMT_VERIFY_OK(created);
        m_list = created->id;
        OMT_VERIFY_OK(ListItemRepository(m_db->database()).addItems(m_list, m_ids.mid(0, 8)));
        m_db->database().closeThreadConnection();

        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_editor = std::make_unique<LibraryService>(*m_storage, m_user);
        m_model = std::make_unique<LibraryTableModel>(*m_editor);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_undo.clear();
    }

    void cleanup()
    {
        m_undo.clear();
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_storage.reset();
        m_db.reset();
    }

    void mimeCarriesIdsInRowOrder()
    {
        show(LibrarySource::list(m_list));
        std::unique_ptr<QMimeData> data(m_model->mimeData(
            { m_model->index(5, 0), m_model->index(1, 2), m_model->index(1, 0), m_model->index(3, 0) }));
        QVERIFY(data);
        QVERIFY(data->hasFormat(MediaIdsMime::type()));
        QCOMPARE(MediaIdsMime::decode(data.get()), (QList<QUuid> { m_ids[1], m_ids[3], m_ids[5] }));
        QVERIFY(data->text().contains(QStringLiteral("Volume 03")));
        // Anything else is not a list of ids.
        QMimeData junk;
        junk.setData(MediaIdsMime::type(), "not-an-id\n");
        QVERIFY(MediaIdsMime::decode(&junk).isEmpty());
    }

    void droppingOntoASidebarListAddsTheItems()
    {
        SidebarModel sidebar(*m_editor);
        QAbstractItemModelTester tester(&sidebar, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&sidebar, &SidebarModel::refreshed);
        sidebar.refresh();
        QVERIFY(refreshed.wait());
        const QModelIndex listEntry = sidebar.find(SidebarModel::Kind::List, m_list);
        QVERIFY(listEntry.isValid());
        QCOMPARE(listEntry.data(SidebarModel::CountRole).toInt(), 8);
        QVERIFY(sidebar.flags(listEntry) & Qt::ItemIsDropEnabled);
        QVERIFY(!(sidebar.flags(sidebar.allMediaIndex()) & Qt::ItemIsDropEnabled));

        std::unique_ptr<QMimeData> data(MediaIdsMime::encode({ m_ids[10], m_ids[2], m_ids[11] }));
        QVERIFY(!sidebar.canDropMimeData(data.get(), Qt::CopyAction, -1, 0, sidebar.allMediaIndex()));
        QSignalSpy dropped(&sidebar, &SidebarModel::itemsDropped);
        QVERIFY(sidebar.dropMimeData(data.get(), Qt::CopyAction, -1, 0, listEntry));
        QCOMPARE(dropped.size(), 1);
        const QList<QUuid> ids = dropped.first().at(1).value<QList<QUuid>>();
        QCOMPARE(dropped.first().at(0).toUuid(), m_list);

        // What the window does with it: one undoable command.
        m_undo.push(new AddToListCommand(*m_editor, m_list, ids, QStringLiteral("Add")));
        settle();
        QList<QUuid> expected = m_ids.mid(0, 8);
        expected << m_ids[10] << m_ids[11];
        QCOMPARE(storedOrder(m_list), expected);
        sidebar.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(sidebar.find(SidebarModel::Kind::List, m_list).data(SidebarModel::CountRole).toInt(), 10);
        m_undo.undo();
        settle();
        QCOMPARE(storedOrder(m_list), m_ids.mid(0, 8));
    }

    void dropsInAListMoveItemsWithExactUndo()
    {
        show(LibrarySource::list(m_list));
        QCOMPARE(modelOrder(), m_ids.mid(0, 8));
        QVERIFY(m_model->isReorderable());
        QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
        const QList<ListEntry> before = storedEntries(m_list);

        // Rows 6 and 2 (selected in that order) dropped between rows 0 and 1.
        std::unique_ptr<QMimeData> data(m_model->mimeData({ m_model->index(6, 0), m_model->index(2, 0) }));
        QPersistentModelIndex followed(m_model->index(6, 0));
        QSignalSpy requested(m_model.get(), &LibraryTableModel::moveRequested);
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        QCOMPARE(requested.size(), 1);
        const auto ids = requested.first().at(0).value<QList<QUuid>>();
        const QUuid anchor = requested.first().at(1).toUuid();
        QCOMPARE(ids, (QList<QUuid> { m_ids[2], m_ids[6] }));
        QCOMPARE(anchor, m_ids[1]);

        m_undo.push(new MoveInListCommand(*m_editor, m_list, ids, anchor, QStringLiteral("Move")));
        settle();
        const QList<QUuid> expected = moved(m_ids.mid(0, 8), ids, anchor);
        QCOMPARE(modelOrder(), expected);
        QCOMPARE(storedOrder(m_list), expected);
        // The selection follows its item to its new row.
        QCOMPARE(followed.row(), 2);
        QCOMPARE(m_model->mediaIdAt(followed.row()), m_ids[6]);
        const QList<ListEntry> after = storedEntries(m_list);

        m_undo.undo();
        settle();
        QCOMPARE(storedEntries(m_list), before);
        QCOMPARE(modelOrder(), m_ids.mid(0, 8));
        m_undo.redo();
        settle();
        QCOMPARE(storedEntries(m_list), after);
        QCOMPARE(modelOrder(), expected);

        // A drop at the end, and a drop onto the items' own place, which changes nothing.
        std::unique_ptr<QMimeData> last(m_model->mimeData({ m_model->index(0, 0) }));
        QVERIFY(m_model->dropMimeData(last.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(requested.last().at(1).toUuid(), QUuid());
        // Items from outside the list cannot be dropped into it.
        std::unique_ptr<QMimeData> stranger(MediaIdsMime::encode({ m_ids[11] }));
        QVERIFY(!m_model->canDropMimeData(stranger.get(), Qt::MoveAction, 0, 0, {}));
        // Nothing can be dropped into the catalogue.
        show(LibrarySource::catalogue({}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    }

    void renumberingMovesUndoToTheExactPositions()
    {
        show(LibrarySource::list(m_list));
        QList<QUuid> order = m_ids.mid(0, 8);
        // Halve the gap between the first two items until the list renumbers.
        QList<ListEntry> beforeRenumber;
        bool renumbered = false;
        for (int round = 0; round < 14 && !renumbered; ++round) {
            beforeRenumber = storedEntries(m_list);
            const QUuid last = order.last();
            m_undo.push(
                new MoveInListCommand(*m_editor, m_list, { last }, order.at(1), QStringLiteral("Move")));
            settle();
            order = moved(order, { last }, order.at(1));
            QCOMPARE(modelOrder(), order);
            const QList<ListEntry> now = storedEntries(m_list);
            int changed = 0;
            for (qsizetype i = 0; i < now.size(); ++i) {
                for (const ListEntry &was : beforeRenumber) {
                    if (was.item.mediaId == now.at(i).item.mediaId
                        && was.item.position != now.at(i).item.position)
                        ++changed;
                }
            }
            renumbered = changed > 1;
        }
        QVERIFY(renumbered);
        const QList<ListEntry> afterRenumber = storedEntries(m_list);
        m_undo.undo();
        settle();
        QCOMPARE(storedEntries(m_list), beforeRenumber);
        m_undo.redo();
        settle();
        QCOMPARE(storedEntries(m_list), afterRenumber);
        QCOMPARE(modelOrder(), order);
    }

    void removedItemsComeBackAtTheirPlaces()
    {
        show(LibrarySource::list(m_list));
        const QList<ListEntry> before = storedEntries(m_list);
        m_undo.push(
            new RemoveFromListCommand(*m_editor, m_list, { m_ids[5], m_ids[1] }, QStringLiteral("Remove")));
        settle();
        QList<QUuid> expected = m_ids.mid(0, 8);
        expected.removeOne(m_ids[1]);
        expected.removeOne(m_ids[5]);
        QCOMPARE(modelOrder(), expected);
        QCOMPARE(storedOrder(m_list), expected);
        m_undo.undo();
        settle();
        QCOMPARE(storedEntries(m_list), before);
        QCOMPARE(modelOrder(), m_ids.mid(0, 8));
    }

    void positionsPersistAcrossReopening()
    {
        show(LibrarySource::list(m_list));
        m_undo.push(new MoveInListCommand(
            *m_editor, m_list, { m_ids[7], m_ids[3] }, m_ids[0], QStringLiteral("Move")));
        settle();
        const QList<QUuid> expected = moved(m_ids.mid(0, 8), { m_ids[7], m_ids[3] }, m_ids[0]);
        m_undo.clear();
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_storage.reset();
        m_db->database().closeAllConnections();

        Database reopened(m_db->settings());
        AsyncStorage storage(reopened);
        LibraryService service(storage, m_user);
        LibraryTableModel model(service);
        QSignalSpy loaded(&model, &LibraryTableModel::loaded);
        model.setSource(LibrarySource::list(m_list));
        QVERIFY(loaded.wait());
        QList<QUuid> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.mediaIdAt(row));
        QCOMPARE(shown, expected);
    }

    void smartListsFollowTheLibrary()
    {
        ListRepository lists(m_db->database());
        MediaList smart;
        smart.ownerId = m_user;
        smart.name = QStringLiteral("Reading now");
        smart.type = ListType::Smart;
        QJsonObject document = rule("status", "=", QStringLiteral("in_progress"));
        document.insert(QStringLiteral("sort"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                { QStringLiteral("dir"), QStringLiteral("desc") } } });
        auto created = lists.create(smart, document);
        OMT_VERIFY_OK(created);
        InteractionRepository interactions(m_db->database());
        for (int i : { 2, 9 }) {
            Interaction interaction;
            interaction.userId = m_user;
            interaction.mediaId = m_ids[i];
            interaction.status = Status::InProgress;
            OMT_VERIFY_OK(interactions.put(interaction));
        }
        m_db->database().closeThreadConnection();

        show(LibrarySource::smartList(created->id));
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[9], m_ids[2] }));
        QVERIFY(!m_model->isReorderable());

        // Starting an item brings it in at its place; finishing one takes it out.
        InteractionPatch start;
        start.status = Status::InProgress;
        m_undo.push(new InteractionCommand(*m_editor, { m_ids[5] }, start, QStringLiteral("Start")));
        settle();
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[9], m_ids[5], m_ids[2] }));
        InteractionPatch finish;
        finish.status = Status::Completed;
        m_undo.push(new InteractionCommand(*m_editor, { m_ids[9] }, finish, QStringLiteral("Finish")));
        settle();
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[5], m_ids[2] }));
        m_undo.undo();
        settle();
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[9], m_ids[5], m_ids[2] }));
    }

    void aViewRefinementHidesWhatItDoesNotMatch()
    {
        InteractionRepository interactions(m_db->database());
        for (int i : { 0, 3, 4 }) {
            Interaction interaction;
            interaction.userId = m_user;
            interaction.mediaId = m_ids[i];
            interaction.status = Status::Completed;
            OMT_VERIFY_OK(interactions.put(interaction));
        }
        ListRepository lists(m_db->database());
        auto list = lists.get(m_list);
        OMT_VERIFY_OK(list);
        const MediaList before = *list;
        MediaList after = before;
        after.filterDefinition
            = QJsonObject { { QStringLiteral("not"), rule("status", "=", QStringLiteral("completed")) } };
        m_db->database().closeThreadConnection();

        show(LibrarySource::list(m_list, true));
        QVERIFY(!m_model->listHasRefinement());
        QCOMPARE(m_model->rowCount(), 8);
        m_undo.push(new EditListCommand(*m_editor, before, {}, after, {}, QStringLiteral("Edit")));
        settle();
        // The window reloads a list whose definition changed.
        m_model->reload();
        settle();
        QVERIFY(m_model->listHasRefinement());
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[1], m_ids[2], m_ids[5], m_ids[6], m_ids[7] }));
        // Completing an item hides it; the refinement switched off shows all.
        InteractionPatch finish;
        finish.status = Status::Completed;
        m_undo.push(new InteractionCommand(*m_editor, { m_ids[6] }, finish, QStringLiteral("Finish")));
        settle();
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[1], m_ids[2], m_ids[5], m_ids[7] }));
        show(LibrarySource::list(m_list, false));
        QCOMPARE(modelOrder(), m_ids.mid(0, 8));
        // Moves in a refined view go next to the visible neighbours.
        show(LibrarySource::list(m_list, true));
        m_undo.push(new MoveInListCommand(*m_editor, m_list, { m_ids[7] }, m_ids[1], QStringLiteral("Move")));
        settle();
        QCOMPARE(modelOrder(), (QList<QUuid> { m_ids[7], m_ids[1], m_ids[2], m_ids[5] }));
    }

    void listsAreCreatedEditedAndDeletedWithUndo()
    {
        SidebarModel sidebar(*m_editor);
        // The sidebar also follows the changes on its own: reads it started
        // for earlier writes may answer after this refresh began, so it is
        // looked at once every read is in and every answer applied.
        auto refresh = [&] {
            sidebar.refresh();
            for (quint64 jobs = 0; jobs != m_storage->jobsStarted();) {
                jobs = m_storage->jobsStarted();
                m_storage->waitForIdle();
                QCoreApplication::processEvents();
            }
        };
        MediaList list;
        list.ownerId = m_user;
        list.name = QStringLiteral("Summer");
        auto *create = new CreateListCommand(*m_editor, list, {});
        const QUuid id = create->listId();
        m_undo.push(create);
        m_undo.push(new AddToListCommand(*m_editor, id, { m_ids[4], m_ids[2] }, QStringLiteral("Add")));
        settle();
        refresh();
        QVERIFY(sidebar.find(SidebarModel::Kind::List, id).isValid());

        // Renaming in place asks the owner to do it.
        QSignalSpy rename(&sidebar, &SidebarModel::renameRequested);
        QVERIFY(sidebar.setData(sidebar.find(SidebarModel::Kind::List, id), QStringLiteral("Beach")));
        QCOMPARE(rename.size(), 1);
        QCOMPARE(rename.first().at(1).toString(), QStringLiteral("Beach"));

        m_undo.push(new DeleteListCommand(*m_editor, id, QStringLiteral("Delete")));
        settle();
        refresh();
        QVERIFY(!sidebar.find(SidebarModel::Kind::List, id).isValid());
        m_undo.undo();
        settle();
        QCOMPARE(storedOrder(id), (QList<QUuid> { m_ids[4], m_ids[2] }));
        m_undo.undo(); // the add
        m_undo.undo(); // the creation
        settle();
        refresh();
        QVERIFY(!sidebar.find(SidebarModel::Kind::List, id).isValid());
        m_undo.redo();
        m_undo.redo();
        settle();
        QCOMPARE(storedOrder(id), (QList<QUuid> { m_ids[4], m_ids[2] }));
    }
};

QTEST_MAIN(TestListEditing)
#include "tst_listediting.moc"
