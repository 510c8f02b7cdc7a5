#include "LibraryWindow.h"

#include "CoverController.h"
#include "CoverGridDelegate.h"
#include "CoverGridView.h"
#include "CurrentItemController.h"
#include "EditController.h"
#include "EmptyLibraryPage.h"
#include "LibraryActions.h"
#include "LibraryTableView.h"
#include "ListController.h"
#include "NavigationController.h"
#include "SidebarView.h"
#include "ViewSelection.h"
#include "core/ErrorLog.h"
#include "core/TextKeys.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/LongJobRunner.h"
#include "models/SampleLibraryJob.h"
#include "models/SidebarModel.h"
#include "net/CoverLoader.h"
#include "ui/common/DropIndicatorStyle.h"
#include "ui/common/Icons.h"
#include "ui/common/JobProgressWidget.h"
#include "ui/common/StatusNotice.h"
#include "ui/common/UiLog.h"
#include "ui/details/DetailsPane.h"
#include "ui/importing/ImportController.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/tracking/TrackingPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
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

LibraryWindow::LibraryWindow(LibraryService &service, CoverLoader &covers, const User &user,
    const QString &libraryName, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_coverLoader(covers)
    , m_user(user)
{
    setWindowTitle(tr("%1 — OmniMediaTrak").arg(libraryName));
    m_model = new LibraryTableModel(service, this);
    m_model->setCoverLoader(&covers);
    m_sidebarModel = new SidebarModel(service, this);
    m_actions = new LibraryActions(this, &m_undo);
    buildUi();
    buildControllers();
    updateCoverSizes();
    connectActions();
    restoreSettings();
    applyProfile();
    connect(&service.profile(), &MemberProfile::changed, this, &LibraryWindow::applyProfile);
    // Long jobs (a sample library) run beside the storage worker; their
    // progress and Cancel sit in the status bar.
    m_jobs = new LongJobRunner(this);
    m_jobProgress = new JobProgressWidget(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    connect(m_jobProgress, &JobProgressWidget::cancelRequested, m_jobs, &LongJobRunner::cancel);
    connect(m_jobs, &LongJobRunner::progressChanged, m_jobProgress, &JobProgressWidget::setProgress);
    m_imports = new ImportController(this, m_service, *m_jobs, *m_jobProgress, this);
    connect(m_imports, &ImportController::message, this, &LibraryWindow::showMessage);
    connect(m_imports, &ImportController::failed, this, &LibraryWindow::showError);
    connect(m_actions->importMedia, &QAction::triggered, m_imports, &ImportController::openWizard);
    connect(m_emptyPage, &EmptyLibraryPage::importRequested, m_imports, &ImportController::openWizard);

    connect(m_model, &LibraryTableModel::loaded, this, [this] {
        updateCount();
        updateCentre();
        updateListActions();
        if (!m_selectAfterWrite.isNull() && selectItem(m_selectAfterWrite))
            m_selectAfterWrite = QUuid();
    });
    connect(m_model, &LibraryTableModel::loadingChanged, this, &LibraryWindow::setBusy);
    connect(m_model, &LibraryTableModel::errorOccurred, this, &LibraryWindow::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibraryWindow::updateCount);
    connect(m_sidebarModel, &SidebarModel::refreshed, this, &LibraryWindow::sidebarRefreshed);
    connect(m_sidebarModel, &SidebarModel::errorOccurred, this, &LibraryWindow::showError);
    connect(&service, &LibraryService::failed, this, &LibraryWindow::showError);
    connect(&service, &LibraryService::busyChanged, this, &LibraryWindow::setBusy);
    connect(&service.feed(), &ChangeFeed::changed, this, [this] {
        // A new item is selected once the view has placed it.
        if (!m_selectAfterWrite.isNull() && selectItem(m_selectAfterWrite))
            m_selectAfterWrite = QUuid();
    });

    m_sidebarModel->refresh();
    m_navigation->showSource();
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
    auto *central = new QWidget(this);
    m_banners = new QVBoxLayout(central);
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->setSpacing(0);
    m_banners->addWidget(m_splitter, 1);
    setCentralWidget(central);
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
    connect(selection, &QItemSelectionModel::selectionChanged, this, &LibraryWindow::updateSelectionState);
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
    return m_itemSplitter;
}

void LibraryWindow::buildStatusBar()
{
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("itemCount"));
    statusBar()->addWidget(m_count);
    m_notice = new StatusNotice(this);
    m_notice->setObjectName(QStringLiteral("statusNotice"));
    statusBar()->addWidget(m_notice, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Working…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
}

void LibraryWindow::buildControllers()
{
    m_selection = new ViewSelection(*m_model, *m_table->selectionModel(), this);
    connect(m_selection, &ViewSelection::failed, this, &LibraryWindow::showError);
    m_navigation = new NavigationController(NavigationController::Context { *m_model, *m_sidebarModel,
                                                *m_sidebar, *m_search, *m_actions->applyListFilter },
        this);
    m_lists = new ListController(ListController::Context { m_service, m_undo, *m_model, *m_sidebarModel,
                                     *m_actions, this, [this] { return m_selection->rows(); },
                                     [this](std::function<void(const QList<QUuid> &)> action) {
                                         m_selection->withIds(std::move(action));
                                     } },
        this);
    connect(m_lists, &ListController::listCreated, m_navigation, &NavigationController::showListWhenListed);
    connect(m_lists, &ListController::message, this, &LibraryWindow::showMessage);
    m_covers = new CoverController(
        CoverController::Context { m_coverLoader,
            UserCoverStore(m_coverLoader.settings().userCoverFolder, m_coverLoader.settings().limits), m_undo,
            m_service, *m_details, *m_actions, this },
        this);
    connect(m_covers, &CoverController::message, this, &LibraryWindow::showMessage);
    connect(m_covers, &CoverController::failed, this, [this](const QString &text) { showMessage(text); });
    m_current
        = new CurrentItemController(CurrentItemController::Context { m_service, *m_model,
                                        *m_table->selectionModel(), *m_details, *m_tracking, *m_covers },
            this);
    connect(m_current, &CurrentItemController::failed, this, &LibraryWindow::showError);
    m_editing = new EditController(EditController::Context { m_service, m_undo, *m_model, *m_sidebarModel,
                                       *m_selection, this, [this] { return m_current->currentId(); },
                                       [this]() -> std::optional<MediaType> {
                                           const QModelIndex entry = m_sidebar->currentIndex();
                                           if (SidebarModel::Kind(entry.data(SidebarModel::KindRole).toInt())
                                               != SidebarModel::Kind::Type)
                                               return std::nullopt;
                                           return MediaType(entry.data(SidebarModel::KeyRole).toInt());
                                       } },
        this);
    connect(m_editing, &EditController::itemAdded, this,
        [this](const QUuid &mediaId) { m_selectAfterWrite = mediaId; });
    connect(m_editing, &EditController::failed, this, &LibraryWindow::showError);

    connect(m_table, &LibraryTableView::activatedRow, m_editing, &EditController::editCurrentMedia);
    connect(m_grid, &CoverGridView::activatedRow, m_editing, &EditController::editCurrentMedia);
    connect(m_emptyPage, &EmptyLibraryPage::addRequested, m_editing, &EditController::addMedia);
    connect(m_emptyPage, &EmptyLibraryPage::sampleRequested, this, &LibraryWindow::createSampleLibrary);
    connect(m_tracking, &TrackingPanel::changeRequested, this,
        [this](const QUuid &mediaId, const InteractionPatch &patch) {
            m_editing->applyPatch({ mediaId }, patch, tr("Change Tracking"));
        });
    connect(m_details, &DetailsPane::relatedMediaActivated, this, [this](const QUuid &mediaId) {
        if (!selectItem(mediaId))
            m_current->show(mediaId);
    });
    connect(m_details, &DetailsPane::addToListRequested, this,
        [this](const QUuid &mediaId, const QPoint &at) { m_lists->showListPicker(at, { mediaId }); });
    connect(m_details, &DetailsPane::listActivated, this,
        [this](const QUuid &listId) { m_sidebar->selectEntry(int(SidebarModel::Kind::List), listId); });
    connect(m_details, &DetailsPane::externalLinkActivated, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void LibraryWindow::connectActions()
{
    LibraryActions *a = m_actions;
    connect(a->addMedia, &QAction::triggered, m_editing, &EditController::addMedia);
    connect(a->createSample, &QAction::triggered, this, &LibraryWindow::createSampleLibrary);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->preferences, &QAction::triggered, this, &LibraryWindow::openPreferences);
    connect(a->editMedia, &QAction::triggered, m_editing, &EditController::editCurrentMedia);
    connect(a->deleteMedia, &QAction::triggered, m_editing, &EditController::deleteSelection);
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
            m_editing->setStatusOfSelection(Status::Completed);
    });
    for (QAction *action : a->setStatus)
        connect(action, &QAction::triggered, this,
            [this, action] { m_editing->setStatusOfSelection(Status(action->data().toInt())); });
    for (QAction *action : a->rate)
        connect(action, &QAction::triggered, this,
            [this, action] { m_editing->rateSelection(action->data().toInt()); });
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
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About OmniMediaTrak"),
            tr("<h3>OmniMediaTrak %1</h3><p>Track everything you read, watch, play and listen to, "
               "in one library.</p>")
                .arg(QApplication::applicationVersion()));
    });
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
    ViewMode view = settings.value(QStringLiteral("library/view")).toString() == QLatin1String("grid")
        ? ViewMode::Grid
        : ViewMode::Table;
    // The member's profile may name the view every library opens in.
    switch (m_service.profile().settings().startView) {
    case StartView::LastUsed: break;
    case StartView::Table: view = ViewMode::Table; break;
    case StartView::Grid: view = ViewMode::Grid; break;
    }
    setViewMode(view);
}

void LibraryWindow::applyProfile()
{
    const MemberProfile &profile = m_service.profile();
    m_tracking->setRatingScale(profile.ratingScale());
    m_actions->setRatingScale(profile.ratingScale());
    m_details->setTitleLanguage(profile.settings().titleLanguage);
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

bool LibraryWindow::mayDiscardHeldChanges()
{
    // Typed notes waiting for a pause are saved (or held) first, and counted.
    m_tracking->commitPendingEdits();
    const int held = m_service.heldWriteCount();
    if (held == 0)
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Changes Not Saved"),
        tr("%n change(s) could not be saved yet: the server cannot be reached. They are saved as soon as it "
           "can, while this window stays open.",
            nullptr, held),
        QMessageBox::NoButton, this);
    question.setInformativeText(tr("Close the library anyway and lose them?"));
    QPushButton *keep = question.addButton(tr("&Keep Open"), QMessageBox::RejectRole);
    question.addButton(tr("&Close and Lose Them"), QMessageBox::DestructiveRole);
    question.setDefaultButton(keep);
    question.exec();
    return question.clickedButton() != keep;
}

void LibraryWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardHeldChanges()) {
        event->ignore();
        return;
    }
    prepareToClose();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void LibraryWindow::prepareToClose()
{
    // Typed notes waiting for a pause are saved before the window goes.
    m_tracking->commitPendingEdits();
    saveSettings();
    // A job still running is stopped (and undone); the runner waits for it
    // when the window is destroyed.
    m_jobs->cancel();
}

void LibraryWindow::addBanner(QWidget *banner)
{
    m_banners->insertWidget(m_banners->count() - 1, banner);
}

void LibraryWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    (mode == ViewMode::Grid ? m_actions->gridView : m_actions->tableView)->setChecked(true);
    updateCentre();
    QAbstractItemView *view = currentView();
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
    case LibrarySource::Kind::SmartList: text = tr("%n matching item(s)", nullptr, rows); break;
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

int LibraryWindow::selectedCount() const
{
    return m_selection->count();
}

void LibraryWindow::updateSelectionState()
{
    m_actions->updateForSelection(selectedCount(), m_centre->currentWidget() != m_emptyPage);
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

void LibraryWindow::sidebarRefreshed()
{
    updateCentre();
    updateCount();
    m_details->setUserLists(m_sidebarModel->lists());
    m_actions->createSample->setEnabled(m_sidebarModel->totalCount() == 0);
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
    return m_selection->selectItem(mediaId, { m_table, m_grid });
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
            m_selection->withIds([this, id](const QList<QUuid> &ids) { m_lists->addToList(id, ids); });
        });
    }
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
                showMessage(outcome.summary);
            else if (outcome.kind == JobOutcome::Kind::Canceled)
                showMessage(tr("No sample library was made."));
            else
                showError(outcome.error);
            // Whatever the outcome, the library may have changed while it ran
            // (a canceled run took back what it wrote): everyone starts over.
            LibraryChange change;
            change.origin = LibraryChange::Origin::Import;
            change.everything = true;
            m_service.feed().publish(change);
        },
        Qt::SingleShotConnection);
    m_jobs->start(SampleLibraryJob::create(m_service.storage(), sampleLibrarySpec()));
}

void LibraryWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_coverLoader, m_service.profile(), !m_actions->isReadOnly(), this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LibraryWindow::showMessage(const QString &text)
{
    m_notice->showMessage(text, StatusMessageMs);
}

void LibraryWindow::showError(const Error &error)
{
    logError(lcUi(), error, "the library window");
    m_notice->showError(error);
}

} // namespace omt
