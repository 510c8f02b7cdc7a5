#include "PlaceholderCovers.h"

#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace omt {

namespace {

// Bounds the cache in kilobytes: a few dozen covers at grid and details
// sizes on a high-density screen, which is all the distinct keys a session
// produces (11 types times the handful of sizes the views use).
constexpr int CacheKilobytes = 24 * 1024;
constexpr int MaxSide = 4096;

QString glyphPath(MediaType type)
{
    return QStringLiteral(":/covers/%1.svg").arg(toDbString(type));
}

/// One hue per type, spread around the colour wheel so neighbouring types in
/// a grid are told apart at a glance; saturation stays low so the tint reads
/// as "placeholder", not as a real cover.
int hueFor(MediaType type)
{
    switch (type) {
    case MediaType::Book: return 30;
    case MediaType::Audiobook: return 15;
    case MediaType::Film: return 215;
    case MediaType::TvShow: return 190;
    case MediaType::Anime: return 330;
    case MediaType::Manga: return 355;
    case MediaType::Comic: return 48;
    case MediaType::Game: return 265;
    case MediaType::MusicAlbum: return 155;
    case MediaType::Podcast: return 290;
    case MediaType::BoardGame: return 95;
    }
    return 0;
}

quint64 cacheKey(MediaType type, QSize size, qreal devicePixelRatio)
{
    const auto ratio = quint64(qBound(1, qRound(devicePixelRatio * 100), 0xffff));
    return (quint64(type) << 56) | (quint64(size.width()) << 40) | (quint64(size.height()) << 24) | ratio;
}

/// The glyph at pixel size side, recoloured towards the tint: multiplying
/// keeps the glyph's lighter inner details, and the glyph's own alpha is put
/// back afterwards so only its shape is coloured.
QImage tintedGlyph(MediaType type, int side, const QColor &tint)
{
    QImageReader reader(glyphPath(type));
    reader.setScaledSize(QSize(side, side));
    QImage glyph = reader.read();
    if (glyph.isNull())
        return glyph;
    glyph = glyph.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage tinted = glyph;
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.fillRect(tinted.rect(), tint);
    painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
    painter.drawImage(0, 0, glyph);
    return tinted;
}

} // namespace

QIcon PlaceholderCovers::icon(MediaType type)
{
    // One QIcon per type for the whole session: its engine keeps the
    // rendered pixmaps, which a fresh QIcon per paint would throw away. The
    // icons go before the application does, as pixmaps must.
    static QHash<int, QIcon> icons;
    if (icons.isEmpty())
        qAddPostRoutine([] { icons.clear(); });
    QIcon &icon = icons[int(type)];
    if (icon.isNull())
        icon = QIcon(glyphPath(type));
    return icon;
}

QImage PlaceholderCovers::cover(MediaType type, QSize size, qreal devicePixelRatio)
{
    if (size.isEmpty() || size.width() > MaxSide || size.height() > MaxSide)
        return {};
    if (!(devicePixelRatio > 0))
        devicePixelRatio = 1.0;
    static QCache<quint64, QImage> cache(CacheKilobytes);
    const quint64 key = cacheKey(type, size, devicePixelRatio);
    if (const QImage *cached = cache.object(key))
        return *cached;
    QImage image = render(type, size, devicePixelRatio);
    cache.insert(key, new QImage(image), qMax(1, int(image.sizeInBytes() / 1024)));
    return image;
}

QImage PlaceholderCovers::render(MediaType type, QSize size, qreal devicePixelRatio)
{
    const QSize pixels = (QSizeF(size) * devicePixelRatio).toSize().expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    const int hue = hueFor(type);
    const QRectF bounds(QPointF(0, 0), QSizeF(size));
    const qreal shortSide = qMin(bounds.width(), bounds.height());
    const qreal radius = qBound(2.0, shortSide * 0.05, 10.0);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QPainterPath shape;
    shape.addRoundedRect(bounds.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    QLinearGradient fill(bounds.topLeft(), bounds.bottomRight());
    fill.setColorAt(0.0, QColor::fromHsv(hue, 28, 246));
    fill.setColorAt(1.0, QColor::fromHsv(hue, 60, 214));
    painter.fillPath(shape, fill);
    // A hairline edge keeps a pale cover from dissolving into a light background.
    painter.setPen(QPen(QColor::fromHsv(hue, 70, 120, 60), 1.0));
    painter.drawPath(shape);

    const qreal glyphSide = shortSide * 0.46;
    const int glyphPixels = qMax(1, qRound(glyphSide * devicePixelRatio));
    QImage glyph = tintedGlyph(type, glyphPixels, QColor::fromHsv(hue, 90, 200));
    if (!glyph.isNull()) {
        glyph.setDevicePixelRatio(devicePixelRatio);
        const QPointF topLeft(bounds.center().x() - glyphSide / 2, bounds.center().y() - glyphSide / 2);
        painter.drawImage(QRectF(topLeft, QSizeF(glyphSide, glyphSide)), glyph);
    }
    painter.end();
    return image;
}

} // namespace omt
