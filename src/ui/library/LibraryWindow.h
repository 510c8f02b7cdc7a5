#pragma once

#include "core/Error.h"
#include "core/User.h"

#include <QMainWindow>
#include <QUndoStack>

class QLabel;
class QLineEdit;
class QAbstractItemView;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace omt {

class CoverController;
class CoverGridView;
class CoverLoader;
class CurrentItemController;
class DetailsPane;
class EditController;
class EmptyLibraryPage;
class ImportController;
class JobProgressWidget;
class LibraryActions;
class LibraryService;
class LibraryTableModel;
class LibraryTableView;
class LongJobRunner;
class ListController;
class NavigationController;
class SidebarModel;
class SidebarView;
class StatusNotice;
class TrackingPanel;
class ViewSelection;

/// The library window: sidebar, the library as a table or a cover grid,
/// search as you type, the current item's details and tracking, and every
/// action on items with undo. It builds the widgets and wires them to the
/// models and to controllers that each do one part: navigation (what the view
/// shows), the current item, editing items, lists and covers. Data comes
/// through the models, every write through LibraryService, and every change
/// back through its change feed.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ViewMode { Table, Grid };

    LibraryWindow(LibraryService &service, CoverLoader &covers, const User &user, const QString &libraryName,
        QWidget *parent = nullptr);
    ~LibraryWindow() override;

    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    LibraryService &service() const { return m_service; }
    LibraryTableModel *libraryModel() const { return m_model; }
    QUndoStack *undoStack() { return &m_undo; }
    LibraryActions *actions() const { return m_actions; }
    ListController *lists() const { return m_lists; }
    CoverController *covers() const { return m_covers; }
    SidebarView *sidebar() const { return m_sidebar; }
    QAbstractItemView *currentView() const;
    /// How many rows are selected (loaded or not).
    int selectedCount() const;
    /// Selects the item's row when it is loaded; returns whether it was.
    bool selectItem(const QUuid &mediaId);
    /// Shows an error in the status bar, its technical detail one click
    /// away (and logs it).
    void showError(const Error &error);
    /// Messages and errors in the status bar.
    StatusNotice *statusNotice() const { return m_notice; }
    /// Whether the library may be closed although edits wait for the server
    /// (asks when there are any); false keeps it open.
    bool mayDiscardHeldChanges();
    /// What closing the window does before it goes, for a window replaced by
    /// another library's: pending notes saved, layout kept, a job stopped.
    void prepareToClose();
    /// Puts `banner` across the top of the window, above the library (a
    /// lost connection); the banner shows and hides itself.
    void addBanner(QWidget *banner);

Q_SIGNALS:
    /// The person closed the window (it is hidden, not destroyed).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildCentre();
    QWidget *buildItemPane();
    void buildToolBar();
    void buildStatusBar();
    void buildControllers();
    void connectActions();
    void restoreSettings();
    /// Follows the member's profile settings: the rating scale, the title language.
    void applyProfile();
    void saveSettings() const;

    void updateCentre();
    void updateCount();
    void setBusy(bool busy);
    void updateSelectionState();
    void updateListActions();
    void sidebarRefreshed();
    /// Tells the model the sizes covers are painted at on this screen.
    void updateCoverSizes();
    void showItemContextMenu(const QPoint &globalPosition);
    void showSidebarContextMenu(const QPoint &position);
    void fillAddToListMenu();
    void createSampleLibrary();
    void showMessage(const QString &text);
    void openPreferences();

    LibraryService &m_service;
    CoverLoader &m_coverLoader;
    User m_user;
    QUndoStack m_undo;
    LibraryTableModel *m_model = nullptr;
    SidebarModel *m_sidebarModel = nullptr;
    LibraryActions *m_actions = nullptr;
    ViewSelection *m_selection = nullptr;
    NavigationController *m_navigation = nullptr;
    CurrentItemController *m_current = nullptr;
    EditController *m_editing = nullptr;
    ListController *m_lists = nullptr;
    CoverController *m_covers = nullptr;
    /// Runs long jobs (a sample library, an import) beside the storage worker.
    LongJobRunner *m_jobs = nullptr;
    ImportController *m_imports = nullptr;
    JobProgressWidget *m_jobProgress = nullptr;
    bool m_watchingScreen = false;

    QVBoxLayout *m_banners = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_itemSplitter = nullptr;
    SidebarView *m_sidebar = nullptr;
    QStackedWidget *m_centre = nullptr;
    EmptyLibraryPage *m_emptyPage = nullptr;
    LibraryTableView *m_table = nullptr;
    CoverGridView *m_grid = nullptr;
    QLineEdit *m_search = nullptr;
    DetailsPane *m_details = nullptr;
    TrackingPanel *m_tracking = nullptr;
    QLabel *m_count = nullptr;
    StatusNotice *m_notice = nullptr;
    QProgressBar *m_busy = nullptr;

    ViewMode m_viewMode = ViewMode::Table;
    int m_busyCount = 0;
    /// A new item to select once the view has placed it.
    QUuid m_selectAfterWrite;
};

} // namespace omt
