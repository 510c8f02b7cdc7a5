#include "DropIndicatorStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace omt {

DropIndicatorStyle::DropIndicatorStyle()
    // A style of the application's kind of its own: a proxy owns its base.
    : QProxyStyle(QStyleFactory::create(QApplication::style()->name()))
{ }

void DropIndicatorStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != PE_IndicatorItemViewItemDrop || !option) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QColor accent = option->palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (option->rect.height() == 0 || option->rect.width() == 0) {
        // Between two items (rows of a table, cells of a grid): a bar with
        // a round cap at its start, like a text cursor lying down.
        const QRect line = option->rect;
        const bool vertical = line.width() == 0;
        const int width = widget ? widget->width() : line.width();
        QPen pen(accent, 3, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(pen);
        if (vertical)
            painter->drawLine(line.topLeft(), line.bottomLeft());
        else
            painter->drawLine(
                QPoint(line.left() + 4, line.top()), QPoint(qMax(line.right(), width) - 4, line.top()));
        painter->setBrush(option->palette.color(QPalette::Base));
        painter->setPen(QPen(accent, 2));
        painter->drawEllipse(
            vertical ? QPointF(line.left(), line.top() + 3) : QPointF(line.left() + 4, line.top()), 3.5, 3.5);
    } else {
        // Onto an item (a list in the sidebar).
        QColor fill = accent;
        fill.setAlpha(40);
        painter->setBrush(fill);
        painter->setPen(QPen(accent, 2));
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 4, 4);
    }
    painter->restore();
}

void DropIndicatorStyle::install(QAbstractItemView *view)
{
    auto *style = new DropIndicatorStyle;
    style->setParent(view);
    view->setStyle(style);
}

} // namespace omt
