#include "KeysetCursors.h"

namespace omt {

void KeysetCursors::put(int afterRow, const PageCursor &cursor)
{
    if (afterRow >= 0 && !cursor.isStart())
        m_afterRow.insert(afterRow, cursor);
}

KeysetCursors::Start KeysetCursors::nearestBefore(int row) const
{
    // The cursor after row `row - 1` starts exactly at `row`.
    auto it = m_afterRow.upperBound(row - 1);
    if (it == m_afterRow.cbegin())
        return {};
    --it;
    return { it.key(), it.value() };
}

void KeysetCursors::rowInserted(int row)
{
    // A boundary after row r (r >= row) now follows row r + 1: the new row
    // sorts before it.
    QMap<int, PageCursor> shifted;
    for (auto it = m_afterRow.cbegin(); it != m_afterRow.cend(); ++it)
        shifted.insert(it.key() >= row ? it.key() + 1 : it.key(), it.value());
    m_afterRow = std::move(shifted);
}

void KeysetCursors::rowRemoved(int row)
{
    // Boundaries after the removed row move up one. The boundary of the
    // removed row itself goes: its sort key now lies between two rows, and a
    // later insertion there could not tell on which side of it the new row
    // falls (its place in the view is all rowInserted learns), so the page
    // read from it would be off by one. Every kept cursor is the key of the
    // row it follows.
    QMap<int, PageCursor> shifted;
    for (auto it = m_afterRow.cbegin(); it != m_afterRow.cend(); ++it) {
        if (it.key() != row)
            shifted.insert(it.key() > row ? it.key() - 1 : it.key(), it.value());
    }
    m_afterRow = std::move(shifted);
}

} // namespace omt
