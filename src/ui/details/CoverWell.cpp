#include "CoverWell.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

#include <algorithm>

namespace omt {

namespace {

/// The first thing in the drag that can become a cover: a local file, a
/// picture, or a web address.
enum class Offer { None, File, Image, Address };

/// The image types taken as they are; others are taken too, to be refused
/// with a reason.
const QStringList &acceptedPictureTypes()
{
    static const QStringList types { QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
        QStringLiteral("image/webp"), QStringLiteral("image/gif") };
    return types;
}

Offer offerOf(const QMimeData *data)
{
    if (!data)
        return Offer::None;
    if (data->hasUrls() && !data->urls().isEmpty()) {
        const QUrl url = data->urls().constFirst();
        if (url.isLocalFile())
            return Offer::File;
        if (url.scheme() == u"https" || url.scheme() == u"http")
            return CoverWell::carriesPicture(data) ? Offer::Image : Offer::Address;
    }
    if (CoverWell::carriesPicture(data))
        return Offer::Image;
    return Offer::None;
}

} // namespace

QByteArray CoverWell::encodedPicture(const QMimeData *data)
{
    // QMimeData::imageData() would decode any image type with whichever
    // plugin claims the bytes, on the GUI thread; the cover store decodes
    // only the accepted formats, on a worker thread.
    if (!data)
        return {};
    for (const QString &type : acceptedPictureTypes()) {
        if (data->hasFormat(type))
            return data->data(type);
    }
    const QStringList formats = data->formats();
    for (const QString &type : formats) {
        if (type.startsWith(QLatin1String("image/")))
            return data->data(type);
    }
    return {};
}

bool CoverWell::carriesPicture(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    const QStringList formats = data->formats();
    return std::any_of(formats.cbegin(), formats.cend(),
        [](const QString &format) { return format.startsWith(QLatin1String("image/")); });
}

CoverWell::CoverWell(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

void CoverWell::setAcceptingCovers(bool accepting)
{
    m_accepting = accepting;
    setAcceptDrops(accepting);
}

void CoverWell::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_accepting || offerOf(event->mimeData()) == Offer::None) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_dragOver = true;
    update();
}

void CoverWell::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragOver = false;
    update();
    QLabel::dragLeaveEvent(event);
}

void CoverWell::dropEvent(QDropEvent *event)
{
    m_dragOver = false;
    update();
    const QMimeData *mime = event->mimeData();
    switch (offerOf(mime)) {
    case Offer::None: event->ignore(); return;
    case Offer::File: Q_EMIT fileDropped(mime->urls().constFirst().toLocalFile()); break;
    case Offer::Image:
        if (const QByteArray bytes = encodedPicture(mime); !bytes.isEmpty())
            Q_EMIT encodedPictureDropped(bytes);
        else
            Q_EMIT imageDropped(qvariant_cast<QImage>(mime->imageData()));
        break;
    case Offer::Address: Q_EMIT addressDropped(mime->urls().constFirst()); break;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CoverWell::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (!m_dragOver)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.18);
    painter.setBrush(fill);
    QPen pen(palette().color(QPalette::Highlight), 2.5);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
}

} // namespace omt
