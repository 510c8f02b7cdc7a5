#pragma once

#include "core/Media.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QVariant>

namespace omt {

class CoverLoader;

/// What a model row shows of its item's cover.
enum class CoverState {
    /// The item has no cover address: the placeholder is all there is.
    None,
    /// The real cover is on its way; the placeholder shows meanwhile.
    Loading,
    Loaded,
    /// The cover could not be loaded (see CoverLoader::failure).
    Failed,
};

/// The covers of a model's rows: the real cover when it is in memory, the
/// placeholder of the item's type otherwise (at once, never waiting). It
/// remembers which rows asked for a cover that was not ready and names them
/// when it is, so the model can emit dataChanged for just those rows.
class RowCovers : public QObject
{
    Q_OBJECT

public:
    explicit RowCovers(QObject *parent = nullptr);

    /// Without a loader every row shows its placeholder.
    void setLoader(CoverLoader *loader);
    CoverLoader *loader() const;
    /// The logical sizes painted (table thumbnails, grid covers) and the
    /// screen's device pixel ratio.
    void setSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio);
    QSize thumbnailSize() const { return m_thumbnailSize; }
    QSize coverSize() const { return m_coverSize; }

    /// Qt::DecorationRole of a table row: a QImage, or the type's glyph icon.
    QVariant thumbnail(const MediaSummary &media, int row) const;
    /// The grid cover (a QImage): the real one or the type's placeholder.
    QImage cover(const MediaSummary &media, int row) const;
    /// The state of the grid cover (what cover() returns).
    CoverState state(const MediaSummary &media) const;
    /// Forgets the rows waiting for covers (the model was reset).
    void forgetRows();

Q_SIGNALS:
    /// The cover at `url` changed (loaded or failed) for these rows, as they
    /// were numbered when they asked; the model checks they still show it.
    void coverChanged(const QString &url, const QSet<int> &rows);

private:
    QImage loaded(const QString &url, QSize size, int row) const;
    void notify(const QString &url);

    QPointer<CoverLoader> m_loader;
    QSize m_thumbnailSize { 14, 21 };
    QSize m_coverSize { 132, 198 };
    qreal m_ratio = 1.0;
    // Asking for a cover is not a change a view can see: the getters are const.
    mutable QHash<QString, QSet<int>> m_waiting;
};

} // namespace omt
