#include "ListController.h"

#include "LibraryActions.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/ListCommands.h"
#include "models/SidebarModel.h"
#include "ui/lists/ListDialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>

namespace omt {

ListController::ListController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    LibraryActions &a = m_context.actions;
    connect(a.newList, &QAction::triggered, this, [this] { newList(ListType::Manual); });
    connect(a.newSmartList, &QAction::triggered, this, [this] { newList(ListType::Smart); });
    connect(a.listProperties, &QAction::triggered, this, [this] { editList(shownListId()); });
    connect(a.deleteList, &QAction::triggered, this, [this] { deleteList(shownListId()); });
    connect(a.removeFromList, &QAction::triggered, this, &ListController::removeSelection);
    connect(a.moveUp, &QAction::triggered, this, [this] { moveSelection(Move::Up); });
    connect(a.moveDown, &QAction::triggered, this, [this] { moveSelection(Move::Down); });
    connect(a.moveToTop, &QAction::triggered, this, [this] { moveSelection(Move::ToTop); });
    connect(a.moveToBottom, &QAction::triggered, this, [this] { moveSelection(Move::ToBottom); });
    connect(&m_context.model, &LibraryTableModel::moveRequested, this, &ListController::moveItems);
    connect(&m_context.sidebar, &SidebarModel::itemsDropped, this, &ListController::addToList);
    connect(&m_context.sidebar, &SidebarModel::renameRequested, this,
        [this](const QUuid &listId, const QString &name) {
            const std::optional<MediaList> before = m_context.sidebar.list(listId);
            if (!before)
                return;
            MediaList after = *before;
            after.name = name;
            // The rule is not touched by a rename; an empty one is not written.
            m_context.undo.push(new EditListCommand(m_context.service, *before, {}, after, {},
                tr("Rename “%1” to “%2”").arg(before->name, name)));
        });
}

QUuid ListController::shownListId() const
{
    const LibrarySource &source = m_context.model.source();
    return source.isOrderedList() ? source.listId : QUuid();
}

QString ListController::listName(const QUuid &listId) const
{
    const std::optional<MediaList> list = m_context.sidebar.list(listId);
    return list ? list->name : QString();
}

QList<QUuid> ListController::selectedIds() const
{
    QList<QUuid> ids;
    for (int row : m_context.selectedRows()) {
        const QUuid id = m_context.model.mediaIdAt(row);
        if (!id.isNull())
            ids.append(id);
    }
    return ids;
}

void ListController::newList(ListType type, bool withSelection)
{
    auto *dialog = new ListDialog(m_context.service, type, m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClassPaths(m_context.sidebar.classPaths());
    dialog->setLists(m_context.sidebar.lists());
    MediaList list;
    list.ownerId = m_context.service.userId();
    list.type = type;
    dialog->setList(list);
    connect(dialog, &QDialog::accepted, this, [this, dialog, withSelection] {
        MediaList created = dialog->list();
        created.ownerId = m_context.service.userId();
        auto *command = new CreateListCommand(m_context.service, created, dialog->smartFilter());
        const QUuid listId = command->listId();
        const QString name = created.name;
        m_context.undo.push(command);
        if (withSelection && created.type == ListType::Manual)
            m_context.withSelection([this, listId, name](const QList<QUuid> &ids) {
                m_context.undo.push(
                    new AddToListCommand(m_context.service, listId, ids, tr("Add to “%1”").arg(name)));
            });
        Q_EMIT listCreated(listId);
    });
    dialog->open();
}

void ListController::editList(const QUuid &listId)
{
    const std::optional<MediaList> list = m_context.sidebar.list(listId);
    if (!list)
        return;
    // A smart list's rule is read first (one short statement).
    m_context.service.smartListRule(listId, this, [this, before = *list](Result<QJsonObject> rule) {
        if (!rule) {
            Q_EMIT message(rule.error().message);
            return;
        }
        auto *dialog = new ListDialog(m_context.service, before.type, m_context.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setClassPaths(m_context.sidebar.classPaths());
        dialog->setLists(m_context.sidebar.lists());
        dialog->setList(before, *rule);
        const QJsonObject ruleBefore = *rule;
        connect(dialog, &QDialog::accepted, this, [this, dialog, before, ruleBefore] {
            MediaList after = dialog->list();
            after.id = before.id;
            after.ownerId = before.ownerId;
            after.type = before.type;
            const QJsonObject ruleAfter = dialog->smartFilter();
            if (after == before && ruleAfter == ruleBefore)
                return;
            m_context.undo.push(new EditListCommand(
                m_context.service, before, ruleBefore, after, ruleAfter, tr("Edit “%1”").arg(after.name)));
        });
        dialog->open();
    });
}

void ListController::deleteList(const QUuid &listId)
{
    const std::optional<MediaList> list = m_context.sidebar.list(listId);
    if (!list)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete List"),
        tr("Delete the list “%1”?").arg(list->name), QMessageBox::Cancel, m_context.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(list->type == ListType::Smart
            ? tr("The items stay in your library. You can undo this.")
            : tr("Its items stay in your library; only the list and its order go. You can undo this."));
    QPushButton *remove = box->addButton(tr("Delete List"), QMessageBox::DestructiveRole);
    box->setDefaultButton(remove);
    connect(box, &QMessageBox::finished, this, [this, box, remove, listId, name = list->name] {
        if (box->clickedButton() != remove)
            return;
        m_context.undo.push(new DeleteListCommand(m_context.service, listId, tr("Delete “%1”").arg(name)));
        Q_EMIT message(tr("Deleted the list “%1”.").arg(name));
    });
    box->open();
}

void ListController::addToList(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    if (mediaIds.isEmpty())
        return;
    const QString name = listName(listId);
    m_context.undo.push(
        new AddToListCommand(m_context.service, listId, mediaIds, tr("Add to “%1”").arg(name)));
    Q_EMIT message(tr("Added %n item(s) to “%1”.", nullptr, int(mediaIds.size())).arg(name));
}

void ListController::showListPicker(const QPoint &globalPosition, const QList<QUuid> &mediaIds)
{
    auto *menu = new QMenu(m_context.window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Add to List"));
    const QList<MediaList> lists = m_context.sidebar.manualLists();
    for (const MediaList &list : lists) {
        QAction *action = menu->addAction(list.name);
        connect(action, &QAction::triggered, this, [this, id = list.id, mediaIds] {
            if (!mediaIds.isEmpty())
                addToList(id, mediaIds);
            else
                m_context.withSelection([this, id](const QList<QUuid> &ids) { addToList(id, ids); });
        });
    }
    if (!lists.isEmpty())
        menu->addSeparator();
    connect(menu->addAction(tr("New List with Selection…")), &QAction::triggered, this,
        [this] { newList(ListType::Manual, true); });
    // The first list is active, so Return adds at once and arrows choose.
    if (!lists.isEmpty())
        menu->setActiveAction(menu->actions().constFirst());
    menu->popup(globalPosition);
}

void ListController::removeSelection()
{
    const QUuid listId = shownListId();
    if (listId.isNull() || !m_context.model.isReorderable())
        return;
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString name = listName(listId);
    m_context.undo.push(new RemoveFromListCommand(m_context.service, listId, ids,
        tr("Remove %n item(s) from “%1”", nullptr, int(ids.size())).arg(name)));
}

void ListController::moveSelection(Move move)
{
    if (!m_context.model.isReorderable())
        return;
    const QList<int> rows = m_context.selectedRows();
    if (rows.isEmpty())
        return;
    const QList<QUuid> ids = selectedIds();
    LibraryTableModel &model = m_context.model;
    QUuid anchor;
    switch (move) {
    case Move::Up:
        if (rows.first() == 0 && rows.last() == rows.size() - 1)
            return; // already a block at the top
        anchor = model.moveAnchor(ids, qMax(0, rows.first() - 1));
        break;
    case Move::Down: {
        if (rows.last() >= model.rowCount() - 1 && rows.first() == model.rowCount() - rows.size())
            return; // already a block at the bottom
        // In front of the item after the next unselected one.
        const QUuid next = model.moveAnchor(ids, rows.last() + 1);
        const std::optional<int> nextRow = next.isNull() ? std::nullopt : model.rowOf(next);
        anchor = nextRow ? model.moveAnchor(ids, *nextRow + 1) : QUuid();
        break;
    }
    case Move::ToTop: anchor = model.moveAnchor(ids, 0); break;
    case Move::ToBottom: anchor = {}; break;
    }
    moveItems(ids, anchor);
}

void ListController::moveItems(const QList<QUuid> &mediaIds, const QUuid &beforeMediaId)
{
    const QUuid listId = shownListId();
    if (listId.isNull() || mediaIds.isEmpty())
        return;
    m_context.undo.push(new MoveInListCommand(m_context.service, listId, mediaIds, beforeMediaId,
        tr("Move %n item(s) in “%1”", nullptr, int(mediaIds.size())).arg(listName(listId))));
}

} // namespace omt
