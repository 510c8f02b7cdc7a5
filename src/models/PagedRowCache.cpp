#include "PagedRowCache.h"

#include <QThreadPool>

namespace omt {

PagedRowCache::PagedRowCache(int pageSize, int maxPages)
    : m_pageSize(qMax(1, pageSize))
    , m_maxPages(qMax(1, maxPages))
{ }

bool PagedRowCache::hasCompletePage(int page) const
{
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return false;
    for (const auto &row : it->rows) {
        if (!row)
            return false;
    }
    return true;
}

const LibraryRow *PagedRowCache::row(int row)
{
    const auto page = m_pages.find(pageOf(row));
    if (page == m_pages.end())
        return nullptr;
    const auto offset = std::size_t(row - page.key() * m_pageSize);
    if (offset >= page->rows.size() || !page->rows[offset])
        return nullptr;
    page->lastUsed = ++m_clock;
    return &*page->rows[offset];
}

const LibraryRow *PagedRowCache::peek(int row) const
{
    const auto page = m_pages.constFind(pageOf(row));
    if (page == m_pages.cend())
        return nullptr;
    const auto offset = std::size_t(row - page.key() * m_pageSize);
    if (offset >= page->rows.size() || !page->rows[offset])
        return nullptr;
    return &*page->rows[offset];
}

void PagedRowCache::putPage(int page, QList<LibraryRow> rows)
{
    // Moved, not copied: a page arrives while the user scrolls.
    Page stored;
    stored.rows.reserve(std::size_t(rows.size()));
    for (LibraryRow &row : rows)
        stored.rows.emplace_back(std::move(row));
    stored.lastUsed = ++m_clock;
    m_pages.emplace(page, std::move(stored));
    evict();
}

void PagedRowCache::evict()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        releaseInBackground(std::move(oldest->rows));
        m_pages.erase(oldest);
    }
}

void PagedRowCache::releaseInBackground(std::vector<std::optional<LibraryRow>> &&rows)
{
    // Freeing a page of rows (thousands of strings) takes a millisecond or
    // more, at times several: on the GUI thread it would land in the frame
    // that shows the page just read. Their data is shared atomically, so
    // any thread may drop the last reference.
    QThreadPool::globalInstance()->start([rows = std::move(rows)]() mutable { rows.clear(); });
}

std::optional<int> PagedRowCache::rowOf(const QUuid &mediaId) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (std::size_t i = 0; i < page->rows.size(); ++i) {
            if (page->rows[i] && page->rows[i]->media.id == mediaId)
                return page.key() * m_pageSize + int(i);
        }
    }
    return std::nullopt;
}

QList<int> PagedRowCache::updateRows(const QUuid &mediaId, const std::function<void(LibraryRow &)> &change)
{
    QList<int> changed;
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        for (std::size_t i = 0; i < page->rows.size(); ++i) {
            if (page->rows[i] && page->rows[i]->media.id == mediaId) {
                change(*page->rows[i]);
                changed.append(page.key() * m_pageSize + int(i));
            }
        }
    }
    return changed;
}

QMap<int, PagedRowCache::Slot> PagedRowCache::allRows() const
{
    QMap<int, Slot> rows;
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (std::size_t i = 0; i < page->rows.size(); ++i) {
            if (page->rows[i])
                rows.insert(page.key() * m_pageSize + int(i), Slot { *page->rows[i], page->lastUsed });
        }
    }
    return rows;
}

void PagedRowCache::insertRow(int row, const LibraryRow &value)
{
    QMap<int, Slot> shifted;
    const QMap<int, Slot> rows = allRows();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        shifted.insert(it.key() >= row ? it.key() + 1 : it.key(), it.value());
    // The edit happens where the user looks.
    shifted.insert(row, Slot { value, ++m_clock });
    rebuild(shifted);
}

void PagedRowCache::removeRow(int row)
{
    QMap<int, Slot> shifted;
    const QMap<int, Slot> rows = allRows();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() != row)
            shifted.insert(it.key() > row ? it.key() - 1 : it.key(), it.value());
    }
    rebuild(shifted);
}

void PagedRowCache::remap(const std::function<int(int)> &newRowOf)
{
    QMap<int, Slot> moved;
    const QMap<int, Slot> rows = allRows();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (const int row = newRowOf(it.key()); row >= 0)
            moved.insert(row, it.value());
    }
    rebuild(moved);
}

void PagedRowCache::rebuild(const QMap<int, Slot> &rows)
{
    QHash<int, Page> pages;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        Page &page = pages[pageOf(it.key())];
        const auto offset = std::size_t(it.key() % m_pageSize);
        if (page.rows.size() <= offset)
            page.rows.resize(offset + 1);
        page.rows[offset] = it->row;
        // A page made of rows from several pages is as recent as the most
        // recent of them.
        page.lastUsed = qMax(page.lastUsed, it->lastUsed);
    }
    m_pages = std::move(pages);
    evict();
}

} // namespace omt
