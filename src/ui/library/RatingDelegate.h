#pragma once

#include "CellTextDelegate.h"

#include <QColor>
#include <QHash>
#include <QPixmap>

namespace omt {

/// Paints the rating column as small stars (the same stars as the tracking
/// panel) when the user sees ratings as five stars; points ("7/10") are
/// painted as the model's text.
class RatingDelegate : public CellTextDelegate
{
    Q_OBJECT

public:
    using CellTextDelegate::CellTextDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Everything a painted row of stars depends on.
    struct StarsKey
    {
        int rating = 0;
        int size = 0;
        int height = 0;
        QRgb filled = 0;
        QRgb empty = 0;
        bool rightToLeft = false;
        qreal ratio = 1.0;

        friend bool operator==(const StarsKey &a, const StarsKey &b)
        {
            return a.rating == b.rating && a.size == b.size && a.height == b.height && a.filled == b.filled
                && a.empty == b.empty && a.rightToLeft == b.rightToLeft && qFuzzyCompare(a.ratio, b.ratio);
        }
        friend size_t qHash(const StarsKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.rating, key.size, key.height, key.filled, key.empty, key.rightToLeft);
        }
    };

    const QPixmap &starsPixmap(const StarsKey &key) const;

    mutable QHash<StarsKey, QPixmap> m_stars;
};

} // namespace omt
