#pragma once

#include "core/Error.h"
#include "core/MediaList.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace omt {

class Database;

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

/// The order of a manual list's items (DESIGN §6: gapped positions; a move
/// writes only the moved rows unless the gap is exhausted, then the list is
/// renumbered in the same transaction).
class ListOrdering
{
public:
    explicit ListOrdering(Database &database);

    /// Moves the items (keeping their relative order) to just before
    /// `beforeMediaId`, or to the end when it is empty.
    Result<ListMoveReport> moveItems(
        const QUuid &listId, const QList<QUuid> &mediaIds, const std::optional<QUuid> &beforeMediaId);
    /// Gives items the positions in `items` (one statement); returns the rows written.
    Result<int> setPositions(const QUuid &listId, const QList<ListItem> &items);

private:
    Database &m_database;
};

} // namespace omt
