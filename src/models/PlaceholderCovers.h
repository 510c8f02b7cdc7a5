#pragma once

#include "core/Enums.h"

#include <QIcon>
#include <QImage>
#include <QSize>

namespace omt {

/// What stands in for a cover until (or unless) a real one is known: a glyph
/// per media type for tables and lists, and a finished-looking cover (a soft
/// per-type tint with the glyph) for grids and the details pane.
///
/// Painted from item delegates of very large views, so results are cached;
/// GUI thread only.
class PlaceholderCovers
{
public:
    /// The type's glyph (scalable; the icon engine caches its pixmaps).
    static QIcon icon(MediaType type);

    /// A cover of size logical pixels rendered for devicePixelRatio; cached
    /// per (type, size, ratio) in a small bounded cache, so repeated calls
    /// from painting cost a hash lookup. Null for an empty size.
    static QImage cover(MediaType type, QSize size, qreal devicePixelRatio);

private:
    static QImage render(MediaType type, QSize size, qreal devicePixelRatio);
};

} // namespace omt
