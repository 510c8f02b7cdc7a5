#include "LibraryTableView.h"

#include "CellTextDelegate.h"
#include "ItemDrag.h"
#include "RatingDelegate.h"
#include "models/LibraryTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace omt {

LibraryTableView::LibraryTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerItem);
    setSortingEnabled(false);
    setTabKeyNavigation(false);

    // Fixed row heights: the view never asks 100,000 rows for their size.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);
    setIconSize(thumbnailSize());

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &LibraryTableView::showHeaderMenu);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
        &LibraryTableView::keepSortIndicatorOnSortableColumns);
    setItemDelegate(new CellTextDelegate(this));
    setItemDelegateForColumn(LibraryTableModel::Rating, new RatingDelegate(this));
    connect(this, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activatedRow(index.row()); });
}

void LibraryTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyDefaultColumns();
    if (auto *library = qobject_cast<LibraryTableModel *>(model))
        connect(library, &LibraryTableModel::loaded, this, &LibraryTableView::showSortIndicatorOfSource);
}

void LibraryTableView::showSortIndicatorOfSource()
{
    auto *library = qobject_cast<LibraryTableModel *>(model());
    QHeaderView *columns = horizontalHeader();
    QSignalBlocker blocker(columns);
    switch (library->source().kind) {
    case LibrarySource::Kind::Catalogue: columns->setSortIndicator(m_sortColumn, m_sortOrder); break;
    case LibrarySource::Kind::Search:
    case LibrarySource::Kind::List:
    case LibrarySource::Kind::SmartList:
        // Search results come by relevance (until a header is clicked),
        // lists in their own order and smart lists in their rule's.
        columns->setSortIndicator(-1, Qt::AscendingOrder);
        break;
    }
}

void LibraryTableView::applyDefaultColumns()
{
    QHeaderView *columns = horizontalHeader();
    const int em = fontMetrics().averageCharWidth();
    const struct
    {
        int column;
        int chars;
        bool hidden;
    } defaults[] = {
        { LibraryTableModel::Title, 30, false },
        { LibraryTableModel::Type, 12, false },
        { LibraryTableModel::Year, 6, false },
        { LibraryTableModel::Creators, 18, false },
        { LibraryTableModel::Status, 10, false },
        { LibraryTableModel::Progress, 11, false },
        { LibraryTableModel::Rating, 11, false },
        { LibraryTableModel::Class, 22, true },
        { LibraryTableModel::Country, 8, true },
        { LibraryTableModel::Added, 12, true },
    };
    m_fitting = true;
    for (const auto &column : defaults) {
        columns->resizeSection(column.column, column.chars * em + 16);
        columns->setSectionHidden(column.column, column.hidden);
    }
    m_fitting = false;
    m_fitTitle = true;
    fitTitleToWidth();
    columns->setSortIndicator(m_sortColumn, m_sortOrder);
}

QByteArray LibraryTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

void LibraryTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *columns = horizontalHeader();
    columns->restoreState(state);
    m_fitTitle = false;
    // The title column is what identifies a row; it never stays hidden.
    columns->setSectionHidden(LibraryTableModel::Title, false);
    // A layout saved during a search has no indicator; the library order is the title then.
    const int column = columns->sortIndicatorSection();
    m_sortColumn = LibraryTableModel::isSortable(column) ? column : int(LibraryTableModel::Title);
    m_sortOrder = LibraryTableModel::isSortable(column) ? columns->sortIndicatorOrder() : Qt::AscendingOrder;
    QSignalBlocker blocker(columns);
    columns->setSortIndicator(m_sortColumn, m_sortOrder);
}

void LibraryTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_fitTitle)
        fitTitleToWidth();
}

void LibraryTableView::fitTitleToWidth()
{
    QHeaderView *columns = horizontalHeader();
    int others = 0;
    for (int column = 0; column < columns->count(); ++column) {
        if (column != LibraryTableModel::Title && !columns->isSectionHidden(column))
            others += columns->sectionSize(column);
    }
    const int minimum = fontMetrics().averageCharWidth() * 24;
    const int available = viewport()->width() - others;
    // Not the person's own resizing.
    m_fitting = true;
    columns->resizeSection(LibraryTableModel::Title, qMax(minimum, available));
    m_fitting = false;
}

void LibraryTableView::keepSortIndicatorOnSortableColumns(int column, Qt::SortOrder order)
{
    auto *model = qobject_cast<LibraryTableModel *>(this->model());
    if (model && model->source().kind == LibrarySource::Kind::List) {
        // A list keeps its own order.
        QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        return;
    }
    const bool inMemory = model && model->source().kind == LibrarySource::Kind::Search;
    if (!inMemory && !LibraryTableModel::isSortable(column)) {
        // Put the indicator back where the rows are actually sorted.
        QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    if (!inMemory) {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    if (model)
        model->sort(column, order);
}

void LibraryTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *columns = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(column));
        action->setEnabled(column != LibraryTableModel::Title);
        connect(action, &QAction::toggled, columns,
            [columns, column](bool shown) { columns->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this] {
        horizontalHeader()->reset();
        for (int i = 0; i < horizontalHeader()->count(); ++i)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(i), i);
        applyDefaultColumns();
    });
    menu.exec(columns->viewport()->mapToGlobal(position));
}

void LibraryTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT activatedRow(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void LibraryTableView::startDrag(Qt::DropActions supportedActions)
{
    ItemDrag::start(this, supportedActions, defaultDropAction());
}

QSize LibraryTableView::thumbnailSize() const
{
    const int height = qMax(12, verticalHeader()->defaultSectionSize() - 6);
    return { height * 2 / 3, height };
}

} // namespace omt
