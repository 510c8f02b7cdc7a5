#include "RatingWidget.h"

#include "core/Enums.h"
#include "ui/common/RatingStars.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QtMath>

#include <mutex>

namespace omt {

namespace {

// Room around the stars for the focus frame.
constexpr int Margin = 3;

/// Lets screen readers treat the stars as a slider with a spoken value.
class RatingAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit RatingAccessible(RatingWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Slider)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return ratingWidget()->valueText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override
    {
        const std::optional<int> rating = ratingWidget()->rating();
        return rating ? QVariant(*rating) : QVariant();
    }
    void setCurrentValue(const QVariant &value) override
    {
        bool ok = false;
        const int rating = value.toInt(&ok);
        if (!value.isValid() || (ok && rating == 0))
            ratingWidget()->setRatingByUser(std::nullopt);
        else if (ok)
            ratingWidget()->setRatingByUser(qBound(MinRating, rating, MaxRating));
    }
    QVariant maximumValue() const override { return MaxRating; }
    QVariant minimumValue() const override { return MinRating; }
    QVariant minimumStepSize() const override { return 1; }

private:
    RatingWidget *ratingWidget() const { return static_cast<RatingWidget *>(widget()); }
};

QAccessibleInterface *ratingAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(RatingWidget::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new RatingAccessible(static_cast<RatingWidget *>(object));
    return nullptr;
}

std::optional<int> clampedRating(std::optional<int> rating)
{
    if (!rating)
        return std::nullopt;
    return qBound(MinRating, *rating, MaxRating);
}

} // namespace

RatingWidget::RatingWidget(QWidget *parent)
    : QWidget(parent)
{
    // Factories are process-wide in Qt; register ours once.
    static std::once_flag factoryInstalled;
    std::call_once(factoryInstalled, [] { QAccessible::installFactory(ratingAccessibleFactory); });

    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Rating"));
    setScale(RatingScale::FiveStars);
    valueChanged();
}

RatingWidget::~RatingWidget() = default;

void RatingWidget::setRating(std::optional<int> rating)
{
    rating = clampedRating(rating);
    if (rating == m_rating)
        return;
    m_rating = rating;
    valueChanged();
}

void RatingWidget::setRatingByUser(std::optional<int> rating)
{
    rating = clampedRating(rating);
    if (rating == m_rating)
        return;
    m_rating = rating;
    valueChanged();
    Q_EMIT ratingChanged(m_rating);
}

void RatingWidget::setScale(RatingScale scale)
{
    const bool changed = scale != m_scale;
    m_scale = scale;
    switch (scale) {
    case RatingScale::FiveStars:
        setAccessibleDescription(
            tr("Arrow keys change the rating by half a star, digits set it, Delete clears it."));
        break;
    case RatingScale::TenPoints:
        setAccessibleDescription(
            tr("Arrow keys change the rating by one point, digits set it, Delete clears it."));
        break;
    case RatingScale::HundredPoints:
        setAccessibleDescription(tr(
            "Arrow keys change the rating by ten points, digits set the tens (0 is 100), Delete clears it."));
        break;
    }
    if (changed) {
        updateGeometry();
        valueChanged();
    }
}

QString RatingWidget::valueText() const
{
    if (!m_rating)
        return tr("Not rated");
    return RatingScales::spoken(*m_rating, m_scale);
}

int RatingWidget::symbolCount() const
{
    return m_scale == RatingScale::FiveStars ? RatingStars::Count : MaxRating;
}

void RatingWidget::valueChanged()
{
    setToolTip(m_scale == RatingScale::FiveStars
            ? tr("%1\nClick a star to rate, click the current rating again to clear it.").arg(valueText())
            : tr("%1\nClick a point to rate, click the current rating again to clear it.").arg(valueText()));
    update();
    QAccessibleValueChangeEvent event(this, m_rating ? QVariant(*m_rating) : QVariant());
    QAccessible::updateAccessibility(&event);
}

int RatingWidget::starSize() const
{
    // Follow the font so the stars grow with the user's text size and DPI.
    return qMax(16, qRound(fontMetrics().height() * 1.25));
}

int RatingWidget::symbolWidth() const
{
    // Ten points take about the room of five stars.
    return m_scale == RatingScale::FiveStars ? starSize() : qMax(6, starSize() / 2);
}

int RatingWidget::starSpacing() const
{
    return m_scale == RatingScale::FiveStars ? qMax(2, starSize() / 5) : qMax(2, starSize() / 6);
}

int RatingWidget::valueTextWidth() const
{
    if (m_scale == RatingScale::FiveStars)
        return 0;
    return 2 * starSpacing() + fontMetrics().horizontalAdvance(RatingScales::text(MaxRating, m_scale));
}

QSize RatingWidget::sizeHint() const
{
    const int count = symbolCount();
    return QSize(count * symbolWidth() + (count - 1) * starSpacing() + 2 * Margin + valueTextWidth(),
        starSize() + 2 * Margin);
}

QSize RatingWidget::minimumSizeHint() const
{
    return sizeHint();
}

QRect RatingWidget::starRect(int index) const
{
    const int size = starSize();
    const int width = symbolWidth();
    const int spacing = starSpacing();
    const int y = (height() - size) / 2;
    int x = Margin + index * (width + spacing);
    if (isRightToLeft())
        x = this->width() - x - width;
    return QRect(x, y, width, size);
}

std::optional<int> RatingWidget::ratingAt(const QPoint &position) const
{
    const int halfGap = starSpacing() / 2 + 1;
    for (int i = 0; i < symbolCount(); ++i) {
        const QRect star = starRect(i);
        const QRect area = star.adjusted(-halfGap, -Margin, halfGap, Margin);
        if (!area.contains(position))
            continue;
        if (m_scale != RatingScale::FiveStars)
            return i + 1;
        const bool firstHalf
            = isRightToLeft() ? position.x() > star.center().x() : position.x() <= star.center().x();
        return 2 * i + (firstHalf ? 1 : 2);
    }
    return std::nullopt;
}

void RatingWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const std::optional<int> shown = m_hoverRating ? m_hoverRating : m_rating;
    const int value = shown.value_or(0);
    QColor filled = palette().color(QPalette::Highlight);
    if (m_hoverRating)
        filled.setAlphaF(0.65f); // a preview, not yet the rating
    const QColor empty = palette().color(QPalette::Mid);

    if (m_scale == RatingScale::FiveStars) {
        QRectF stars[RatingStars::Count];
        for (int i = 0; i < RatingStars::Count; ++i)
            stars[i] = starRect(i);
        RatingStars::paint(painter, stars, value, filled, empty, isRightToLeft());
    } else {
        paintPoints(painter, value, filled, empty);
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void RatingWidget::paintPoints(QPainter &painter, int value, const QColor &filled, const QColor &empty)
{
    // Ten upright bars, one per point, rising a little towards the top
    // value, then the value as the scale writes it.
    painter.setPen(Qt::NoPen);
    const int count = symbolCount();
    QRect last;
    for (int i = 0; i < count; ++i) {
        const QRect cell = starRect(i);
        const int height = cell.height() * (6 + i) / (6 + count - 1);
        const QRectF bar(cell.left(), cell.bottom() + 1 - height, cell.width(), height);
        painter.setBrush(i < value ? filled : empty);
        painter.drawRoundedRect(bar, 1.5, 1.5);
        last = cell;
    }
    if (value == 0)
        return;
    painter.setPen(palette().color(m_hoverRating ? QPalette::PlaceholderText : QPalette::WindowText));
    const int gap = 2 * starSpacing();
    const int textWidth = valueTextWidth() - gap;
    const QRect text = isRightToLeft() ? QRect(last.left() - gap - textWidth, 0, textWidth, height())
                                       : QRect(last.right() + 1 + gap, 0, textWidth, height());
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeading, RatingScales::text(value, m_scale));
}

void RatingWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int current = m_rating.value_or(0);
    int key = event->key();
    if (isRightToLeft() && (key == Qt::Key_Left || key == Qt::Key_Right))
        key = key == Qt::Key_Left ? Qt::Key_Right : Qt::Key_Left;

    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Plus: setRatingByUser(qMin(current + 1, MaxRating)); break;
    case Qt::Key_Left:
    case Qt::Key_Down:
    case Qt::Key_Minus:
        // Stepping down stops at the lowest rating; clearing is explicit.
        if (m_rating)
            setRatingByUser(qMax(current - 1, MinRating));
        break;
    case Qt::Key_Home: setRatingByUser(MinRating); break;
    case Qt::Key_End: setRatingByUser(MaxRating); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: setRatingByUser(std::nullopt); break;
    case Qt::Key_0: setRatingByUser(MaxRating); break;
    default:
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            setRatingByUser(key - Qt::Key_0);
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RatingWidget::setHoverRating(std::optional<int> rating)
{
    if (rating == m_hoverRating)
        return;
    m_hoverRating = rating;
    update();
}

void RatingWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHoverRating(ratingAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void RatingWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const std::optional<int> clicked = ratingAt(event->position().toPoint());
    if (!clicked) {
        QWidget::mousePressEvent(event);
        return;
    }
    setRatingByUser(clicked == m_rating ? std::nullopt : clicked);
    // Show the result, not a preview of the same spot, until the mouse moves.
    setHoverRating(std::nullopt);
    event->accept();
}

void RatingWidget::leaveEvent(QEvent *event)
{
    setHoverRating(std::nullopt);
    QWidget::leaveEvent(event);
}

void RatingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        setHoverRating(std::nullopt);
    QWidget::changeEvent(event);
}

} // namespace omt
