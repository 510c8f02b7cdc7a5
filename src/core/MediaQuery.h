#pragma once

#include "Enums.h"

#include <QUuid>
#include <QVariant>

#include <optional>

namespace omt {

enum class MediaSortKey {
    Title,
    ReleaseDate,
    CreatedAt,
    UpdatedAt,
};

enum class SortDirection {
    Ascending,
    Descending,
};

/// Which media a page is taken from and in which order.
struct MediaQuery
{
    MediaSortKey sortKey = MediaSortKey::Title;
    SortDirection direction = SortDirection::Ascending;
    std::optional<MediaType> type;
    /// Restricts to this class and its descendants ("video.film" includes
    /// "video.film.feature"); empty for all classes.
    QString classSubtree;

    friend bool operator==(const MediaQuery &, const MediaQuery &) = default;
};

/// Where a page starts: the sort key and id of the last row before it. An
/// empty cursor is the first page. Cursors come from the repository; their
/// sort value is in the storage representation and is opaque to callers.
struct PageCursor
{
    QVariant sortValue;
    QUuid id;

    bool isStart() const { return id.isNull(); }
};

} // namespace omt
