#include "LibraryWindow.h"

#include "CoverController.h"
#include "CoverGridDelegate.h"
#include "CoverGridView.h"
#include "EmptyLibraryPage.h"
#include "LibraryActions.h"
#include "LibraryTableView.h"
#include "ListController.h"
#include "SidebarView.h"
#include "core/TextKeys.h"
#include "models/LibraryCommands.h"
#include "models/LibraryEditor.h"
#include "models/LibraryTableModel.h"
#include "models/LongJobRunner.h"
#include "models/ModelRoles.h"
#include "models/SampleLibraryJob.h"
#include "models/SidebarModel.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "ui/common/DropIndicatorStyle.h"
#include "ui/common/Icons.h"
#include "ui/common/JobProgressWidget.h"
#include "ui/details/DetailsPane.h"
#include "ui/edit/MediaEditDialog.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/tracking/TrackingPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

namespace omt {

namespace {
constexpr int SearchSuggestionLimit = 20;
constexpr int StatusMessageMs = 8000;

GeneratorSpec sampleLibrarySpec()
{
    GeneratorSpec spec;
    spec.media = 2000;
    spec.interactions = 700;
    spec.users = 1;
    spec.lists = 4;
    spec.seed = 2026;
    return spec;
}
} // namespace

LibraryWindow::LibraryWindow(
    AsyncStorage &storage, CoverLoader &covers, const User &user, const QString &libraryName, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
    , m_coverLoader(covers)
    , m_user(user)
{
    setWindowTitle(tr("%1 — OmniMediaTrak").arg(libraryName));
    m_model = new LibraryTableModel(storage, user.id, this);
    m_model->setCoverLoader(&covers);
    m_sidebarModel = new SidebarModel(storage, user.id, this);
    m_editor = new LibraryEditor(storage, user.id, *m_model, this);
    m_actions = new LibraryActions(this, &m_undo);
    buildUi();
    m_lists = new ListController(
        ListController::Context { storage, user.id, m_undo, *m_editor, *m_model, *m_sidebarModel, *m_actions,
            this, [this] { return selectedRows(); },
            [this](std::function<void(const QList<QUuid> &)> action) { withSelection(std::move(action)); } },
        this);
    m_covers
        = new CoverController(CoverController::Context { covers,
                                  UserCoverStore(covers.settings().userCoverFolder, covers.settings().limits),
                                  m_undo, *m_editor, *m_details, *m_actions, this },
            this);
    connect(m_covers, &CoverController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_covers, &CoverController::failed, this, &LibraryWindow::showError);
    updateCoverSizes();
    connectActions();
    restoreSettings();
    // Long jobs (a sample library) run beside the storage worker; their
    // progress and Cancel sit in the status bar.
    m_jobs = new LongJobRunner(this);
    m_jobProgress = new JobProgressWidget(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    connect(m_jobProgress, &JobProgressWidget::cancelRequested, m_jobs, &LongJobRunner::cancel);
    connect(m_jobs, &LongJobRunner::progressChanged, m_jobProgress, &JobProgressWidget::setProgress);

    connect(m_model, &LibraryTableModel::loaded, this, [this] {
        updateCount();
        updateCentre();
        if (!m_selectAfterWrite.isNull() && selectItem(m_selectAfterWrite))
            m_selectAfterWrite = QUuid();
    });
    connect(m_model, &LibraryTableModel::loadingChanged, this, &LibraryWindow::setBusy);
    connect(m_model, &LibraryTableModel::errorOccurred, this, &LibraryWindow::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibraryWindow::updateCount);
    connect(m_sidebarModel, &SidebarModel::refreshed, this, &LibraryWindow::sidebarRefreshed);
    connect(m_model, &LibraryTableModel::loaded, this, &LibraryWindow::updateListActions);
    connect(m_lists, &ListController::listCreated, this,
        [this](const QUuid &listId) { m_showListAfterRefresh = listId; });
    connect(m_lists, &ListController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_sidebarModel, &SidebarModel::errorOccurred, this, &LibraryWindow::showError);
    connect(m_editor, &LibraryEditor::written, this, &LibraryWindow::writeFinished);
    connect(m_editor, &LibraryEditor::failed, this, &LibraryWindow::showError);
    connect(m_editor, &LibraryEditor::busyChanged, this, &LibraryWindow::setBusy);

    m_sidebarModel->refresh();
    showSource();
}

LibraryWindow::~LibraryWindow() = default;

void LibraryWindow::buildUi()
{
    buildToolBar();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new SidebarView(m_splitter);
    m_sidebar->setSidebarModel(m_sidebarModel);
    m_sidebar->setMinimumWidth(160);
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    DropIndicatorStyle::install(m_sidebar);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, &LibraryWindow::showSidebarContextMenu);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(buildCentre());
    m_splitter->addWidget(buildItemPane());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 210, 760, 330 });
    setCentralWidget(m_splitter);
    buildStatusBar();
    resize(1280, 800);
}

void LibraryWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->addMedia);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addActions({ m_actions->editMedia, m_actions->deleteMedia });
    toolBar->addSeparator();
    toolBar->addActions({ m_actions->undo, m_actions->redo });
    toolBar->addSeparator();
    toolBar->addActions({ m_actions->tableView, m_actions->gridView });
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, creators, descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(420);
    // A paste longer than a search looks at would only be cut off later.
    m_search->setMaxLength(TextKeys::MaxSearchTextLength);
    m_search->setToolTip(tr("Search the whole library (%1); Esc clears")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    toolBar->addWidget(m_search);
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryWindow::searchTextChanged);
}

QWidget *LibraryWindow::buildCentre()
{
    m_centre = new QStackedWidget(this);
    m_emptyPage = new EmptyLibraryPage(m_centre);
    m_table = new LibraryTableView(m_centre);
    m_table->setModel(m_model);
    m_grid = new CoverGridView(m_centre);
    m_grid->setModel(m_model);
    m_grid->setModelColumn(LibraryTableModel::Title);
    // One selection for both views: switching keeps the selected items.
    QItemSelectionModel *selection = m_table->selectionModel();
    QItemSelectionModel *gridSelection = m_grid->selectionModel();
    m_grid->setSelectionModel(selection);
    delete gridSelection;
    m_centre->addWidget(m_emptyPage);
    m_centre->addWidget(m_table);
    m_centre->addWidget(m_grid);
    m_centre->setCurrentWidget(m_table);
    for (QAbstractItemView *view :
        { static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_grid) }) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        // Items drag onto lists in the sidebar, and within a manual list to
        // reorder it (the model accepts drops only there).
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        DropIndicatorStyle::install(view);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
            showItemContextMenu(view->viewport()->mapToGlobal(position));
        });
    }
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &LibraryWindow::currentRowChanged);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &LibraryWindow::updateSelectionState);
    connect(m_table, &LibraryTableView::activatedRow, this, &LibraryWindow::editCurrentMedia);
    connect(m_grid, &CoverGridView::activatedRow, this, &LibraryWindow::editCurrentMedia);
    connect(m_emptyPage, &EmptyLibraryPage::addRequested, this, &LibraryWindow::addMedia);
    connect(m_emptyPage, &EmptyLibraryPage::sampleRequested, this, &LibraryWindow::createSampleLibrary);
    return m_centre;
}

QWidget *LibraryWindow::buildItemPane()
{
    m_itemSplitter = new QSplitter(Qt::Vertical, this);
    m_itemSplitter->setChildrenCollapsible(false);
    m_tracking = new TrackingPanel(m_itemSplitter);
    m_details = new DetailsPane(m_itemSplitter);
    m_itemSplitter->addWidget(m_tracking);
    m_itemSplitter->addWidget(m_details);
    m_itemSplitter->setStretchFactor(0, 0);
    m_itemSplitter->setStretchFactor(1, 1);
    m_itemSplitter->setMinimumWidth(280);
    m_itemSplitter->setSizes({ 300, 500 });
    m_tracking->setItem(Media {}, std::nullopt);
    m_details->clear();
    connect(m_tracking, &TrackingPanel::changeRequested, this,
        [this](const QUuid &mediaId, const InteractionPatch &patch) {
            applyPatch({ mediaId }, patch, tr("Change Tracking"));
        });
    connect(m_details, &DetailsPane::relatedMediaActivated, this, [this](const QUuid &mediaId) {
        if (!selectItem(mediaId))
            loadCurrentItem(mediaId);
    });
    connect(m_details, &DetailsPane::addToListRequested, this,
        [this](const QUuid &mediaId, const QPoint &at) { m_lists->showListPicker(at, { mediaId }); });
    connect(m_details, &DetailsPane::listActivated, this,
        [this](const QUuid &listId) { m_sidebar->selectEntry(int(SidebarModel::Kind::List), listId); });
    connect(m_details, &DetailsPane::externalLinkActivated, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
    return m_itemSplitter;
}

void LibraryWindow::buildStatusBar()
{
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("itemCount"));
    statusBar()->addWidget(m_count, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Working…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
}

void LibraryWindow::connectActions()
{
    LibraryActions *a = m_actions;
    connect(a->addMedia, &QAction::triggered, this, &LibraryWindow::addMedia);
    connect(a->createSample, &QAction::triggered, this, &LibraryWindow::createSampleLibrary);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->preferences, &QAction::triggered, this, &LibraryWindow::openPreferences);
    connect(a->editMedia, &QAction::triggered, this, &LibraryWindow::editCurrentMedia);
    connect(a->deleteMedia, &QAction::triggered, this, &LibraryWindow::deleteSelection);
    connect(a->selectAll, &QAction::triggered, this, [this] {
        if (m_centre->currentWidget() != m_emptyPage)
            m_table->selectAll();
    });
    connect(a->find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(a->tableView, &QAction::triggered, this, [this] { setViewMode(ViewMode::Table); });
    connect(a->gridView, &QAction::triggered, this, [this] { setViewMode(ViewMode::Grid); });
    connect(a->showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(a->showDetails, &QAction::toggled, m_itemSplitter, &QWidget::setVisible);
    connect(a->incrementProgress, &QAction::triggered, m_tracking->incrementAction(), &QAction::trigger);
    connect(a->markCompleted, &QAction::triggered, this, [this] {
        if (selectedCount() <= 1 && !m_tracking->mediaId().isNull())
            m_tracking->completeAction()->trigger();
        else
            setStatusOfSelection(Status::Completed);
    });
    for (QAction *action : a->setStatus)
        connect(action, &QAction::triggered, this,
            [this, action] { setStatusOfSelection(Status(action->data().toInt())); });
    for (QAction *action : a->rate)
        connect(action, &QAction::triggered, this, [this, action] { rateSelection(action->data().toInt()); });
    connect(a->addToListMenu, &QMenu::aboutToShow, this, &LibraryWindow::fillAddToListMenu);
    connect(a->addToListPicker, &QAction::triggered, this, [this] {
        QAbstractItemView *view = currentView();
        const QModelIndex current = view->currentIndex();
        const QRect rect = current.isValid() ? view->visualRect(current) : QRect();
        const QPoint at = rect.isValid() && view->viewport()->rect().intersects(rect)
            ? view->viewport()->mapToGlobal(rect.bottomLeft())
            : view->viewport()->mapToGlobal(view->viewport()->rect().center());
        m_lists->showListPicker(at);
    });
    connect(a->applyListFilter, &QAction::toggled, this, [this] { showSource(); });
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About OmniMediaTrak"),
            tr("<h3>OmniMediaTrak %1</h3><p>Track everything you read, watch, play and listen to, "
               "in one library.</p>")
                .arg(QApplication::applicationVersion()));
    });
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &LibraryWindow::sidebarSelectionChanged);
    a->updateForSelection(0, true);
}

void LibraryWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_itemSplitter->restoreState(settings.value(QStringLiteral("window/itemSplitter")).toByteArray());
    m_table->restoreHeaderState(settings.value(QStringLiteral("library/header")).toByteArray());
    // The library opens in the order it was last sorted by.
    if (m_table->sortColumn() != LibraryTableModel::Title || m_table->sortOrder() != Qt::AscendingOrder)
        m_model->sort(m_table->sortColumn(), m_table->sortOrder());
    m_actions->showSidebar->setChecked(settings.value(QStringLiteral("window/sidebar"), true).toBool());
    m_actions->showDetails->setChecked(settings.value(QStringLiteral("window/details"), true).toBool());
    setViewMode(settings.value(QStringLiteral("library/view")).toString() == QLatin1String("grid")
            ? ViewMode::Grid
            : ViewMode::Table);
}

void LibraryWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/itemSplitter"), m_itemSplitter->saveState());
    settings.setValue(QStringLiteral("window/sidebar"), m_actions->showSidebar->isChecked());
    settings.setValue(QStringLiteral("window/details"), m_actions->showDetails->isChecked());
    settings.setValue(QStringLiteral("library/header"), m_table->saveHeaderState());
    settings.setValue(QStringLiteral("library/view"),
        m_viewMode == ViewMode::Grid ? QStringLiteral("grid") : QStringLiteral("table"));
}

void LibraryWindow::closeEvent(QCloseEvent *event)
{
    // Typed notes waiting for a pause are saved before the window goes.
    m_tracking->commitPendingEdits();
    saveSettings();
    // A job still running is stopped (and undone); the runner waits for it
    // when the window is destroyed.
    m_jobs->cancel();
    QMainWindow::closeEvent(event);
}

void LibraryWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    (mode == ViewMode::Grid ? m_actions->gridView : m_actions->tableView)->setChecked(true);
    updateCentre();
    QAbstractItemView *view = mode == ViewMode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_table;
    if (view->currentIndex().isValid())
        view->scrollTo(view->currentIndex());
}

void LibraryWindow::updateCentre()
{
    const bool empty = m_sidebarModel->totalCount() == 0
        && m_model->source().kind == LibrarySource::Kind::Catalogue && m_model->rowCount() == 0;
    QWidget *page = empty              ? static_cast<QWidget *>(m_emptyPage)
        : m_viewMode == ViewMode::Grid ? static_cast<QWidget *>(m_grid)
                                       : static_cast<QWidget *>(m_table);
    if (m_centre->currentWidget() == page)
        return;
    const bool hadFocus = m_centre->currentWidget() && m_centre->currentWidget()->hasFocus();
    m_centre->setCurrentWidget(page);
    if (hadFocus)
        page->setFocus();
    updateSelectionState();
}

LibrarySource LibraryWindow::sidebarSource() const
{
    // The order last asked for, even if it is still loading.
    MediaQuery query = m_model->requestedSource().query;
    query.type.reset();
    query.classSubtree.clear();
    const QModelIndex current = m_sidebar->currentIndex();
    const auto kind = SidebarModel::Kind(current.data(SidebarModel::KindRole).toInt());
    const QVariant key = current.data(SidebarModel::KeyRole);
    if (!current.isValid())
        return LibrarySource::catalogue(query);
    switch (kind) {
    case SidebarModel::Kind::Type: query.type = MediaType(key.toInt()); break;
    case SidebarModel::Kind::Class: query.classSubtree = key.toString(); break;
    case SidebarModel::Kind::List:
        return LibrarySource::list(key.toUuid(), m_actions->applyListFilter->isChecked());
    case SidebarModel::Kind::SmartList: return LibrarySource::smartList(key.toUuid());
    case SidebarModel::Kind::Section:
    case SidebarModel::Kind::AllMedia: break;
    }
    return LibrarySource::catalogue(query);
}

void LibraryWindow::showSource()
{
    const QString text = m_search->text().trimmed();
    m_model->setSource(text.isEmpty() ? sidebarSource() : LibrarySource::search(text));
}

void LibraryWindow::searchTextChanged(const QString &)
{
    // No delay: a search takes a few milliseconds and a newer one overtakes
    // an older one still queued (see LibraryTableModel::setSource).
    showSource();
}

void LibraryWindow::sidebarSelectionChanged()
{
    const QModelIndex current = m_sidebar->currentIndex();
    if (current.isValid())
        m_sidebarEntry
            = { current.data(SidebarModel::KindRole).toInt(), current.data(SidebarModel::KeyRole) };
    if (!m_search->text().isEmpty()) {
        // Choosing a part of the library leaves the search.
        QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    showSource();
}

void LibraryWindow::updateCount()
{
    const int rows = m_model->rowCount();
    const LibrarySource &source = m_model->source();
    QString text;
    switch (source.kind) {
    case LibrarySource::Kind::Search:
        text = rows >= LibraryTableModel::SearchLimit
            ? tr("First %1 results for “%2”").arg(QLocale().toString(rows), source.searchText)
            : tr("%n result(s) for “%1”", nullptr, rows).arg(source.searchText);
        break;
    case LibrarySource::Kind::List:
        text = source.refined && m_model->listHasRefinement()
            ? tr("%n matching item(s) in this list", nullptr, rows)
            : tr("%n item(s) in this list", nullptr, rows);
        break;
    case LibrarySource::Kind::SmartList:
        text = m_model->matchedCount() > rows
            ? tr("First %1 of %2 matching items")
                  .arg(QLocale().toString(rows), QLocale().toString(m_model->matchedCount()))
            : tr("%n matching item(s)", nullptr, rows);
        break;
    case LibrarySource::Kind::Catalogue:
        text = rows == 0 && m_sidebarModel->totalCount() == 0 ? tr("The library is empty")
                                                              : tr("%n item(s)", nullptr, rows);
        break;
    }
    // %n does not group digits; large numbers read better grouped.
    text.replace(QString::number(rows), QLocale().toString(rows));
    if (const int selected = selectedCount(); selected > 1)
        text = tr("%1 — %2 selected").arg(text, QLocale().toString(selected));
    m_count->setText(text);
}

void LibraryWindow::setBusy(bool busy)
{
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    m_busy->setVisible(m_busyCount > 0);
}

namespace {
/// The selected rows as (first, last) ranges in row order, without listing
/// every row (a selection can be the whole library).
QList<std::pair<int, int>> selectedRanges(const QItemSelectionModel *selection)
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection->selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    // Ranges of one row selection can overlap when cells were selected column by column.
    QList<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}
} // namespace

int LibraryWindow::selectedCount() const
{
    int count = 0;
    for (const auto &[first, last] : selectedRanges(m_table->selectionModel()))
        count += last - first + 1;
    return count;
}

void LibraryWindow::withSelection(std::function<void(const QList<QUuid> &)> action)
{
    const QList<std::pair<int, int>> ranges = selectedRanges(m_table->selectionModel());
    if (ranges.isEmpty())
        return;
    m_model->idsOfRows(ranges, this, [this, action = std::move(action)](Result<QList<QUuid>> ids) {
        if (!ids) {
            showError(ids.error().message);
            return;
        }
        if (!ids->isEmpty())
            action(*ids);
    });
}

void LibraryWindow::updateSelectionState()
{
    const int count = selectedCount();
    m_actions->updateForSelection(count, m_centre->currentWidget() != m_emptyPage);
    updateListActions();
    updateCount();
}

void LibraryWindow::updateListActions()
{
    const LibrarySource &source = m_model->source();
    m_actions->updateForList(source.kind == LibrarySource::Kind::List,
        source.kind == LibrarySource::Kind::SmartList, m_model->listHasRefinement(), selectedCount());
}

QAbstractItemView *LibraryWindow::currentView() const
{
    return m_viewMode == ViewMode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_table;
}

QList<int> LibraryWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LibraryWindow::sidebarRefreshed()
{
    updateCentre();
    m_details->setUserLists(m_sidebarModel->lists());
    m_actions->createSample->setEnabled(m_sidebarModel->totalCount() == 0);
    // A new list is shown once it is there; otherwise the entry shown stays
    // selected across rebuilds (a list added or renamed), or, when it is gone
    // (a deleted list), the whole library is shown.
    if (!m_showListAfterRefresh.isNull()
        && m_sidebar->selectEntry(int(SidebarModel::Kind::List), m_showListAfterRefresh))
        m_showListAfterRefresh = QUuid();
    else if (!m_showListAfterRefresh.isNull()
        && m_sidebar->selectEntry(int(SidebarModel::Kind::SmartList), m_showListAfterRefresh))
        m_showListAfterRefresh = QUuid();
    if (!m_sidebar->currentIndex().isValid()) {
        if (m_sidebarEntry.first < 0 || !m_sidebar->selectEntry(m_sidebarEntry.first, m_sidebarEntry.second))
            m_sidebar->setCurrentIndex(m_sidebarModel->allMediaIndex());
    }
}

void LibraryWindow::showSidebarContextMenu(const QPoint &position)
{
    const QModelIndex index = m_sidebar->indexAt(position);
    const auto kind = SidebarModel::Kind(index.data(SidebarModel::KindRole).toInt());
    QMenu menu(this);
    if (index.isValid() && (kind == SidebarModel::Kind::List || kind == SidebarModel::Kind::SmartList)) {
        const QUuid listId = index.data(SidebarModel::KeyRole).toUuid();
        connect(menu.addAction(tr("&Rename")), &QAction::triggered, this,
            [this, index] { m_sidebar->edit(index); });
        connect(menu.addAction(tr("&Properties…")), &QAction::triggered, this,
            [this, listId] { m_lists->editList(listId); });
        connect(menu.addAction(actionIcon(QStringLiteral("delete")), tr("&Delete List…")),
            &QAction::triggered, this, [this, listId] { m_lists->deleteList(listId); });
        menu.addSeparator();
    }
    menu.addActions({ m_actions->newList, m_actions->newSmartList });
    menu.exec(m_sidebar->viewport()->mapToGlobal(position));
}

bool LibraryWindow::selectItem(const QUuid &mediaId)
{
    const std::optional<int> row = m_model->rowOf(mediaId);
    if (!row)
        return false;
    const QModelIndex index = m_model->index(*row, LibraryTableModel::Title);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_grid->scrollTo(index);
    return true;
}

void LibraryWindow::updateCoverSizes()
{
    m_model->setCoverSizes(m_table->thumbnailSize(), CoverGridDelegate::coverSize(), devicePixelRatioF());
}

void LibraryWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Moving the window to a screen of another density changes the pixels
    // covers are decoded for.
    if (QWindow *window = windowHandle(); window && !m_watchingScreen) {
        m_watchingScreen = true;
        connect(window, &QWindow::screenChanged, this, &LibraryWindow::updateCoverSizes);
        updateCoverSizes();
    }
}

void LibraryWindow::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QUuid id = current.isValid() ? m_model->mediaIdAt(current.row()) : QUuid();
    if (id == m_currentId)
        return;
    if (id.isNull()) {
        m_currentId = QUuid();
        ++m_itemGeneration;
        m_tracking->setItem(Media {}, std::nullopt);
        m_details->clear();
        m_covers->setRecord(std::nullopt);
        return;
    }
    loadCurrentItem(id);
}

void LibraryWindow::loadCurrentItem(const QUuid &mediaId)
{
    m_currentId = mediaId;
    const quint64 generation = ++m_itemGeneration;
    const QUuid userId = m_user.id;
    using Loaded = std::pair<MediaRecord, std::optional<Interaction>>;
    m_storage.run(
        [mediaId, userId](Repositories &r) -> Result<Loaded> {
            auto record = r.records.load(mediaId);
            if (!record)
                return record.error();
            auto interaction = r.interactions.get(userId, mediaId);
            if (!interaction)
                return interaction.error();
            return Loaded { std::move(*record), std::move(*interaction) };
        },
        this,
        [this, generation](Result<Loaded> loaded) {
            if (generation != m_itemGeneration)
                return;
            if (!loaded) {
                showError(loaded.error().message);
                return;
            }
            m_details->setRecord(loaded->first);
            m_covers->setRecord(loaded->first);
            m_tracking->setItem(loaded->first.media, loaded->second);
        });
}

void LibraryWindow::showItemContextMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    m_actions->fillItemContextMenu(&menu);
    menu.exec(globalPosition);
}

void LibraryWindow::fillAddToListMenu()
{
    QMenu *menu = m_actions->addToListMenu;
    menu->clear();
    const QList<MediaList> lists = m_sidebarModel->manualLists();
    if (lists.isEmpty()) {
        menu->addAction(tr("No lists yet"))->setEnabled(false);
        return;
    }
    for (const MediaList &list : lists) {
        QAction *action = menu->addAction(list.name);
        connect(action, &QAction::triggered, this, [this, id = list.id] {
            withSelection([this, id](const QList<QUuid> &ids) { m_lists->addToList(id, ids); });
        });
    }
}

void LibraryWindow::addMedia()
{
    openEditDialog(std::nullopt);
}

void LibraryWindow::editCurrentMedia()
{
    const QUuid id = m_currentId;
    if (id.isNull() || selectedCount() > 1)
        return;
    m_storage.run([id](Repositories &r) { return r.records.load(id); }, this,
        [this](Result<MediaRecord> record) {
            if (!record) {
                showError(record.error().message);
                return;
            }
            openEditDialog(*record);
        });
}

void LibraryWindow::openEditDialog(const std::optional<MediaRecord> &before)
{
    MediaEditContext context;
    context.classPaths = m_sidebarModel->classPaths();
    context.searchMedia = [this](const QString &typed, MediaEditContext::Deliver deliver) {
        m_storage.run([typed](Repositories &r) { return r.media.search(typed, SearchSuggestionLimit); }, this,
            [deliver](
                Result<QList<MediaSummary>> found) { deliver(found ? *found : QList<MediaSummary> {}); });
    };
    MediaRecord record;
    if (before)
        record = *before;
    else if (const QVariant type = m_sidebar->currentIndex().data(SidebarModel::KeyRole);
             SidebarModel::Kind(m_sidebar->currentIndex().data(SidebarModel::KindRole).toInt())
             == SidebarModel::Kind::Type)
        record.media.type = MediaType(type.toInt());
    auto *dialog = new MediaEditDialog(record, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        auto *command = new SaveMediaCommand(*m_editor, before, dialog->record());
        if (!before)
            m_selectAfterWrite = command->mediaId();
        m_undo.push(command);
    });
    dialog->open();
}

void LibraryWindow::deleteSelection()
{
    withSelection([this](const QList<QUuid> &ids) { confirmDeletion(ids); });
}

void LibraryWindow::confirmDeletion(const QList<QUuid> &ids)
{
    QString title;
    if (ids.size() == 1) {
        if (const std::optional<int> row = m_model->rowOf(ids.first()))
            title = m_model->rowAt(*row)->media.title;
    }
    const QString question = ids.size() == 1 ? tr("Delete “%1”?").arg(title)
                                             : tr("Delete %1 items?").arg(QLocale().toString(ids.size()));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, this);
    box->setInformativeText(tr("Tracking, ratings, links and list entries go with it. You can undo this."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids, title] {
        if (box->clickedButton() != remove)
            return;
        const QString text = ids.size() == 1 ? tr("Delete “%1”").arg(title)
                                             : tr("Delete %1 Items").arg(QLocale().toString(ids.size()));
        m_undo.push(new RemoveMediaCommand(*m_editor, ids, text));
    });
    box->open();
}

void LibraryWindow::applyPatch(const QList<QUuid> &ids, const InteractionPatch &patch, const QString &text)
{
    if (!ids.isEmpty())
        m_undo.push(new InteractionCommand(*m_editor, ids, patch, text));
}

void LibraryWindow::setStatusOfSelection(Status status)
{
    InteractionPatch patch;
    patch.status = status;
    withSelection([this, patch, status](const QList<QUuid> &ids) {
        applyPatch(ids, patch, tr("Set Status to %1").arg(displayName(status)));
    });
}

void LibraryWindow::rateSelection(int rating)
{
    InteractionPatch patch;
    patch.rating = rating > 0 ? std::optional<int>(rating) : std::nullopt;
    withSelection([this, patch, rating](const QList<QUuid> &ids) {
        applyPatch(ids, patch, rating > 0 ? tr("Rate") : tr("Clear Rating"));
    });
}

void LibraryWindow::createSampleLibrary()
{
    if (m_jobs->isRunning())
        return;
    m_emptyPage->sampleButton()->setEnabled(false);
    m_jobProgress->start(tr("Creating a sample library"));
    connect(
        m_jobs, &LongJobRunner::finished, this,
        [this](const JobOutcome &outcome) {
            m_jobProgress->finish();
            m_emptyPage->sampleButton()->setEnabled(true);
            if (outcome.kind == JobOutcome::Kind::Finished)
                statusBar()->showMessage(outcome.summary, StatusMessageMs);
            else if (outcome.kind == JobOutcome::Kind::Canceled)
                statusBar()->showMessage(tr("No sample library was made."), StatusMessageMs);
            else
                showError(outcome.error.message);
            // Whatever the outcome: the library may have changed while it ran.
            m_sidebarModel->refresh();
            m_model->reload();
        },
        Qt::SingleShotConnection);
    m_jobs->start(SampleLibraryJob::create(m_storage, sampleLibrarySpec()));
}

void LibraryWindow::writeFinished(const WriteEffects &effects)
{
    // A new rule or refinement: the list shown is read again.
    if (effects.listDefinitionChanged && m_model->source().isOrderedList())
        m_model->reload();
    if (effects.catalogueChanged || effects.listsChanged)
        m_sidebarModel->refresh();
    for (const MediaRecord &record : effects.savedRecords) {
        if (record.media.id == m_currentId) {
            m_details->setRecord(record);
            m_covers->setRecord(record);
        }
    }
    for (const Interaction &interaction : effects.interactions) {
        if (interaction.mediaId == m_tracking->mediaId())
            m_tracking->setInteraction(interaction);
    }
    if (effects.untracked.contains(m_tracking->mediaId()))
        m_tracking->setInteraction(std::nullopt);
    if (!m_selectAfterWrite.isNull() && selectItem(m_selectAfterWrite))
        m_selectAfterWrite = QUuid();
    // The current item may have been deleted (or brought back).
    currentRowChanged();
    // Its lists may have changed.
    if (effects.listsChanged && !m_currentId.isNull())
        loadCurrentItem(m_currentId);
}

void LibraryWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_coverLoader, this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LibraryWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
}

} // namespace omt
