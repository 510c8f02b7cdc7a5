#pragma once

#include "ui/common/TextLineCache.h"

#include <QHash>
#include <QMargins>
#include <QStyledItemDelegate>

namespace omt {

/// Paints the library table's cells as QStyledItemDelegate does (the style
/// draws background, selection, icon and focus), with the text drawn from
/// a TextLineCache. The style lays a cell's text out two or three times on
/// every paint (to size it, to draw it, to elide it); here a text is laid
/// out once and repainted from the cache, which keeps a page of rows
/// within a frame while scrolling through a large library.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// The style's part of the cell: everything but the text.
    static void drawCellWithoutText(QPainter *painter, QStyleOptionViewItem option);
    /// The text of `option` inside the cell, where the style would put it.
    void drawText(QPainter *painter, const QStyleOptionViewItem &option) const;

private:
    QRect textRect(const QStyleOptionViewItem &option) const;

    /// What the place of a cell's text depends on (not the text itself).
    struct CellLayout
    {
        QSize size;
        int features = 0;
        QSize decorationSize;
        int decorationPosition = 0;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        friend bool operator==(const CellLayout &a, const CellLayout &b)
        {
            return a.size == b.size && a.features == b.features && a.decorationSize == b.decorationSize
                && a.decorationPosition == b.decorationPosition && a.direction == b.direction;
        }
        friend size_t qHash(const CellLayout &layout, size_t seed = 0)
        {
            return qHashMulti(seed, layout.size.width(), layout.size.height(), layout.features,
                layout.decorationSize.width(), layout.decorationSize.height(), layout.decorationPosition,
                int(layout.direction));
        }
    };

    mutable TextLineCache m_lines;
    /// How far the style keeps the text from the cell's edges, for each
    /// layout of a cell (asked once: asking lays a text out).
    mutable QHash<CellLayout, QMargins> m_textMargins;
};

} // namespace omt
