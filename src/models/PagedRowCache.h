#pragma once

#include "LibraryRow.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>
#include <vector>

namespace omt {

/// The rows of a long view that are in memory, by pages, the least recently
/// used dropped beyond a bound. Insertions and removals shift the cached
/// rows, so that a view keeps showing what it showed when one row changes;
/// a page left with a gap by a shift keeps its other rows and is fetched again.
class PagedRowCache
{
public:
    PagedRowCache(int pageSize, int maxPages);

    int pageSize() const { return m_pageSize; }
    int pageOf(int row) const { return row / m_pageSize; }
    int cachedPageCount() const { return int(m_pages.size()); }

    /// Whether every row of the page is in memory.
    bool hasCompletePage(int page) const;
    /// The row when it is in memory (and marks its page as recently used).
    const LibraryRow *row(int row);
    /// The row when it is in memory, without marking its page as used.
    const LibraryRow *peek(int row) const;
    /// Stores a whole page.
    void putPage(int page, QList<LibraryRow> rows);
    void clear() { m_pages.clear(); }

    /// The cached row showing this item, if any.
    std::optional<int> rowOf(const QUuid &mediaId) const;
    /// Calls `change` for every cached row of the item; returns the rows changed.
    QList<int> updateRows(const QUuid &mediaId, const std::function<void(LibraryRow &)> &change);

    /// Shifts the cached rows for an insertion at `row`.
    void insertRow(int row, const LibraryRow &value);
    /// Shifts the cached rows for a removal at `row`.
    void removeRow(int row);
    /// Moves every cached row to `newRowOf(row)`; rows mapped to -1 are dropped.
    void remap(const std::function<int(int)> &newRowOf);

private:
    struct Page
    {
        /// Empty slots are rows a shift moved out of reach.
        std::vector<std::optional<LibraryRow>> rows;
        quint64 lastUsed = 0;
    };

    /// A cached row and when its page was last used, so that a shift keeps
    /// the eviction order: the page in view stays, wherever its rows move.
    struct Slot
    {
        LibraryRow row;
        quint64 lastUsed = 0;
    };

    QMap<int, Slot> allRows() const;
    void rebuild(const QMap<int, Slot> &rows);
    void evict();
    static void releaseInBackground(std::vector<std::optional<LibraryRow>> &&rows);

    int m_pageSize;
    int m_maxPages;
    quint64 m_clock = 0;
    QHash<int, Page> m_pages;
};

} // namespace omt
