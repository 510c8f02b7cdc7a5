#pragma once

#include "core/Enums.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMainWindow;
class QUndoStack;

namespace omt {

/// Every action of the library window with its text, icon and shortcut,
/// and the menus built from them. The window connects them.
class LibraryActions : public QObject
{
    Q_OBJECT

public:
    LibraryActions(QMainWindow *window, QUndoStack *undoStack);

    QAction *addMedia = nullptr;
    QAction *importMedia = nullptr;
    QAction *createSample = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *editMedia = nullptr;
    QAction *deleteMedia = nullptr;
    QAction *selectAll = nullptr;
    QAction *find = nullptr;
    QAction *tableView = nullptr;
    QAction *gridView = nullptr;
    QAction *showSidebar = nullptr;
    QAction *showDetails = nullptr;
    QAction *incrementProgress = nullptr;
    QAction *markCompleted = nullptr;
    QAction *about = nullptr;
    /// One per status, in enum order (data: the status as int).
    QList<QAction *> setStatus;
    /// Clear the rating, then 1 to 5 stars (data: the rating 0..10).
    QList<QAction *> rate;

    QMenu *statusMenu = nullptr;
    QMenu *rateMenu = nullptr;
    /// Filled with the user's manual lists when it opens (see LibraryWindow).
    QMenu *addToListMenu = nullptr;

    /// The menu for a right click on items.
    void fillItemContextMenu(QMenu *menu) const;
    /// Enables what applies to a selection of `count` items.
    void updateForSelection(int count, bool libraryShown);

private:
    QAction *make(const QString &text, const QString &icon = {});
    void buildMenus(QMainWindow *window);

    QMainWindow *m_window;
};

} // namespace omt
