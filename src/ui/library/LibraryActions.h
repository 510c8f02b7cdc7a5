#pragma once

#include "core/Enums.h"
#include "core/ProfileSettings.h"

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

    /// File → Open Library…, Connect to Server…, Open Recent and Sign Out:
    /// what the application (ui/app/LibrarySwitcher) does with them.
    QAction *openLibrary = nullptr;
    QAction *connectToServer = nullptr;
    QMenu *recentMenu = nullptr;
    QAction *signOut = nullptr;
    /// File → Set Up Server…: the wizard doing `server init`.
    QAction *setUpServer = nullptr;
    /// On a household server: the signed-in member's account, and the
    /// household's members for administrators.
    QAction *account = nullptr;
    QAction *members = nullptr;
    QAction *addMedia = nullptr;
    QAction *importMedia = nullptr;
    QAction *createSample = nullptr;
    /// File → Check Library…: runs LibraryCheck (see LibraryCheckController).
    QAction *checkLibrary = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *editMedia = nullptr;
    QAction *deleteMedia = nullptr;
    QAction *setCoverFromFile = nullptr;
    QAction *pasteCover = nullptr;
    QAction *removeCover = nullptr;
    QAction *selectAll = nullptr;
    QAction *find = nullptr;
    QAction *preferences = nullptr;
    QAction *tableView = nullptr;
    QAction *gridView = nullptr;
    QAction *showSidebar = nullptr;
    QAction *showDetails = nullptr;
    QAction *incrementProgress = nullptr;
    QAction *markCompleted = nullptr;
    QAction *about = nullptr;

    // Lists (the List menu).
    QAction *newList = nullptr;
    QAction *newSmartList = nullptr;
    QAction *listProperties = nullptr;
    QAction *deleteList = nullptr;
    /// Opens a picker of lists for the selected items.
    QAction *addToListPicker = nullptr;
    QAction *removeFromList = nullptr;
    QAction *moveUp = nullptr;
    QAction *moveDown = nullptr;
    QAction *moveToTop = nullptr;
    QAction *moveToBottom = nullptr;
    /// Checkable: the list's view refinement hides the items it does not match.
    QAction *applyListFilter = nullptr;
    /// One per status, in enum order (data: the status as int).
    QList<QAction *> setStatus;
    /// Clear the rating, then 1 to 5 stars (data: the rating 0..10).
    QList<QAction *> rate;

    QMenu *statusMenu = nullptr;
    QMenu *rateMenu = nullptr;
    QMenu *coverMenu = nullptr;
    /// Filled with the user's manual lists when it opens (see LibraryWindow).
    QMenu *addToListMenu = nullptr;

    /// Disables, for good, every action that would change the library (a
    /// read-only library): later updateFor…() calls cannot enable them.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Names the Rate menu's entries on the member's scale ("2 Stars", "4/10").
    void setRatingScale(RatingScale scale);

    /// The menu for a right click on items.
    void fillItemContextMenu(QMenu *menu) const;
    /// Enables what applies to a selection of `count` items.
    void updateForSelection(int count, bool libraryShown);
    /// Enables the list actions for what the view shows: a manual list
    /// (`manualList`), a smart list, or neither; `canReorder` when its rows
    /// may be moved. In a manual list Delete takes items out of the list and
    /// Shift+Delete deletes them from the library.
    void updateForList(bool manualList, bool smartList, bool hasRefinement, int selectedCount);

private:
    QAction *make(const QString &text, const QString &icon = {});
    void buildMenus(QMainWindow *window);

    QMainWindow *m_window;
    /// Every action that writes; disabled as a group when read-only, which
    /// keeps each of them disabled whatever enables it later.
    QActionGroup *m_writes = nullptr;
    bool m_readOnly = false;
};

} // namespace omt
