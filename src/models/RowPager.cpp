#include "RowPager.h"

#include "LibraryQueries.h"
#include "LibraryService.h"
#include "storage/AsyncStorage.h"

#include <QPointer>

namespace omt {

namespace {
// Beyond this many rows from the nearest known cursor a catalogue page waits
// for the page anchors instead of reading past the rows in between.
constexpr int MaxSkippedRows = 2 * RowPager::PageSize;
} // namespace

RowPager::RowPager(LibraryService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void RowPager::reset()
{
    ++m_layoutVersion;
    m_cache.clear();
    m_cursors.clear();
    m_pagesInFlight.clear();
    m_pagesWaitingForAnchors.clear();
    m_pagesWaitingForIds.clear();
    m_anchorsInFlight = false;
    m_anchorsLoaded = false;
    m_ids.clear();
}

void RowPager::resetKeyset(
    const MediaQuery &query, int rowCount, const QList<LibraryRow> &firstRows, const PageCursor &next)
{
    reset();
    m_snapshot = false;
    m_query = query;
    m_rowCount = rowCount;
    if (!firstRows.isEmpty()) {
        m_cursors.put(int(firstRows.size()) - 1, next);
        m_cache.putPage(0, firstRows);
    }
}

void RowPager::resetSnapshot(const QList<QUuid> &ids, const QList<LibraryRow> &firstRows, int rowCount)
{
    reset();
    m_snapshot = true;
    m_query = {};
    m_ids = ids;
    m_rowCount = qMax(int(ids.size()), rowCount);
    // Search results come whole: every page is stored.
    for (qsizetype start = 0; start < firstRows.size(); start += PageSize)
        m_cache.putPage(int(start / PageSize), firstRows.mid(start, PageSize));
}

bool RowPager::completeSnapshot(const QList<QUuid> &ids)
{
    if (!m_snapshot || ids.size() != m_rowCount || ids.mid(0, m_ids.size()) != m_ids)
        return false;
    m_ids = ids;
    const QSet<int> waiting = std::exchange(m_pagesWaitingForIds, {});
    for (int page : waiting)
        fetchSnapshotPage(page);
    return true;
}

const LibraryRow *RowPager::row(int row)
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (const LibraryRow *cached = m_cache.row(row))
        return cached;
    requestPage(m_cache.pageOf(row));
    return nullptr;
}

const LibraryRow *RowPager::peek(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    return m_cache.peek(row);
}

QUuid RowPager::idAt(int row) const
{
    if (m_snapshot)
        return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
    const LibraryRow *value = peek(row);
    return value ? value->media.id : QUuid();
}

std::optional<int> RowPager::rowOf(const QUuid &mediaId) const
{
    if (!m_snapshot)
        return m_cache.rowOf(mediaId);
    const qsizetype row = m_ids.indexOf(mediaId);
    return row < 0 ? std::nullopt : std::optional<int>(int(row));
}

void RowPager::idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
    std::function<void(Result<QList<QUuid>>)> done)
{
    QList<QUuid> ids;
    bool complete = true;
    for (const auto &[first, last] : ranges) {
        for (int row = first; row <= last && complete; ++row) {
            const QUuid id = idAt(row);
            if (id.isNull())
                complete = false;
            else
                ids.append(id);
        }
    }
    if (complete) {
        done(ids);
        return;
    }
    // Catalogue rows not in memory: read just their ids, from the closest
    // known cursor before each range.
    struct Range
    {
        PageCursor start;
        int skip = 0;
        int count = 0;
    };
    QList<Range> reads;
    for (const auto &[first, last] : ranges) {
        const KeysetCursors::Start start = m_cursors.nearestBefore(first);
        reads.append(Range { start.cursor, first - (start.afterRow + 1), last - first + 1 });
    }
    const quint64 layout = m_layoutVersion;
    QPointer<QObject> guard(receiver);
    m_service.storage().run(
        [query = m_query, reads](Repositories &r) -> Result<QList<QUuid>> {
            QList<QUuid> found;
            for (const Range &range : reads) {
                auto read = LibraryQueries::catalogueIds(r, query, range.start, range.skip, range.count);
                if (!read)
                    return read.error();
                found.append(*read);
            }
            return found;
        },
        this,
        [this, ranges, layout, guard, done](Result<QList<QUuid>> found) {
            if (!guard)
                return;
            if (layout != m_layoutVersion) {
                // Rows moved meanwhile: the ranges mean other items now.
                idsOfRows(ranges, guard, done);
                return;
            }
            done(std::move(found));
        });
}

QList<int> RowPager::updateRows(const QUuid &mediaId, const std::function<void(LibraryRow &)> &change)
{
    return m_cache.updateRows(mediaId, change);
}

void RowPager::insertRow(int row, const LibraryRow &value)
{
    row = qBound(0, row, m_rowCount);
    ++m_layoutVersion;
    ++m_rowCount;
    m_cache.insertRow(row, value);
    if (m_snapshot)
        m_ids.insert(row, value.media.id);
    else
        m_cursors.rowInserted(row);
    dropPagesInFlight();
}

void RowPager::removeRow(int row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    ++m_layoutVersion;
    --m_rowCount;
    m_cache.removeRow(row);
    if (m_snapshot)
        m_ids.removeAt(row);
    else
        m_cursors.rowRemoved(row);
    dropPagesInFlight();
}

void RowPager::reorder(const QList<QUuid> &ids, const QList<int> &oldRowOf)
{
    ++m_layoutVersion;
    QList<int> newRowOf(m_rowCount, -1);
    for (qsizetype row = 0; row < oldRowOf.size(); ++row)
        newRowOf[oldRowOf.at(row)] = int(row);
    m_cache.remap([&newRowOf](int old) { return old < newRowOf.size() ? newRowOf.at(old) : -1; });
    m_ids = ids;
    m_rowCount = int(ids.size());
    dropPagesInFlight();
}

void RowPager::dropPagesInFlight()
{
    // Their answers are for the old layout and will be dropped; pages a view
    // still shows are asked for again when it repaints.
    m_pagesInFlight.clear();
}

void RowPager::requestPage(int page)
{
    if (m_pagesInFlight.contains(page) || m_pagesWaitingForAnchors.contains(page)
        || m_pagesWaitingForIds.contains(page))
        return;
    if (m_snapshot) {
        if (qMin(m_rowCount, (page + 1) * PageSize) > m_ids.size())
            m_pagesWaitingForIds.insert(page);
        else
            fetchSnapshotPage(page);
        return;
    }
    const KeysetCursors::Start start = m_cursors.nearestBefore(page * PageSize);
    if (page * PageSize - (start.afterRow + 1) > MaxSkippedRows && !m_anchorsLoaded) {
        m_pagesWaitingForAnchors.insert(page);
        requestAnchors();
        return;
    }
    fetchKeysetPage(page);
}

void RowPager::fetchSnapshotPage(int page)
{
    const int firstRow = page * PageSize;
    const int limit = qMin(PageSize, m_rowCount - firstRow);
    if (limit <= 0)
        return;
    m_pagesInFlight.insert(page);
    const QList<QUuid> ids = m_ids.mid(firstRow, limit);
    const quint64 layout = m_layoutVersion;
    m_service.storage().run(
        [ids, userId = m_service.userId()](Repositories &r) { return LibraryQueries::rows(r, userId, ids); },
        this,
        [this, page, layout, ids](Result<QList<LibraryRow>> rows) {
            if (layout != m_layoutVersion)
                return;
            m_pagesInFlight.remove(page);
            if (!rows) {
                Q_EMIT failed(rows.error());
                return;
            }
            // An item deleted meanwhile by someone else keeps an empty row
            // until the change reaches this view (asking again would loop).
            if (rows->size() != ids.size()) {
                QHash<QUuid, LibraryRow> byId;
                for (const LibraryRow &value : std::as_const(*rows))
                    byId.insert(value.media.id, value);
                QList<LibraryRow> complete;
                complete.reserve(ids.size());
                for (const QUuid &id : ids) {
                    LibraryRow value = byId.value(id);
                    value.media.id = id;
                    complete.append(std::move(value));
                }
                *rows = std::move(complete);
            }
            storePage(page, std::move(*rows));
        });
}

void RowPager::fetchKeysetPage(int page)
{
    const int firstRow = page * PageSize;
    const KeysetCursors::Start start = m_cursors.nearestBefore(firstRow);
    const int skip = firstRow - (start.afterRow + 1);
    const int limit = qMin(PageSize, m_rowCount - firstRow);
    if (limit <= 0)
        return;
    m_pagesInFlight.insert(page);
    const quint64 layout = m_layoutVersion;
    m_service.storage().run(
        [query = m_query, userId = m_service.userId(), cursor = start.cursor, skip, limit](
            Repositories &r) { return LibraryQueries::cataloguePage(r, query, userId, cursor, skip, limit); },
        this,
        [this, page, layout](Result<std::pair<QList<LibraryRow>, PageCursor>> fetched) {
            if (layout != m_layoutVersion)
                return;
            m_pagesInFlight.remove(page);
            if (!fetched) {
                Q_EMIT failed(fetched.error());
                return;
            }
            m_cursors.put(page * PageSize + int(fetched->first.size()) - 1, fetched->second);
            storePage(page, std::move(fetched->first));
        });
}

void RowPager::requestAnchors()
{
    if (m_anchorsInFlight)
        return;
    m_anchorsInFlight = true;
    const quint64 layout = m_layoutVersion;
    m_service.storage().run(
        [query = m_query](Repositories &r) { return r.media.pageAnchors(query, PageSize); }, this,
        [this, layout](Result<QList<PageCursor>> anchors) {
            m_anchorsInFlight = false;
            if (layout != m_layoutVersion) {
                requestWaitingPages();
                return;
            }
            if (!anchors) {
                Q_EMIT failed(anchors.error());
                return;
            }
            m_anchorsLoaded = true;
            for (qsizetype i = 0; i < anchors->size(); ++i)
                m_cursors.put(int(i + 1) * PageSize - 1, anchors->at(i));
            const QSet<int> waiting = std::exchange(m_pagesWaitingForAnchors, {});
            for (int page : waiting)
                fetchKeysetPage(page);
        });
}

void RowPager::requestWaitingPages()
{
    // Pages that waited for anchors that came too late: ask again; they wait
    // for fresh anchors if they still need them.
    const QSet<int> waiting = std::exchange(m_pagesWaitingForAnchors, {});
    for (int page : waiting)
        requestPage(page);
}

void RowPager::storePage(int page, QList<LibraryRow> rows)
{
    const int firstRow = page * PageSize;
    const int lastRow = qMin(m_rowCount, firstRow + int(rows.size())) - 1;
    m_cache.putPage(page, std::move(rows));
    if (lastRow >= firstRow)
        Q_EMIT rowsArrived(firstRow, lastRow);
}

} // namespace omt
