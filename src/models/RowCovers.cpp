#include "RowCovers.h"

#include "PlaceholderCovers.h"
#include "net/CoverLoader.h"

namespace omt {

namespace {

QSize devicePixels(QSize logical, qreal ratio)
{
    return (QSizeF(logical) * ratio).toSize().expandedTo(QSize(1, 1));
}

} // namespace

RowCovers::RowCovers(QObject *parent)
    : QObject(parent)
{ }

void RowCovers::setLoader(CoverLoader *loader)
{
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    m_waiting.clear();
    if (loader) {
        connect(loader, &CoverLoader::coverReady, this, &RowCovers::notify);
        connect(loader, &CoverLoader::coverFailed, this, &RowCovers::notify);
    }
}

CoverLoader *RowCovers::loader() const
{
    return m_loader;
}

void RowCovers::setSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio)
{
    m_thumbnailSize = thumbnail;
    m_coverSize = cover;
    m_ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
}

QImage RowCovers::loaded(const QString &url, QSize size, int row) const
{
    if (!m_loader || url.isEmpty())
        return {};
    QImage image = m_loader->cover(url, devicePixels(size, m_ratio), CoverFit::Crop);
    if (image.isNull()) {
        if (!m_loader->hasFailedRecently(url))
            m_waiting[url].insert(row);
        return {};
    }
    image.setDevicePixelRatio(m_ratio);
    return image;
}

QVariant RowCovers::thumbnail(const MediaSummary &media, int row) const
{
    const QImage image = loaded(media.coverUrl, m_thumbnailSize, row);
    if (!image.isNull())
        return image;
    return PlaceholderCovers::icon(media.type);
}

QImage RowCovers::cover(const MediaSummary &media, int row) const
{
    const QImage image = loaded(media.coverUrl, m_coverSize, row);
    if (!image.isNull())
        return image;
    return PlaceholderCovers::cover(media.type, m_coverSize, m_ratio);
}

CoverState RowCovers::state(const MediaSummary &media) const
{
    if (media.coverUrl.isEmpty())
        return CoverState::None;
    if (!m_loader)
        return CoverState::Loading;
    if (m_loader->hasCover(media.coverUrl, devicePixels(m_coverSize, m_ratio), CoverFit::Crop))
        return CoverState::Loaded;
    if (!m_loader->failure(media.coverUrl).isEmpty() && !m_loader->isLoading(media.coverUrl))
        return CoverState::Failed;
    return CoverState::Loading;
}

void RowCovers::forgetRows()
{
    m_waiting.clear();
}

void RowCovers::notify(const QString &url)
{
    const QSet<int> rows = m_waiting.take(url);
    if (!rows.isEmpty())
        Q_EMIT coverChanged(url, rows);
}

} // namespace omt
