#include "RatingDelegate.h"

#include "core/ProfileSettings.h"
#include "models/ModelRoles.h"
#include "ui/common/RatingStars.h"

#include <QPainter>
#include <QPixmap>

namespace omt {

namespace {
int starSize(const QStyleOptionViewItem &option)
{
    return qMax(10, option.fontMetrics.height() - 3);
}

/// In logical pixels, whatever the pixmap's device pixel ratio rounds to.
int starsWidth(int starSize)
{
    return RatingStars::Count * (starSize + 2) + 8;
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
    return { starsWidth(size), size + 6 };
}

void RatingDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!showsStars(index)) {
        CellTextDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and focus as for any cell, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    drawCellWithoutText(painter, background);

    const QVariant rating = index.data(RatingRole);
    if (!rating.isValid())
        return;
    const bool selected = option.state & QStyle::State_Selected;
    QColor filled = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    QColor empty = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
    if (selected)
        empty.setAlphaF(0.35);
    const StarsKey key { rating.toInt(), starSize(option), option.rect.height(), filled.rgba(), empty.rgba(),
        option.direction == Qt::RightToLeft, painter->device()->devicePixelRatio() };
    const QPixmap &stars = starsPixmap(key);
    const int width = starsWidth(key.size);
    const int left = key.rightToLeft ? option.rect.right() + 1 - width : option.rect.left();
    painter->save();
    painter->setClipRect(option.rect);
    painter->drawPixmap(left, option.rect.top(), stars);
    painter->restore();
}

const QPixmap &RatingDelegate::starsPixmap(const StarsKey &key) const
{
    // Antialiased star paths are the slowest part of a row to paint; a
    // page of rows uses a handful of distinct ratings.
    if (auto found = m_stars.constFind(key); found != m_stars.constEnd())
        return *found;
    if (m_stars.size() >= 128)
        m_stars.clear();
    const int width = starsWidth(key.size);
    QPixmap pixmap((QSizeF(width, key.height) * key.ratio).toSize());
    pixmap.setDevicePixelRatio(key.ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal top = (key.height - key.size) / 2.0;
    QRectF stars[RatingStars::Count];
    for (int i = 0; i < RatingStars::Count; ++i) {
        const int left = key.rightToLeft ? width - 5 - (i + 1) * (key.size + 2) : 4 + i * (key.size + 2);
        stars[i] = QRectF(left, top, key.size, key.size);
    }
    RatingStars::paint(painter, stars, key.rating, QColor::fromRgba(key.filled), QColor::fromRgba(key.empty),
        key.rightToLeft);
    painter.end();
    return *m_stars.insert(key, pixmap);
}

} // namespace omt
