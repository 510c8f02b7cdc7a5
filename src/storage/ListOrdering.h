#pragma once

#include "core/Error.h"
#include "core/ListMoveReport.h"
#include "core/MediaList.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace omt {

class Database;

/// The order of a manual list's items (DESIGN §6: gapped positions; a move
/// writes only the moved rows unless the gap is exhausted, then the list is
/// renumbered in the same transaction).
class ListOrdering
{
    Q_DECLARE_TR_FUNCTIONS(omt::ListOrdering)

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
