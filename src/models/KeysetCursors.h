#pragma once

#include "core/MediaQuery.h"

#include <QMap>

namespace omt {

/// Known keyset cursors of one catalogue view, each marking the boundary
/// after a row, so that any page can be fetched from the nearest boundary
/// before it. Cursors come from fetched pages and from the repository's page
/// anchors; insertions and removals move the rows they are attached to
/// (the cursor of a removed row is forgotten).
class KeysetCursors
{
public:
    struct Start
    {
        /// The row the cursor follows; -1 for the start of the view.
        int afterRow = -1;
        PageCursor cursor;
    };

    void clear() { m_afterRow.clear(); }
    void put(int afterRow, const PageCursor &cursor);
    /// The closest known boundary at or before `row` (the start of the view if none).
    Start nearestBefore(int row) const;

    void rowInserted(int row);
    void rowRemoved(int row);

private:
    QMap<int, PageCursor> m_afterRow;
};

} // namespace omt
