#include "ItemDrag.h"

#include <QAbstractItemView>
#include <QCursor>
#include <QDrag>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolTip>

namespace omt::ItemDrag {

namespace {
constexpr int MaxTextWidth = 280;
constexpr int Padding = 8;

QString badgeText(const QStringList &titles)
{
    if (titles.size() == 1)
        return titles.first();
    return QAbstractItemView::tr("%1 and %n more", nullptr, int(titles.size() - 1)).arg(titles.first());
}

QPixmap badge(const QAbstractItemView *view, const QString &text)
{
    const QFontMetrics metrics(view->font());
    const QString elided = metrics.elidedText(text, Qt::ElideMiddle, MaxTextWidth);
    const QSize size(metrics.horizontalAdvance(elided) + 2 * Padding, metrics.height() + Padding);
    const qreal ratio = view->devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    painter.fillPath(shape, view->palette().color(QPalette::Highlight));
    painter.setPen(view->palette().color(QPalette::HighlightedText));
    painter.setFont(view->font());
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, elided);
    return pixmap;
}
} // namespace

void start(QAbstractItemView *view, Qt::DropActions supportedActions, Qt::DropAction defaultAction)
{
    QModelIndexList rows = view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        rows = view->selectionModel()->selectedIndexes();
    QMimeData *data = view->model()->mimeData(rows);
    if (!data) {
        if (!rows.isEmpty())
            QToolTip::showText(QCursor::pos(),
                QAbstractItemView::tr("Too many items to drag at once: use Add to List (%1).")
                    .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)),
                view);
        return;
    }
    const QStringList titles = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto *drag = new QDrag(view);
    drag->setMimeData(data);
    if (!titles.isEmpty()) {
        drag->setPixmap(badge(view, badgeText(titles)));
        // Below and right of the pointer, clear of the line between rows.
        drag->setHotSpot(QPoint(-16, -14));
    }
    drag->exec(supportedActions, defaultAction);
}

} // namespace omt::ItemDrag
