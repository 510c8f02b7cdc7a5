#pragma once

#include <QDateTime>
#include <QUuid>

namespace omt {

/// Where a page of a user's interactions continues: (updated_at, media id) of
/// the last row, newest first. Empty for the first page.
struct InteractionCursor
{
    QDateTime updatedAt;
    QUuid mediaId;

    bool isStart() const { return mediaId.isNull(); }
};

} // namespace omt
