#include "LibraryActions.h"

#include "ui/common/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace omt {

LibraryActions::LibraryActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
{
    openLibrary = make(tr("&Open Library…"));
    openLibrary->setShortcut(QKeySequence::Open);
    connectToServer = make(tr("Co&nnect to Server…"));
    connectToServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    setUpServer = make(tr("Set &Up Server…"));
    setUpServer->setToolTip(tr("Make a PostgreSQL database the household's server (as its superuser)"));
    signOut = make(tr("Sign O&ut"));
    signOut->setToolTip(tr("Sign out of the household server and open the library on this computer"));
    signOut->setVisible(false);
    account = make(tr("Acc&ount…"));
    account->setToolTip(tr("Your account on the household server: password and signed-in devices"));
    account->setVisible(false);
    members = make(tr("&Members…"));
    members->setToolTip(tr("Add, disable and manage the household's members"));
    members->setVisible(false);
    addMedia = make(tr("&Add Media…"), QStringLiteral("add"));
    addMedia->setShortcut(QKeySequence::New);
    importMedia = make(tr("&Import…"), QStringLiteral("import"));
    importMedia->setToolTip(
        tr("Bring in your history from another tracker’s export (Goodreads, StoryGraph, IMDb)."));
    createSample = make(tr("Create &Sample Library"), QStringLiteral("sample-library"));
    checkLibrary = make(tr("&Check Library…"));
    checkLibrary->setToolTip(tr("Check the library file for damage"));
    quit = make(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    editMedia = make(tr("&Edit Media…"), QStringLiteral("edit"));
    editMedia->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2) });
    deleteMedia = make(tr("&Delete"), QStringLiteral("delete"));
    deleteMedia->setShortcut(QKeySequence::Delete);
    setCoverFromFile = make(tr("Set Co&ver from File…"), QStringLiteral("image"));
    pasteCover = make(tr("&Paste Cover"));
    pasteCover->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteCover->setToolTip(tr("Use the picture, image file or web address on the clipboard as the cover"));
    removeCover = make(tr("Remo&ve Cover"));
    selectAll = make(tr("Select &All"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    find = make(tr("&Find"), QStringLiteral("search"));
    find->setShortcut(QKeySequence::Find);
    preferences = make(tr("&Preferences…"));
    // Ctrl+, everywhere: X11 desktops have no standard binding for it.
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    auto *views = new QActionGroup(this);
    tableView = make(tr("As &Table"), QStringLiteral("view-table"));
    tableView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    gridView = make(tr("As &Cover Grid"), QStringLiteral("view-grid"));
    gridView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *view : { tableView, gridView }) {
        view->setCheckable(true);
        views->addAction(view);
    }
    tableView->setChecked(true);
    showSidebar = make(tr("Show &Sidebar"), QStringLiteral("sidebar"));
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    showDetails = make(tr("Show &Details"), QStringLiteral("details"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    incrementProgress = make(tr("&Increment Progress"), QStringLiteral("increment"));
    incrementProgress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    markCompleted = make(tr("Mark &Completed"), QStringLiteral("complete"));
    markCompleted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    const QList<Status> statuses = allValues<Status>();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QAction *action = make(displayName(statuses.at(i)));
        action->setData(int(statuses.at(i)));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + int(i))));
        setStatus.append(action);
    }
    QAction *clear = make(tr("&No Rating"));
    clear->setData(0);
    clear->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    rate.append(clear);
    for (int stars = 1; stars <= 5; ++stars) {
        QAction *action = make(QString(), QStringLiteral("star"));
        action->setData(stars * 2);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + stars)));
        rate.append(action);
    }
    setRatingScale(RatingScale::FiveStars);
    newList = make(tr("&New List…"), QStringLiteral("list"));
    newList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newSmartList = make(tr("New &Smart List…"), QStringLiteral("smart-list"));
    newSmartList->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    listProperties = make(tr("List &Properties…"));
    deleteList = make(tr("&Delete List…"));
    addToListPicker = make(tr("Add to &List…"), QStringLiteral("list"));
    addToListPicker->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    removeFromList = make(tr("&Remove from List"));
    moveUp = make(tr("Move &Up"));
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveDown = make(tr("Move Do&wn"));
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    moveToTop = make(tr("Move to &Top"));
    moveToTop->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    moveToBottom = make(tr("Move to &Bottom"));
    moveToBottom->setShortcut(QKeySequence(Qt::ALT | Qt::Key_End));
    applyListFilter = make(tr("Apply List &Filter"), QStringLiteral("filter"));
    applyListFilter->setCheckable(true);
    applyListFilter->setChecked(true);
    applyListFilter->setToolTip(tr("Show only the items of this list that match its filter"));
    updateForList(false, false, false, 0);

    about = make(tr("&About OmniMediaTrak"));
    about->setMenuRole(QAction::AboutRole);
    buildMenus(window);
}

QAction *LibraryActions::make(const QString &text, const QString &icon)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(actionIcon(icon));
    // Shortcuts work wherever focus is in the window, also with the menu bar hidden.
    m_window->addAction(action);
    return action;
}

void LibraryActions::setRatingScale(RatingScale scale)
{
    // rate[0] clears; rate[i] gives i stars, 2i on the stored scale.
    for (int stars = 1; stars < rate.size(); ++stars)
        rate.at(stars)->setText(scale == RatingScale::FiveStars ? tr("%n Star(s)", nullptr, stars)
                                                                : RatingScales::text(stars * 2, scale));
}

void LibraryActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({ openLibrary, connectToServer });
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addActions({ account, members, signOut });
    file->addSeparator();
    file->addAction(setUpServer);
    file->addSeparator();
    file->addActions({ addMedia, importMedia, createSample });
    file->addSeparator();
    file->addAction(checkLibrary);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({ undo, redo });
    edit->addSeparator();
    edit->addActions({ editMedia, deleteMedia });
    edit->addSeparator();
    coverMenu = edit->addMenu(actionIcon(QStringLiteral("image")), tr("Co&ver"));
    coverMenu->addActions({ setCoverFromFile, pasteCover, removeCover });
    edit->addSeparator();
    edit->addActions({ selectAll, find });
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({ tableView, gridView });
    view->addSeparator();
    view->addActions({ showSidebar, showDetails });

    QMenu *track = bar->addMenu(tr("&Track"));
    statusMenu = track->addMenu(tr("Set &Status"));
    statusMenu->addActions(setStatus);
    rateMenu = track->addMenu(actionIcon(QStringLiteral("star")), tr("&Rate"));
    rateMenu->addAction(rate.first());
    rateMenu->addSeparator();
    rateMenu->addActions(rate.mid(1));
    track->addSeparator();
    track->addActions({ incrementProgress, markCompleted });
    track->addSeparator();
    addToListMenu = track->addMenu(actionIcon(QStringLiteral("list")), tr("Add to &List"));

    QMenu *lists = bar->addMenu(tr("&List"));
    lists->addActions({ newList, newSmartList });
    lists->addSeparator();
    lists->addActions({ listProperties, deleteList });
    lists->addSeparator();
    lists->addActions({ addToListPicker, removeFromList });
    lists->addSeparator();
    lists->addActions({ moveUp, moveDown, moveToTop, moveToBottom });
    lists->addSeparator();
    lists->addAction(applyListFilter);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
}

void LibraryActions::setReadOnly(bool readOnly)
{
    if (!m_writes) {
        m_writes = new QActionGroup(this);
        m_writes->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
        for (QAction *action : { addMedia, importMedia, createSample, editMedia, deleteMedia,
                 setCoverFromFile, pasteCover, removeCover, incrementProgress, markCompleted, newList,
                 newSmartList, listProperties, deleteList, addToListPicker, removeFromList, moveUp, moveDown,
                 moveToTop, moveToBottom, statusMenu->menuAction(), rateMenu->menuAction(),
                 coverMenu->menuAction(), addToListMenu->menuAction() })
            m_writes->addAction(action);
        for (QAction *action : setStatus + rate)
            m_writes->addAction(action);
    }
    m_readOnly = readOnly;
    m_writes->setEnabled(!readOnly);
}

void LibraryActions::fillItemContextMenu(QMenu *menu) const
{
    menu->addActions({ editMedia, deleteMedia });
    menu->addMenu(coverMenu);
    menu->addSeparator();
    menu->addMenu(statusMenu);
    menu->addMenu(rateMenu);
    menu->addActions({ incrementProgress, markCompleted });
    menu->addSeparator();
    menu->addMenu(addToListMenu);
    if (removeFromList->isEnabled()) {
        menu->addAction(removeFromList);
        menu->addSeparator();
        menu->addActions({ moveUp, moveDown, moveToTop, moveToBottom });
    }
}

void LibraryActions::updateForList(bool manualList, bool smartList, bool hasRefinement, int selectedCount)
{
    listProperties->setEnabled(manualList || smartList);
    deleteList->setEnabled(manualList || smartList);
    removeFromList->setEnabled(manualList && selectedCount > 0);
    for (QAction *move : { moveUp, moveDown, moveToTop, moveToBottom })
        move->setEnabled(manualList && selectedCount > 0);
    applyListFilter->setEnabled(manualList && hasRefinement);
    // Delete means "out of this list" where items are a list's entries, as
    // in music players; deleting from the library then takes Shift.
    removeFromList->setShortcut(manualList ? QKeySequence(QKeySequence::Delete) : QKeySequence());
    deleteMedia->setShortcut(
        manualList ? QKeySequence(Qt::SHIFT | Qt::Key_Delete) : QKeySequence(QKeySequence::Delete));
}

void LibraryActions::updateForSelection(int count, bool libraryShown)
{
    editMedia->setEnabled(count == 1);
    coverMenu->setEnabled(count == 1);
    deleteMedia->setEnabled(count > 0);
    incrementProgress->setEnabled(count == 1);
    markCompleted->setEnabled(count > 0);
    statusMenu->setEnabled(count > 0);
    rateMenu->setEnabled(count > 0);
    addToListMenu->setEnabled(count > 0);
    selectAll->setEnabled(libraryShown);
}

} // namespace omt
