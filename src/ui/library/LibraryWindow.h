#pragma once

#include "core/MediaRecord.h"
#include "core/User.h"
#include "models/LibrarySource.h"

#include <QMainWindow>
#include <QUndoStack>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QAbstractItemView;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace omt {

class AsyncStorage;
class CoverController;
class CoverGridView;
class CoverLoader;
class DetailsPane;
class EmptyLibraryPage;
class JobProgressWidget;
class LibraryActions;
class LibraryEditor;
class LibraryTableModel;
class LibraryTableView;
class LongJobRunner;
class ListController;
class SidebarModel;
class SidebarView;
class TrackingPanel;
struct WriteEffects;

/// The library window: sidebar, the library as a table or a cover grid,
/// search as you type, the current item's details and tracking, and every
/// action on items with undo. It builds the widgets, connects them and
/// delegates: data comes through the models, writes through LibraryEditor.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ViewMode { Table, Grid };

    LibraryWindow(AsyncStorage &storage, CoverLoader &covers, const User &user, const QString &libraryName,
        QWidget *parent = nullptr);
    ~LibraryWindow() override;

    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildCentre();
    QWidget *buildItemPane();
    void buildToolBar();
    void buildStatusBar();
    void connectActions();
    void restoreSettings();
    void saveSettings() const;

    LibrarySource sidebarSource() const;
    void showSource();
    void searchTextChanged(const QString &text);
    void sidebarSelectionChanged();
    void updateCentre();
    void updateCount();
    void setBusy(bool busy);

    void currentRowChanged();
    /// Tells the model the sizes covers are painted at on this screen.
    void updateCoverSizes();
    void loadCurrentItem(const QUuid &mediaId);
    void showItemContextMenu(const QPoint &globalPosition);
    void showSidebarContextMenu(const QPoint &position);
    void sidebarRefreshed();
    void updateListActions();
    QList<int> selectedRows() const;
    void fillAddToListMenu();

    void addMedia();
    void editCurrentMedia();
    void openEditDialog(const std::optional<MediaRecord> &before);
    void deleteSelection();
    void confirmDeletion(const QList<QUuid> &ids);
    /// Runs `action` with the ids of every selected row, reading those not
    /// loaded from the database first (a selection of the whole library).
    void withSelection(std::function<void(const QList<QUuid> &)> action);
    void updateSelectionState();
    void applyPatch(const QList<QUuid> &ids, const InteractionPatch &patch, const QString &text);
    void setStatusOfSelection(Status status);
    void rateSelection(int rating);
    void createSampleLibrary();
    void writeFinished(const WriteEffects &effects);
    void showError(const QString &message);
    void openPreferences();

    AsyncStorage &m_storage;
    CoverLoader &m_coverLoader;
    User m_user;
    QUndoStack m_undo;
    LibraryTableModel *m_model = nullptr;
    SidebarModel *m_sidebarModel = nullptr;
    LibraryEditor *m_editor = nullptr;
    LibraryActions *m_actions = nullptr;
    ListController *m_lists = nullptr;
    CoverController *m_covers = nullptr;
    /// Runs long jobs (a sample library) beside the storage worker.
    LongJobRunner *m_jobs = nullptr;
    JobProgressWidget *m_jobProgress = nullptr;
    bool m_watchingScreen = false;

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
    QProgressBar *m_busy = nullptr;

    ViewMode m_viewMode = ViewMode::Table;
    int m_busyCount = 0;
    QUuid m_currentId;
    quint64 m_itemGeneration = 0;
    /// A new item to select once the view has placed it.
    QUuid m_selectAfterWrite;
    /// The sidebar entry shown (kind, key), kept across rebuilds of the sidebar.
    std::pair<int, QVariant> m_sidebarEntry { -1, {} };
    /// A new list to show once the sidebar has it.
    QUuid m_showListAfterRefresh;
};

} // namespace omt
