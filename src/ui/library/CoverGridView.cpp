#include "CoverGridView.h"

#include "CoverGridDelegate.h"

#include <QEvent>
#include <QScrollBar>

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
    setSpacing(0);
    setMouseTracking(true);
    setItemDelegate(new CoverGridDelegate(this));
    updateCellSize();
    connect(this, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activatedRow(index.row()); });
}

void CoverGridView::updateCellSize()
{
    const QSize cell = CoverGridDelegate::cellSize(fontMetrics());
    setGridSize(cell);
    verticalScrollBar()->setSingleStep(cell.height() / 4);
}

void CoverGridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateCellSize();
    QListView::changeEvent(event);
}

} // namespace omt
