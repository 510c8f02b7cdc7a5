#pragma once

#include "KeysetCursors.h"
#include "LibraryRow.h"
#include "PagedRowCache.h"
#include "core/Error.h"
#include "core/MediaQuery.h"

#include <QObject>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace omt {

class LibraryService;

/// The rows of one library view, of any length, paged into memory as the
/// view asks for them. Two ways to find a page:
/// - keyset: the catalogue, in the database's order, each page read after
///   the nearest known cursor (a jump far down waits for the page anchors);
/// - snapshot: search results, lists and smart lists, whose ids are all
///   known in view order (read once, a few bytes per item), each page read
///   by its ids.
/// Rows come back on the GUI thread (rowsArrived); insertions, removals and
/// reorders keep the cached rows where they belong.
class RowPager : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    RowPager(LibraryService &service, QObject *parent = nullptr);

    /// Starts over on a catalogue query: `rowCount` rows, the first page
    /// `firstRows` ending at cursor `next`.
    void resetKeyset(
        const MediaQuery &query, int rowCount, const QList<LibraryRow> &firstRows, const PageCursor &next);
    /// Starts over on a snapshot: the ids shown, in order, with the rows
    /// already read (from the first). `rowCount` larger than the ids: only
    /// the first ids are known yet, the others come with completeSnapshot();
    /// pages beyond them wait for that.
    void resetSnapshot(const QList<QUuid> &ids, const QList<LibraryRow> &firstRows, int rowCount = -1);
    /// Every id of the snapshot has come; false when their number is not the
    /// row count (the library changed meanwhile: read it again).
    bool completeSnapshot(const QList<QUuid> &ids);
    bool isSnapshot() const { return m_snapshot; }
    /// Every id of the snapshot is known (always true for the catalogue).
    bool isComplete() const { return !m_snapshot || m_ids.size() == m_rowCount; }

    int rowCount() const { return m_rowCount; }
    /// The row if in memory, otherwise null and its page is asked for.
    const LibraryRow *row(int row);
    /// The row if in memory; never fetches.
    const LibraryRow *peek(int row) const;
    /// The id shown at `row`: at once for snapshots, else when its row is in memory.
    QUuid idAt(int row) const;
    /// Where the item is shown: any row of a snapshot, loaded rows of the catalogue.
    std::optional<int> rowOf(const QUuid &mediaId) const;
    /// Snapshots: every id in view order.
    const QList<QUuid> &ids() const { return m_ids; }

    /// The ids of the rows in the ranges (first, last), in row order: at once
    /// when known, otherwise read from the database and delivered later.
    void idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
        std::function<void(Result<QList<QUuid>>)> done);

    /// Changes the values of every cached row of the item; returns the rows.
    QList<int> updateRows(const QUuid &mediaId, const std::function<void(LibraryRow &)> &change);
    void insertRow(int row, const LibraryRow &value);
    void removeRow(int row);
    /// Snapshots: the rows take the order of `ids` (a subset of the shown
    /// ids, each once): row i of the result is old row `oldRowOf[i]`.
    void reorder(const QList<QUuid> &ids, const QList<int> &oldRowOf);
    /// Incremented by every change of rows: answers for an older layout are
    /// dropped and asked for again.
    quint64 layoutVersion() const { return m_layoutVersion; }

Q_SIGNALS:
    /// Rows first..last were read and can be shown.
    void rowsArrived(int first, int last);
    void failed(const omt::Error &error);

private:
    void reset();
    void requestPage(int page);
    void fetchKeysetPage(int page);
    void fetchSnapshotPage(int page);
    void requestAnchors();
    void requestWaitingPages();
    void storePage(int page, QList<LibraryRow> rows);
    void dropPagesInFlight();

    LibraryService &m_service;
    bool m_snapshot = false;
    MediaQuery m_query;
    int m_rowCount = 0;
    QList<QUuid> m_ids;
    PagedRowCache m_cache { PageSize, MaxCachedPages };
    KeysetCursors m_cursors;
    QSet<int> m_pagesInFlight;
    QSet<int> m_pagesWaitingForAnchors;
    /// Snapshot pages beyond the ids known yet.
    QSet<int> m_pagesWaitingForIds;
    bool m_anchorsInFlight = false;
    bool m_anchorsLoaded = false;
    quint64 m_layoutVersion = 0;
};

} // namespace omt
