#include "CoverGridDelegate.h"

#include "core/Enums.h"
#include "models/ModelRoles.h"
#include "models/PlaceholderCovers.h"
#include "models/RowCovers.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace omt {

namespace {
constexpr int CoverWidth = 132;
constexpr int CoverHeight = 198;
constexpr int Margin = 8;

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Planned: return QColor(0x5b, 0x7d, 0xb1);
    case Status::InProgress: return QColor(0xd0, 0x8a, 0x1e);
    case Status::Completed: return QColor(0x2e, 0x8b, 0x57);
    case Status::OnHold: return QColor(0x7d, 0x6a, 0x9a);
    case Status::Dropped: return QColor(0xa4, 0x4a, 0x4a);
    }
    return QColor(Qt::gray);
}

/// Up to `maxLines` lines of `text` within `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    // Laid out in the font it is drawn in: lines measured in another font
    // (the bold title in the regular one) overflow and get clipped.
    const QFontMetrics metrics(font);
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}
} // namespace

CoverGridDelegate::CoverGridDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize CoverGridDelegate::coverSize()
{
    return { CoverWidth, CoverHeight };
}

QSize CoverGridDelegate::cellSize(const QFontMetrics &metrics)
{
    // Cover, two lines of title and one line of year and type.
    return { CoverWidth + 2 * Margin, CoverHeight + 2 * Margin + 3 * metrics.lineSpacing() + 6 };
}

QSize CoverGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The view widens its grid to fill its width; an item fills its cell.
    if (const auto *view = qobject_cast<const QListView *>(option.widget); view && view->gridSize().isValid())
        return view->gridSize();
    return cellSize(option.fontMetrics);
}

void CoverGridDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor background = palette.color(QPalette::Highlight);
        background.setAlphaF(selected ? 0.25 : 0.10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(cell.adjusted(2, 2, -2, -2), 6, 6);
    }

    // The view may widen cells to fill its width; the content stays centred.
    const int left = cell.left() + (cell.width() - CoverWidth) / 2;
    const QRect cover(left, cell.top() + Margin, CoverWidth, CoverHeight);
    const bool loading = index.data(LoadingRole).toBool();
    if (loading) {
        QColor skeleton = palette.color(QPalette::Mid);
        skeleton.setAlphaF(0.25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(skeleton);
        painter->drawRoundedRect(cover, 4, 4);
        painter->restore();
        return;
    }

    const auto type = MediaType(index.data(MediaTypeRole).toInt());
    // Asking for the cover starts loading it; the placeholder comes meanwhile.
    const QImage image = index.data(CoverRole).value<QImage>();
    if (CoverState(index.data(CoverStateRole).toInt()) == CoverState::Loaded) {
        // Real covers get the placeholders' rounded corners and a hairline
        // edge, so a pale cover does not dissolve into the background.
        QPainterPath shape;
        shape.addRoundedRect(QRectF(cover), 4, 4);
        painter->save();
        painter->setClipPath(shape);
        painter->drawImage(cover, image);
        painter->restore();
        QColor edge = palette.color(QPalette::Text);
        edge.setAlphaF(0.18);
        painter->setPen(QPen(edge, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(cover).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    } else {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawImage(
            cover, image.isNull() ? PlaceholderCovers::cover(type, cover.size(), ratio) : image);
    }
    if (const QVariant status = index.data(StatusRole); status.isValid())
        paintStatusBadge(painter, cover, status.toInt(), option);

    const QFontMetrics metrics = option.fontMetrics;
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const int textWidth = CoverWidth;
    int y = cover.bottom() + 6;
    painter->setPen(palette.color(selected ? QPalette::Active : QPalette::Inactive, QPalette::Text));
    painter->setFont(titleFont);
    const QStringList lines = wrapped(index.data(Qt::DisplayRole).toString(), titleFont, textWidth, 2);
    for (const QString &line : lines) {
        painter->drawText(QRect(cover.left(), y, textWidth, titleMetrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += titleMetrics.lineSpacing();
    }
    QStringList facts;
    if (const QVariant year = index.data(YearRole); year.isValid())
        facts.append(QString::number(year.toInt()));
    facts.append(displayName(type));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const int factsTop = cover.bottom() + 6 + 2 * titleMetrics.lineSpacing();
    painter->drawText(QRect(cover.left(), factsTop, textWidth, metrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, textWidth));

    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight));
        focus.setWidthF(1.5);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(cell).adjusted(2.5, 2.5, -2.5, -2.5), 6, 6);
    }
    painter->restore();
}

void CoverGridDelegate::paintStatusBadge(
    QPainter *painter, const QRect &cover, int status, const QStyleOptionViewItem &option) const
{
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(badgeFont);
    const QString text = displayName(Status(status));
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 4;
    const QRect badge(cover.right() - width - 5, cover.top() + 5, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(Status(status)));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace omt
