#include "ListPositionsSql.h"

#include "SqlConnection.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace omt::ListPositionsSql {

QString idText(const QUuid &id)
{
    return SqlValues::uuid(id).toString();
}

QString jsonText(const QJsonArray &rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QString idRows(const QList<QUuid> &ids)
{
    QJsonArray rows;
    for (const QUuid &id : ids)
        rows.append(QJsonObject { { QStringLiteral("media_id"), idText(id) } });
    return jsonText(rows);
}

QJsonArray keyRows(const QUuid &listId, const QList<QUuid> &ids)
{
    QJsonArray rows;
    for (const QUuid &id : ids)
        rows.append(QJsonObject {
            { QStringLiteral("list_id"), idText(listId) }, { QStringLiteral("media_id"), idText(id) } });
    return rows;
}

Result<QHash<QUuid, qint64>> positionsOf(
    const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    // The list id travels in every row, so the join can only be driven by the
    // given ids (primary key lookups), never by a walk of the whole list.
    const QString source = d.jsonRecordSource({ { QStringLiteral("list_id"), ColumnType::Uuid },
        { QStringLiteral("media_id"), ColumnType::Uuid } });
    // The extra membership test lets PostgreSQL probe an index instead of
    // hashing the whole table (it cannot estimate the JSON row source).
    auto query = sql.run(
        QStringLiteral("SELECT %1, li.position FROM (%2) r"
                       " JOIN %3 li ON li.list_id = r.list_id AND li.media_id = r.media_id"
                       " WHERE %4")
            .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid), source, d.table(Table::ListItems),
                d.inJsonArray(QStringLiteral("li.media_id"), ColumnType::Uuid)),
        { jsonText(keyRows(listId, ids)), SqlValues::uuidArray(ids) }, context);
    if (!query)
        return query.error();
    QHash<QUuid, qint64> positions;
    while (query->next())
        positions.insert(SqlValues::toUuid(query->value(0)), query->value(1).toLongLong());
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return positions;
}

Result<QList<ListItem>> orderedPositions(
    const SqlConnection &sql, const QUuid &listId, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    auto query = sql.run(QStringLiteral("SELECT %1, li.position FROM %2 li WHERE li.list_id = %3"
                                        " ORDER BY li.position, li.media_id")
                             .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                                 d.table(Table::ListItems), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, context);
    if (!query)
        return query.error();
    QList<ListItem> items;
    while (query->next()) {
        ListItem item;
        item.listId = listId;
        item.mediaId = SqlValues::toUuid(query->value(0));
        item.position = query->value(1).toLongLong();
        items.append(item);
    }
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return items;
}

} // namespace omt::ListPositionsSql
