#include "RatingStars.h"

#include <QPainter>
#include <QtMath>

namespace omt::RatingStars {

QPainterPath starPath(const QRectF &rect)
{
    const QPointF centre = rect.center();
    const qreal outer = qMin(rect.width(), rect.height()) / 2.0;
    // The inner radius of a regular star (≈0.38) looks spiky at small sizes;
    // a little fuller reads better as a rating star.
    const qreal inner = outer * 0.45;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = (i % 2 == 0) ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    // Stars of this shape sit high in their box; centre them optically.
    const QRectF bounds = path.boundingRect();
    path.translate(0, centre.y() - bounds.center().y());
    return path;
}

void paint(QPainter &painter, const QRectF (&stars)[Count], int rating, const QColor &filled,
    const QColor &empty, bool rightToLeft)
{
    for (int i = 0; i < Count; ++i) {
        const QRectF &rect = stars[i];
        const QPainterPath path = starPath(rect);
        painter.fillPath(path, empty);
        const int full = 2 * (i + 1);
        if (rating >= full) {
            painter.fillPath(path, filled);
        } else if (rating == full - 1) {
            painter.save();
            QRectF half = rect;
            half.setWidth(rect.width() / 2.0);
            if (rightToLeft)
                half.moveRight(rect.right());
            painter.setClipRect(half, Qt::IntersectClip);
            painter.fillPath(path, filled);
            painter.restore();
        }
    }
}

} // namespace omt::RatingStars
