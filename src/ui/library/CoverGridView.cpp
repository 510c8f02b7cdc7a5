#include "CoverGridView.h"

#include "CoverGridDelegate.h"
#include "ItemDrag.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace omt {

CoverGridView::CoverGridView(QWidget *parent)
    : QListView(parent)
{
    // List mode flowing left to right with wrapping is a grid whose layout,
    // with one size for every cell, costs nothing per item; icon mode would
    // keep a position for each of 100,000 items and lay them all out again
    // on every change.
    setViewMode(ListMode);
    setMovement(Static);
    setFlow(LeftToRight);
    setWrapping(true);
    setResizeMode(Adjust);
    setUniformItemSizes(true);
    setLayoutMode(SinglePass);
    setSelectionMode(ExtendedSelection);
    setSelectionRectVisible(true);
    setEditTriggers(NoEditTriggers);
    setVerticalScrollMode(ScrollPerPixel);
    // A scroll bar that came and went would change the number of columns.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setSpacing(0);
    setMouseTracking(true);
    setItemDelegate(new CoverGridDelegate(this));
    updateCellSize();
    connect(this, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activatedRow(index.row()); });
}

void CoverGridView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // QListView lays out every item again after any data change (2 ms at
    // 100,000 items, and the whole viewport repainted), in case an item's
    // size changed. Every cell here has the grid's size, so a cover or a
    // page of rows arriving only repaints its cells.
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void CoverGridView::updateCellSize()
{
    // As many columns as fit, sharing the width, so that there is no empty
    // strip on the right.
    const QSize cell = CoverGridDelegate::cellSize(fontMetrics());
    // A little slack: the list layout wraps a row whose last cell would end
    // exactly on the edge.
    const int width = viewport()->width() - 4;
    const int columns = std::max(1, width / cell.width());
    const QSize grid(std::max(cell.width(), width / columns), cell.height());
    if (grid != gridSize())
        setGridSize(grid);
    verticalScrollBar()->setSingleStep(cell.height() / 4);
}

void CoverGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateCellSize();
}

void CoverGridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateCellSize();
    QListView::changeEvent(event);
}

void CoverGridView::startDrag(Qt::DropActions supportedActions)
{
    ItemDrag::start(this, supportedActions, defaultDropAction());
}

} // namespace omt
