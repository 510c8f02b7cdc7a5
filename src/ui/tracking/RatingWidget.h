#pragma once

#include <QWidget>

#include <optional>

namespace omt {

/// Five stars showing a rating on the 1..10 scale in half-star steps (7 is
/// three and a half stars), or nothing when unrated.
///
/// Mouse: hovering previews, clicking sets, clicking the current value
/// clears. Keyboard: Right/Up and Left/Down step by one, Home and End jump to
/// the ends, the digits 1–9 and 0 (= 10) set directly, Delete/Backspace
/// clear. Screen readers see a slider named "Rating" whose value reads
/// "7 of 10" or "Not rated".
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

    /// How the current rating reads aloud and in the tooltip: "7 of 10" or "Not rated".
    QString valueText() const;

    /// Where star @p index (0..4) is painted, in widget coordinates. Public
    /// for the accessibility bridge and for tests that click a given star.
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
    int starSpacing() const;
    void setHoverRating(std::optional<int> rating);
    void valueChanged();

    std::optional<int> m_rating;
    /// The rating under the mouse pointer, previewed instead of m_rating.
    std::optional<int> m_hoverRating;
};

} // namespace omt
