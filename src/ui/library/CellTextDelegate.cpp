#include "CellTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace omt {

namespace {
QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QPalette::ColorGroup colorGroupOf(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}
} // namespace

void CellTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    drawCellWithoutText(painter, cell);
    drawText(painter, cell);
}

void CellTextDelegate::drawCellWithoutText(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.features &= ~QStyleOptionViewItem::HasDisplay;
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
}

void CellTextDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option) const
{
    if (option.text.isEmpty())
        return;
    const QRect area = textRect(option);
    if (area.width() <= 0)
        return;
    const QStaticText &line
        = m_lines.line(option.text, option.font, area.width(), option.textElideMode, option.direction);
    const QSize size = line.size().toSize();
    const QRect placed = QStyle::alignedRect(option.direction, option.displayAlignment,
        QSize(qMin(size.width(), area.width()), size.height()), area);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(
        option.palette.color(colorGroupOf(option), selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->setClipRect(area, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), line);
    painter->restore();
}

QRect CellTextDelegate::textRect(const QStyleOptionViewItem &option) const
{
    // The margins depend on the cell's layout, not on its text: they are
    // asked of the style once per layout, with a stand-in text.
    const CellLayout layout { option.rect.size(), int(option.features), option.decorationSize,
        int(option.decorationPosition), option.direction };
    auto found = m_textMargins.constFind(layout);
    if (found == m_textMargins.constEnd()) {
        QStyleOptionViewItem standIn = option;
        standIn.text = QStringLiteral("x");
        QStyle *style = styleOf(option);
        QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &standIn, option.widget);
        // The style keeps its own margin inside that rectangle as it draws.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &standIn, option.widget) + 1;
        text.adjust(margin, 0, -margin, 0);
        const QRect &cell = option.rect;
        if (m_textMargins.size() > 256)
            m_textMargins.clear();
        found = m_textMargins.insert(layout,
            QMargins(text.left() - cell.left(), text.top() - cell.top(), cell.right() - text.right(),
                cell.bottom() - text.bottom()));
    }
    return option.rect.marginsRemoved(*found);
}

} // namespace omt
