#pragma once

#include <QColor>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace omt::RatingStars {

inline constexpr int Count = 5;

/// A five-pointed star filling `rect`, point up, optically centred.
QPainterPath starPath(const QRectF &rect);

/// Paints a 0..10 rating as five stars in half steps (7 = three and a half)
/// into `stars[0..4]`; `rightToLeft` fills half stars from the right.
void paint(QPainter &painter, const QRectF (&stars)[Count], int rating, const QColor &filled,
    const QColor &empty, bool rightToLeft);

} // namespace omt::RatingStars
