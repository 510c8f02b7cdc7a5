#include "RatingDelegate.h"

#include "core/ProfileSettings.h"
#include "models/ModelRoles.h"
#include "ui/common/RatingStars.h"

#include <QApplication>
#include <QPainter>

namespace omt {

namespace {
int starSize(const QStyleOptionViewItem &option)
{
    return qMax(10, option.fontMetrics.height() - 3);
}
} // namespace

namespace {
bool showsStars(const QModelIndex &index)
{
    return RatingScale(index.data(RatingScaleRole).toInt()) == RatingScale::FiveStars;
}
} // namespace

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Points read as text ("7/10"), as the model gives them.
    if (!showsStars(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const int size = starSize(option);
    return { RatingStars::Count * (size + 2) + 8, size + 6 };
}

void RatingDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!showsStars(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and focus as for any cell, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariant rating = index.data(RatingRole);
    if (!rating.isValid())
        return;
    const int size = starSize(option);
    const qreal top = option.rect.top() + (option.rect.height() - size) / 2.0;
    QRectF stars[RatingStars::Count];
    const bool rightToLeft = option.direction == Qt::RightToLeft;
    for (int i = 0; i < RatingStars::Count; ++i) {
        const qreal left = rightToLeft ? option.rect.right() - 4 - (i + 1) * (size + 2)
                                       : option.rect.left() + 4 + i * (size + 2);
        stars[i] = QRectF(left, top, size, size);
    }
    const bool selected = option.state & QStyle::State_Selected;
    QColor filled = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    QColor empty = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
    if (selected)
        empty.setAlphaF(0.35);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    RatingStars::paint(*painter, stars, rating.toInt(), filled, empty, rightToLeft);
    painter->restore();
}

} // namespace omt
