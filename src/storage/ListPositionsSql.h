#pragma once

#include "core/Error.h"
#include "core/MediaList.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QUuid>

namespace omt {

class SqlConnection;

/// Statements and helpers that ListItemRepository and ListOrdering share:
/// reading the positions of a list's items, inside the caller's connection.
/// Internal to storage.
namespace ListPositionsSql {

/// The id as its text in statements and JSON batches.
QString idText(const QUuid &id);
/// A batch as the one JSON parameter of SqlDialect::jsonRecordSource.
QString jsonText(const QJsonArray &rows);
/// The ids as rows of a jsonRecordSource with the single column media_id.
QString idRows(const QList<QUuid> &ids);
/// The ids as rows of a jsonRecordSource with the columns list_id and
/// media_id: the list id in every row makes each row a primary key lookup.
QJsonArray keyRows(const QUuid &listId, const QList<QUuid> &ids);

/// The positions of the given items in the list; items not in the list are
/// missing from the result.
Result<QHash<QUuid, qint64>> positionsOf(
    const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids, const QString &context);

/// Every item's id and position in order, from the position index alone.
Result<QList<ListItem>> orderedPositions(
    const SqlConnection &sql, const QUuid &listId, const QString &context);

} // namespace ListPositionsSql

} // namespace omt
