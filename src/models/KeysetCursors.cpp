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
    // Boundaries keep their place between sort values; the removed row no
    // longer counts, so those after it move up one. The boundary right after
    // the removed row now follows the row before it; one already known there wins.
    QMap<int, PageCursor> shifted;
    for (auto it = m_afterRow.cbegin(); it != m_afterRow.cend(); ++it) {
        if (it.key() < row)
            shifted.insert(it.key(), it.value());
    }
    for (auto it = m_afterRow.cbegin(); it != m_afterRow.cend(); ++it) {
        if (it.key() >= row && it.key() - 1 >= 0 && !shifted.contains(it.key() - 1))
            shifted.insert(it.key() - 1, it.value());
    }
    m_afterRow = std::move(shifted);
}

} // namespace omt
