#pragma once

#include "core/Enums.h"

#include <QObject>
#include <QUuid>

#include <functional>

class QPoint;
class QUndoStack;
class QWidget;

namespace omt {

class LibraryActions;
class LibraryService;
class LibraryTableModel;
class SidebarModel;

/// Everything the window does with lists: creating, editing and deleting
/// them, adding the selection (menu, picker, drops on the sidebar), taking
/// items out and reordering them (drops in the view, Alt+arrows). Each
/// change is one undo command.
class ListController : public QObject
{
    Q_OBJECT

public:
    /// What the window lends the controller.
    struct Context
    {
        LibraryService &service;
        QUndoStack &undo;
        LibraryTableModel &model;
        SidebarModel &sidebar;
        LibraryActions &actions;
        QWidget *window;
        /// The selected rows of the view, in row order.
        std::function<QList<int>()> selectedRows;
        /// Runs the function with the ids of every selected item (reading
        /// those not loaded first).
        std::function<void(std::function<void(const QList<QUuid> &)>)> withSelection;
    };

    explicit ListController(Context context, QObject *parent = nullptr);

    /// Opens the dialog for a new list; on OK the list is created (with the
    /// selected items, when `withSelection`).
    void newList(ListType type, bool withSelection = false);
    /// Opens the properties of a list (name, description, visibility, rule
    /// or view refinement).
    void editList(const QUuid &listId);
    /// Asks, then deletes the list (undoable).
    void deleteList(const QUuid &listId);
    void addToList(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// A menu of the manual lists (and "New List…") at the position, for
    /// the given items, or the selection when none are given.
    void showListPicker(const QPoint &globalPosition, const QList<QUuid> &mediaIds = {});
    /// Takes the selected items out of the manual list shown.
    void removeSelection();

    enum class Move { Up, Down, ToTop, ToBottom };
    /// Moves the selected items of the manual list shown as a block.
    void moveSelection(Move move);
    /// Moves items of the manual list shown in front of another (null: to the end).
    void moveItems(const QList<QUuid> &mediaIds, const QUuid &beforeMediaId);

Q_SIGNALS:
    /// A list was created: the window shows it once the sidebar has it.
    void listCreated(const QUuid &listId);
    /// A short confirmation for the status bar.
    void message(const QString &text);

private:
    QList<QUuid> selectedIds() const;
    QUuid shownListId() const;
    QString listName(const QUuid &listId) const;

    Context m_context;
};

} // namespace omt
