#pragma once

#include "MediaList.h"

#include <QList>

namespace omt {

/// What a move changed: the rows it wrote, with their positions before and
/// after (usually the moved items; the whole list when it was renumbered).
/// Giving the `before` positions back undoes the move exactly.
struct ListMoveReport
{
    QList<ListItem> before;
    QList<ListItem> after;
    /// Rows the move wrote: one per moved item, more when the list was
    /// renumbered, none when the items were already in place.
    int rowsWritten = 0;
};

} // namespace omt
