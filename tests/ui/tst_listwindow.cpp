// Lists in the library window, driven as a user would: drags with real drop
// events on the views and the sidebar, keyboard moves, removing, undo, smart
// lists in the sidebar and the list filter toggle.
#include "TestCovers.h"
#include "TestDatabase.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/SidebarModel.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/InteractionRepository.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryTableView.h"
#include "ui/library/LibraryWindow.h"
#include "ui/library/ListController.h"
#include "ui/library/SidebarView.h"
#include "ui/lists/FilterEditor.h"
#include "ui/lists/ListDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omt;

class TestListWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    QTemporaryDir m_coverFolder;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<LibraryWindow> m_window;
    User m_owner;
    QList<QUuid> m_ids;
    QUuid m_list;
    QUuid m_smart;

    LibraryTableModel *model() const { return m_window->libraryModel(); }
    LibraryTableView *table() const { return m_window->findChild<LibraryTableView *>(); }
    SidebarView *sidebar() const { return m_window->sidebar(); }
    SidebarModel *sidebarModel() const { return m_window->findChild<SidebarModel *>(); }

    void openWindow()
    {
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_owner.id);
        m_covers = std::make_unique<CoverLoader>(test::coverSettingsIn(m_coverFolder.path()));
        m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, m_owner, QStringLiteral("test"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(!model()->isLoading());
        QTRY_VERIFY(sidebarModel()->totalCount() >= 0);
    }

    void showList(SidebarModel::Kind kind, const QUuid &listId)
    {
        QTRY_VERIFY(sidebarModel()->find(kind, listId).isValid());
        QVERIFY(sidebar()->selectEntry(int(kind), listId));
        QTRY_VERIFY(model()->source().listId == listId && !model()->isLoading());
    }

    QList<QUuid> shownOrder() const
    {
        QList<QUuid> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.append(model()->mediaIdAt(row));
        return ids;
    }

    QList<QUuid> storedOrder(const QUuid &listId)
    {
        auto entries = ListItemRepository(m_db->database()).entries(listId, 0, 1000);
        QList<QUuid> ids;
        if (entries) {
            for (const ListEntry &entry : *entries)
                ids.append(entry.item.mediaId);
        }
        m_db->database().closeThreadConnection();
        return ids;
    }

    void selectRows(const QList<int> &rows)
    {
        QItemSelection selection;
        for (int row : rows)
            selection.select(model()->index(row, 0), model()->index(row, LibraryTableModel::ColumnCount - 1));
        table()->selectionModel()->setCurrentIndex(
            model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
        table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    QModelIndexList selectedIndexes() const { return table()->selectionModel()->selectedIndexes(); }

    /// Drags `data` over the widget to `position` and drops it there, with
    /// the events a real drag delivers; returns whether the drop was accepted.
    static bool dragAndDrop(QWidget *target, QMimeData *data, QPoint position, Qt::DropActions actions)
    {
        QDragEnterEvent enter(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(position), actions, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
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

    /// Asks to delete the list and confirms in the message box.
    void deleteListConfirmed(const QUuid &listId)
    {
        m_window->lists()->deleteList(listId);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
    }

    void waitForWrites()
    {
        QTest::qWait(50);
        QTRY_VERIFY(!model()->isLoading());
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("itemCount")) != nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
    }

    void init()
    {
        QSettings().clear();
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = *owner;
        MediaRepository media(m_db->database());
        m_ids.clear();
        for (int i = 0; i < 10; ++i) {
            Media item;
            item.title = QStringLiteral("Tome %1").arg(i);
            item.type = MediaType::Book;
            auto created = media.create(item);
            OMT_VERIFY_OK(created);
            m_ids.append(created->id);
        }
        ListRepository lists(m_db->database());
        MediaList list;
        list.ownerId = m_owner.id;
        list.name = QStringLiteral("Queue");
        auto created = lists.create(list);
        OMT_VERIFY_OK(created);
        m_list = created->id;
        OMT_VERIFY_OK(ListItemRepository(m_db->database()).addItems(m_list, m_ids.mid(0, 6)));
        MediaList smart;
        smart.ownerId = m_owner.id;
        smart.name = QStringLiteral("Now reading");
        smart.type = ListType::Smart;
        auto smartCreated = lists.create(smart,
            QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
                { QStringLiteral("op"), QStringLiteral("=") },
                { QStringLiteral("value"), QStringLiteral("in_progress") } });
        OMT_VERIFY_OK(smartCreated);
        m_smart = smartCreated->id;
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void draggingRowsReordersTheListWithUndo()
    {
        openWindow();
        showList(SidebarModel::Kind::List, m_list);
        QCOMPARE(shownOrder(), m_ids.mid(0, 6));
        // Rows 4 and 2 dragged to the upper edge of row 1: they land in front of it.
        selectRows({ 2, 4 });
        std::unique_ptr<QMimeData> data(model()->mimeData(selectedIndexes()));
        const QRect target = table()->visualRect(model()->index(1, 0));
        QVERIFY(dragAndDrop(table()->viewport(), data.get(), QPoint(target.center().x(), target.top() + 2),
            Qt::MoveAction | Qt::CopyAction));
        const QList<QUuid> expected = moved(m_ids.mid(0, 6), { m_ids[2], m_ids[4] }, m_ids[1]);
        QTRY_COMPARE(shownOrder(), expected);
        QTRY_COMPARE(storedOrder(m_list), expected);
        // The dragged items stay selected at their new rows.
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(table()->selectionModel()->isRowSelected(1, {}));
        QVERIFY(table()->selectionModel()->isRowSelected(2, {}));

        // A drop on the lower half of the last row puts them at the end.
        selectRows({ 0 });
        std::unique_ptr<QMimeData> first(model()->mimeData(selectedIndexes()));
        const QRect last = table()->visualRect(model()->index(5, 0));
        QVERIFY(dragAndDrop(
            table()->viewport(), first.get(), QPoint(last.center().x(), last.bottom() - 2), Qt::MoveAction));
        const QList<QUuid> atEnd = moved(expected, { m_ids[0] }, {});
        QTRY_COMPARE(storedOrder(m_list), atEnd);

        m_window->undoStack()->undo();
        QTRY_COMPARE(storedOrder(m_list), expected);
        m_window->undoStack()->undo();
        QTRY_COMPARE(storedOrder(m_list), m_ids.mid(0, 6));
        QTRY_COMPARE(shownOrder(), m_ids.mid(0, 6));
        m_window->undoStack()->redo();
        QTRY_COMPARE(shownOrder(), expected);
    }

    void draggingInTheCoverGridReordersToo()
    {
        openWindow();
        m_window->setViewMode(LibraryWindow::ViewMode::Grid);
        showList(SidebarModel::Kind::List, m_list);
        auto *grid = qobject_cast<QAbstractItemView *>(m_window->currentView());
        QVERIFY(grid && grid->isVisible());
        selectRows({ 4 });
        std::unique_ptr<QMimeData> data(model()->mimeData(selectedIndexes()));
        // The left edge of the second cover: in front of it.
        const QRect target = grid->visualRect(model()->index(1, LibraryTableModel::Title));
        QVERIFY(target.isValid());
        QVERIFY(dragAndDrop(
            grid->viewport(), data.get(), QPoint(target.left() + 3, target.center().y()), Qt::MoveAction));
        const QList<QUuid> expected = moved(m_ids.mid(0, 6), { m_ids[4] }, m_ids[1]);
        QTRY_COMPARE(storedOrder(m_list), expected);
        QTRY_COMPARE(shownOrder(), expected);
    }

    void droppingOnASidebarListAddsTheItems()
    {
        openWindow();
        QTRY_COMPARE(model()->rowCount(), 10);
        // Titles sort "Tome 0" … "Tome 9": rows are the ids' order.
        selectRows({ 7, 9 });
        std::unique_ptr<QMimeData> data(model()->mimeData(selectedIndexes()));
        const QModelIndex entry = sidebarModel()->find(SidebarModel::Kind::List, m_list);
        const QRect rect = sidebar()->visualRect(entry);
        QVERIFY(rect.isValid());
        QVERIFY(
            dragAndDrop(sidebar()->viewport(), data.get(), rect.center(), Qt::CopyAction | Qt::MoveAction));
        QList<QUuid> expected = m_ids.mid(0, 6);
        expected << m_ids[7] << m_ids[9];
        QTRY_COMPARE(storedOrder(m_list), expected);
        QTRY_COMPARE(
            sidebarModel()->find(SidebarModel::Kind::List, m_list).data(SidebarModel::CountRole).toInt(), 8);
        // The catalogue stays as it was: adding to a list copies.
        QCOMPARE(model()->rowCount(), 10);
        // A smart list takes no drops.
        const QRect smartRect
            = sidebar()->visualRect(sidebarModel()->find(SidebarModel::Kind::SmartList, m_smart));
        QVERIFY(!dragAndDrop(sidebar()->viewport(), data.get(), smartRect.center(), Qt::CopyAction));
        m_window->undoStack()->undo();
        QTRY_COMPARE(storedOrder(m_list), m_ids.mid(0, 6));
    }

    void keyboardMovesAndRemovals()
    {
        openWindow();
        showList(SidebarModel::Kind::List, m_list);
        table()->setFocus();
        selectRows({ 3 });
        QVERIFY(m_window->actions()->moveUp->isEnabled());
        QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
        QList<QUuid> order = moved(m_ids.mid(0, 6), { m_ids[3] }, m_ids[2]);
        QTRY_COMPARE(storedOrder(m_list), order);
        QTRY_COMPARE(shownOrder(), order);
        QTRY_VERIFY(table()->selectionModel()->isRowSelected(2, {}));
        QTest::keyClick(table(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(storedOrder(m_list), m_ids.mid(0, 6));
        QTRY_COMPARE(shownOrder(), m_ids.mid(0, 6));
        QTRY_VERIFY(table()->selectionModel()->isRowSelected(3, {}));
        QTest::keyClick(table(), Qt::Key_Home, Qt::AltModifier);
        order = moved(m_ids.mid(0, 6), { m_ids[3] }, m_ids[0]);
        QTRY_COMPARE(storedOrder(m_list), order);
        QTRY_COMPARE(shownOrder(), order);
        QTRY_VERIFY(table()->selectionModel()->isRowSelected(0, {}));
        QTest::keyClick(table(), Qt::Key_End, Qt::AltModifier);
        order = moved(order, { m_ids[3] }, {});
        QTRY_COMPARE(storedOrder(m_list), order);
        // The view follows once the write is done.
        QTRY_COMPARE(shownOrder(), order);

        // Delete takes items out of the list (not the library), at once and undoable.
        selectRows({ 0, 1 });
        QTest::keyClick(table(), Qt::Key_Delete);
        QList<QUuid> remaining = order;
        remaining.removeOne(order[0]);
        remaining.removeOne(order[1]);
        QTRY_COMPARE(storedOrder(m_list), remaining);
        QTRY_COMPARE(shownOrder(), remaining);
        MediaRepository media(m_db->database());
        QVERIFY(media.get(order[0]).ok());
        m_db->database().closeThreadConnection();
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(storedOrder(m_list), order);
        QTRY_COMPARE(shownOrder(), order);
    }

    void smartListsOpenAndFollowTracking()
    {
        InteractionRepository interactions(m_db->database());
        Interaction reading;
        reading.userId = m_owner.id;
        reading.mediaId = m_ids[8];
        reading.status = Status::InProgress;
        OMT_VERIFY_OK(interactions.put(reading));
        openWindow();
        showList(SidebarModel::Kind::SmartList, m_smart);
        QCOMPARE(shownOrder(), (QList<QUuid> { m_ids[8] }));
        QVERIFY(!m_window->actions()->moveUp->isEnabled());
        QVERIFY(!m_window->actions()->removeFromList->isEnabled());
        QVERIFY(m_window->actions()->listProperties->isEnabled());
        QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("itemCount"))->text(),
            QStringLiteral("1 matching item"));
        // Marking it completed (Ctrl+Shift+C) takes it out of "Now reading".
        selectRows({ 0 });
        m_window->actions()->markCompleted->trigger();
        QTRY_COMPARE(model()->rowCount(), 0);
        m_window->undoStack()->undo();
        QTRY_COMPARE(shownOrder(), (QList<QUuid> { m_ids[8] }));
    }

    void aNewSmartListIsSavedShownAndUndoable()
    {
        InteractionRepository interactions(m_db->database());
        for (int i : { 1, 5 }) {
            Interaction interaction;
            interaction.userId = m_owner.id;
            interaction.mediaId = m_ids[i];
            interaction.status = Status::Planned;
            OMT_VERIFY_OK(interactions.put(interaction));
        }
        m_db->database().closeThreadConnection();
        openWindow();
        m_window->actions()->newSmartList->trigger();
        ListDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ListDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Up next"));
        dialog->filterEditor()->setDocument(
            QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
                { QStringLiteral("op"), QStringLiteral("=") },
                { QStringLiteral("value"), QStringLiteral("planned") } });
        dialog->accept();
        // The new list is selected in the sidebar and shows its items.
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::SmartList);
        QTRY_VERIFY(!model()->isLoading());
        QTRY_COMPARE(shownOrder(), (QList<QUuid> { m_ids[1], m_ids[5] }));
        const QModelIndex entry = sidebar()->currentIndex();
        QCOMPARE(entry.data().toString(), QStringLiteral("Up next"));
        QCOMPARE(
            SidebarModel::Kind(entry.data(SidebarModel::KindRole).toInt()), SidebarModel::Kind::SmartList);
        m_window->undoStack()->undo();
        QTRY_VERIFY(!sidebarModel()
                         ->find(SidebarModel::Kind::SmartList, entry.data(SidebarModel::KeyRole))
                         .isValid());
    }

    void theListFilterTogglesWhatIsShown()
    {
        ListRepository lists(m_db->database());
        auto list = lists.get(m_list);
        OMT_VERIFY_OK(list);
        list->filterDefinition = QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
            { QStringLiteral("op"), QStringLiteral("in") },
            { QStringLiteral("value"), QJsonArray { QStringLiteral("Tome 1"), QStringLiteral("Tome 4") } } };
        OMT_VERIFY_OK(lists.update(*list));
        m_db->database().closeThreadConnection();
        openWindow();
        showList(SidebarModel::Kind::List, m_list);
        QAction *filter = m_window->actions()->applyListFilter;
        QTRY_VERIFY(filter->isEnabled());
        QVERIFY(filter->isChecked());
        QTRY_COMPARE(shownOrder(), (QList<QUuid> { m_ids[1], m_ids[4] }));
        filter->trigger();
        QTRY_COMPARE(shownOrder(), m_ids.mid(0, 6));
        filter->trigger();
        QTRY_COMPARE(shownOrder(), (QList<QUuid> { m_ids[1], m_ids[4] }));
    }

    void theDetailsPaneAddsTheItemToAList()
    {
        openWindow();
        QTRY_COMPARE(model()->rowCount(), 10);
        selectRows({ 8 });
        QPushButton *add = nullptr;
        QTRY_VERIFY((add = m_window->findChild<QPushButton *>(QStringLiteral("detailsAddToList")))
            && add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        QMenu *picker = nullptr;
        QTRY_VERIFY((picker = m_window->findChild<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
            && picker->isVisible());
        QAction *queue = nullptr;
        for (QAction *action : picker->actions()) {
            if (action->text() == QStringLiteral("Queue"))
                queue = action;
        }
        QVERIFY(queue);
        queue->trigger();
        picker->close();
        QList<QUuid> expected = m_ids.mid(0, 6);
        expected << m_ids[8];
        QTRY_COMPARE(storedOrder(m_list), expected);
        // The pane now names the list.
        auto listNames = [this] {
            QStringList texts;
            for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("detailsListNames")))
                texts.append(label->text());
            return texts.join(u'|');
        };
        QTRY_VERIFY2(listNames().contains(QStringLiteral("Queue")), qPrintable(listNames()));
    }

    void deletingTheShownListShowsTheLibraryAndUndoBringsItBack()
    {
        openWindow();
        showList(SidebarModel::Kind::List, m_list);
        deleteListConfirmed(m_list);
        QTRY_VERIFY(!sidebarModel()->find(SidebarModel::Kind::List, m_list).isValid());
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Catalogue);
        QTRY_COMPARE(model()->rowCount(), 10);
        m_window->undoStack()->undo();
        QTRY_VERIFY(sidebarModel()->find(SidebarModel::Kind::List, m_list).isValid());
        QCOMPARE(storedOrder(m_list), m_ids.mid(0, 6));
    }

    void aSearchStaysWhenTheSidebarFallsBackOnTheLibrary()
    {
        openWindow();
        showList(SidebarModel::Kind::List, m_list);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("tome"));
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Search);
        QTRY_COMPARE(model()->rowCount(), 10);
        // The list the search started from goes: the sidebar selects the
        // whole library again, which is not someone leaving the search.
        deleteListConfirmed(m_list);
        QTRY_VERIFY(!sidebarModel()->find(SidebarModel::Kind::List, m_list).isValid());
        QTRY_COMPARE(sidebar()->currentIndex(), sidebarModel()->allMediaIndex());
        QCOMPARE(search->text(), QStringLiteral("tome"));
        QCOMPARE(model()->source().kind, LibrarySource::Kind::Search);
        QCOMPARE(model()->rowCount(), 10);
        search->clear();
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Catalogue);
        QTRY_COMPARE(model()->rowCount(), 10);
    }
};

QTEST_MAIN(TestListWindow)
#include "tst_listwindow.moc"
