#pragma once

#include "core/ProfileSettings.h"

#include <QWidget>

#include <optional>

class QPainter;

namespace omt {

/// A rating on the stored 1..10 scale shown as the user chose
/// (ProfileSettings): five stars in half-star steps (7 is three and a half
/// stars), or ten points beside the value ("7/10", "70/100").
///
/// Mouse: hovering previews, clicking sets, clicking the current value
/// clears. Keyboard: Right/Up and Left/Down step by one, Home and End jump to
/// the ends, the digits 1–9 and 0 (= 10) set directly, Delete/Backspace
/// clear. Screen readers see a slider named "Rating" whose value reads
/// "3½ of 5 stars", "7 of 10", "70 of 100" or "Not rated".
class RatingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RatingWidget(QWidget *parent = nullptr);
    ~RatingWidget() override;

    std::optional<int> rating() const { return m_rating; }
    /// Shows a stored rating; never emits ratingChanged. Values outside
    /// 1..10 are clamped.
    void setRating(std::optional<int> rating);

    RatingScale scale() const { return m_scale; }
    void setScale(RatingScale scale);

    /// How the current rating reads aloud and in the tooltip: "7 of 10" or "Not rated".
    QString valueText() const;

    /// How many stars or points there are: 5 or 10.
    int symbolCount() const;
    /// Where star or point @p index is painted, in widget coordinates. Public
    /// for the accessibility bridge and for tests that click a given one.
    QRect starRect(int index) const;
    /// The rating a click at @p position would set, or nothing outside the stars.
    std::optional<int> ratingAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Sets the rating as if the person had chosen it: emits ratingChanged
    /// when the value changes. Used by the keyboard, the mouse and assistive
    /// technology.
    void setRatingByUser(std::optional<int> rating);

Q_SIGNALS:
    /// The person changed the rating (never emitted by setRating()).
    void ratingChanged(std::optional<int> rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int starSize() const;
    int symbolWidth() const;
    int starSpacing() const;
    /// Room after the points for the value ("100/100"); none for stars.
    int valueTextWidth() const;
    void paintPoints(QPainter &painter, int value, const QColor &filled, const QColor &empty);
    void setHoverRating(std::optional<int> rating);
    void valueChanged();

    RatingScale m_scale = RatingScale::FiveStars;
    std::optional<int> m_rating;
    /// The rating under the mouse pointer, previewed instead of m_rating.
    std::optional<int> m_hoverRating;
};

} // namespace omt
