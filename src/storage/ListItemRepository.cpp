#include "ListItemRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "ListPositionsSql.h"
#include "MediaColumns.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/ListPositions.h"
#include "core/Timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace omt {

using namespace ListPositionsSql;

namespace {
constexpr int MaxPageSize = 5000;

QList<QUuid> distinctIds(const QList<QUuid> &ids)
{
    QList<QUuid> distinct;
    QSet<QUuid> seen;
    for (const QUuid &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            distinct.append(id);
        }
    }
    return distinct;
}

} // namespace

ListItemRepository::ListItemRepository(Database &database)
    : m_database(database)
{ }

Result<int> ListItemRepository::addItems(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    QJsonArray rows;
    QSet<QUuid> seen;
    for (const QUuid &id : mediaIds) {
        if (id.isNull())
            return Error::invalidInput(tr("Only stored items can be added to a list."));
        if (seen.contains(id))
            continue;
        seen.insert(id);
        rows.append(QJsonObject {
            { QStringLiteral("media_id"), idText(id) }, { QStringLiteral("ord"), rows.size() } });
    }
    if (rows.isEmpty())
        return 0;

    const QString context = tr("adding items to a list");
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<int> {
        const SqlDialect &d = sql.dialect();

        {
            // Locked, so that concurrent additions to one list do not interleave positions.
            auto list = sql.run(QStringLiteral("SELECT list_type FROM %1 WHERE id = %2%3")
                                    .arg(d.table(Table::UserLists), d.param(ColumnType::Uuid), d.lockRows()),
                { SqlValues::uuid(listId) }, context);
            if (!list)
                return list.error();
            if (!list->next()) {
                if (auto read = sql.finishRows(*list); !read)
                    return read.error();
                return Error::notFound(tr("The list no longer exists."), idText(listId));
            }
            if (list->value(0).toString() != toDbString(ListType::Manual))
                return Error::invalidInput(
                    tr("A smart list chooses its items by its rule; items cannot be added by hand."));
        }

        // The whole batch in one statement, appended after the current last item
        // (an index lookup) in the given order; items already in the list are skipped.
        const QString source = d.jsonRecordSource({ { QStringLiteral("media_id"), ColumnType::Uuid },
            { QStringLiteral("ord"), ColumnType::Integer } });
        const QString table = d.table(Table::ListItems);
        const QString uuid = d.param(ColumnType::Uuid);
        auto inserted
            = sql.run(QStringLiteral("INSERT INTO %1 (list_id, media_id, position, added_at)"
                                     " SELECT %2, r.media_id,"
                                     " coalesce((SELECT max(x.position) FROM %1 x WHERE x.list_id = %2), 0)"
                                     " + ? * row_number() OVER (ORDER BY r.ord), %3"
                                     " FROM (%4) r"
                                     " WHERE NOT EXISTS (SELECT 1 FROM %1 x"
                                     " WHERE x.list_id = %2 AND x.media_id = r.media_id)"
                                     " ON CONFLICT (list_id, media_id) DO NOTHING")
                          .arg(table, uuid, d.param(ColumnType::Timestamp), source),
                { SqlValues::uuid(listId), SqlValues::uuid(listId), ListPositions::Step,
                    SqlValues::timestamp(Timestamps::now()), jsonText(rows), SqlValues::uuid(listId) },
                context);
        if (!inserted) {
            Error error = inserted.error();
            // The list was there a moment ago, so a missing reference is an item.
            if (error.subject == QLatin1String("foreign_key"))
                error.message = tr("An item to add no longer exists in the library.");
            return error;
        }
        const int added = inserted->numRowsAffected();
        inserted->finish();
        return added;
    });
}

Result<QList<QUuid>> ListItemRepository::membersAmong(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    QList<QUuid> members;
    if (mediaIds.isEmpty())
        return members;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const auto positions = positionsOf(*sql, listId, mediaIds, tr("reading a list"));
    if (!positions)
        return positions.error();
    QSet<QUuid> seen;
    for (const QUuid &id : mediaIds) {
        if (positions->contains(id) && !seen.contains(id)) {
            seen.insert(id);
            members.append(id);
        }
    }
    return members;
}

Result<int> ListItemRepository::removeItems(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    if (mediaIds.isEmpty())
        return 0;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString source = d.jsonRecordSource({ { QStringLiteral("media_id"), ColumnType::Uuid } });
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE list_id = %2"
                                         " AND media_id IN (SELECT r.media_id FROM (%3) r)")
                              .arg(d.table(Table::ListItems), d.param(ColumnType::Uuid), source),
        { SqlValues::uuid(listId), idRows(mediaIds) }, tr("removing items from a list"));
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<QList<QUuid>> ListItemRepository::mediaIds(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("reading a list");
    // The ids alone, in one walk of the position index: opening a list of
    // the whole library reads 100,000 of them, in 55 ms where reading whole
    // list items (positions, dates) and keeping their ids took 130.
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 li WHERE li.list_id = %3"
                                         " ORDER BY li.position, li.media_id")
                              .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                                  d.table(Table::ListItems), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, context);
    if (!query)
        return query.error();
    QList<QUuid> ids;
    while (query->next())
        ids.append(SqlValues::toUuid(query->value(0)));
    if (auto read = sql->finishRows(*query, context); !read)
        return read.error();
    return ids;
}

Result<QList<ListItem>> ListItemRepository::itemsAmong(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    QList<ListItem> items;
    if (mediaIds.isEmpty())
        return items;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // As in positionsOf: the list id in every row makes each a key lookup.
    const QString source = d.jsonRecordSource({ { QStringLiteral("list_id"), ColumnType::Uuid },
        { QStringLiteral("media_id"), ColumnType::Uuid } });
    auto query = sql->run(
        QStringLiteral("SELECT %1, li.position, %2 FROM (%3) r"
                       " JOIN %4 li ON li.list_id = r.list_id AND li.media_id = r.media_id"
                       " WHERE %5 ORDER BY li.position, li.media_id")
            .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                d.select(QStringLiteral("li.added_at"), ColumnType::Timestamp), source,
                d.table(Table::ListItems), d.inJsonArray(QStringLiteral("li.media_id"), ColumnType::Uuid)),
        { jsonText(keyRows(listId, mediaIds)), SqlValues::uuidArray(mediaIds) }, tr("reading a list"));
    if (!query)
        return query.error();
    while (query->next()) {
        ListItem item;
        item.listId = listId;
        item.mediaId = SqlValues::toUuid(query->value(0));
        item.position = query->value(1).toLongLong();
        item.addedAt = SqlValues::toTimestamp(query->value(2));
        items.append(item);
    }
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return items;
}

Result<QList<ListEntry>> ListItemRepository::entries(const QUuid &listId, int offset, int limit)
{
    limit = qBound(1, limit, MaxPageSize);
    offset = qMax(0, offset);
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1, %2, li.position, %3, %4 FROM %5 li"
                                         " JOIN %6 m ON m.id = li.media_id WHERE li.list_id = %7"
                                         " ORDER BY li.position, li.media_id LIMIT ? OFFSET ?")
                              .arg(d.select(QStringLiteral("li.list_id"), ColumnType::Uuid),
                                  d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                                  d.select(QStringLiteral("li.added_at"), ColumnType::Timestamp),
                                  MediaColumns::summary(d, QStringLiteral("m")), d.table(Table::ListItems),
                                  d.table(Table::Media), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId), limit, offset }, tr("reading a list"));
    if (!query)
        return query.error();
    QList<ListEntry> entries;
    entries.reserve(limit);
    while (query->next()) {
        ListEntry entry;
        entry.item.listId = SqlValues::toUuid(query->value(0));
        entry.item.mediaId = SqlValues::toUuid(query->value(1));
        entry.item.position = query->value(2).toLongLong();
        entry.item.addedAt = SqlValues::toTimestamp(query->value(3));
        entry.media = MediaColumns::readSummary(*query, 4);
        entries.append(entry);
    }
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return entries;
}

Result<int> ListItemRepository::itemCount(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("SELECT count(*) FROM %1 WHERE list_id = %2")
                              .arg(sql->table(Table::ListItems), sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, tr("counting the items of a list"));
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0).toInt();
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return 0;
}

Result<QList<ListItem>> ListItemRepository::items(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1, %2, li.position, %3 FROM %4 li WHERE li.list_id = %5"
                                         " ORDER BY li.position, li.media_id")
                              .arg(d.select(QStringLiteral("li.list_id"), ColumnType::Uuid),
                                  d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                                  d.select(QStringLiteral("li.added_at"), ColumnType::Timestamp),
                                  d.table(Table::ListItems), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, tr("reading a list"));
    if (!query)
        return query.error();
    QList<ListItem> items;
    while (query->next())
        items.append(TableColumns::readListItem(*query));
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return items;
}

Result<void> ListItemRepository::restoreItems(const QList<ListItem> &items)
{
    if (items.isEmpty())
        return {};
    const QString context = tr("putting items back into a list");
    return m_database.write(
        context, [&](const SqlConnection &sql) { return restoreItemsOn(sql, items, context); });
}

Result<void> ListItemRepository::restoreItemsOn(
    const SqlConnection &sql, const QList<ListItem> &items, const QString &context)
{
    if (items.isEmpty())
        return {};
    const SqlDialect &d = sql.dialect();
    const QList<RecordColumn> columns = TableColumns::listItems();
    QList<QVariantList> rows;
    QList<QUuid> listIds;
    QList<QUuid> mediaIds;
    for (const ListItem &item : items) {
        rows.append(TableColumns::listItemValues(item));
        listIds.append(item.listId);
        mediaIds.append(item.mediaId);
    }
    const QString condition = QStringLiteral("EXISTS (SELECT 1 FROM %1 l WHERE l.id = src.list_id)"
                                             " AND EXISTS (SELECT 1 FROM %2 m WHERE m.id = src.media_id)")
                                  .arg(d.table(Table::UserLists), d.table(Table::Media));
    auto inserted = sql.run(TableColumns::insertFromRecords(d, Table::ListItems, columns, condition,
                                QStringLiteral("ON CONFLICT (list_id, media_id) DO NOTHING")),
        { JsonRecords::array(columns, rows) }, context);
    if (!inserted)
        return inserted.error();
    inserted->finish();

    // Usually every item gets its old position back. Should one collide
    // with an item placed there meanwhile, the list is renumbered in its
    // order, the restored item first among equals.
    const QString table = d.table(Table::ListItems);
    auto renumbered = sql.run(
        QStringLiteral(
            "UPDATE %1 AS li SET position = n.rn * ? FROM ("
            "SELECT x.list_id, x.media_id, row_number() OVER (PARTITION BY x.list_id"
            " ORDER BY x.position, CASE WHEN %2 THEN 0 ELSE 1 END, x.media_id) AS rn"
            " FROM %1 x WHERE x.list_id IN (SELECT c.list_id FROM %1 c WHERE %3"
            " GROUP BY c.list_id HAVING count(*) > count(DISTINCT c.position))) n"
            " WHERE li.list_id = n.list_id AND li.media_id = n.media_id AND li.position <> n.rn * ?")
            .arg(table, d.inJsonArray(QStringLiteral("x.media_id"), ColumnType::Uuid),
                d.inJsonArray(QStringLiteral("c.list_id"), ColumnType::Uuid)),
        { ListPositions::Step, SqlValues::uuidArray(distinctIds(mediaIds)),
            SqlValues::uuidArray(distinctIds(listIds)), ListPositions::Step },
        context);
    if (!renumbered)
        return renumbered.error();
    return {};
}

Result<QHash<QUuid, int>> ListItemRepository::itemCounts(const QUuid &ownerId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(
        QStringLiteral("SELECT %1, (SELECT count(*) FROM %2 li WHERE li.list_id = l.id)"
                       " FROM %3 l WHERE l.user_id = %4 AND l.list_type = ?")
            .arg(d.select(QStringLiteral("l.id"), ColumnType::Uuid), d.table(Table::ListItems),
                d.table(Table::UserLists), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(ownerId), toDbString(ListType::Manual) }, tr("counting the items of your lists"));
    if (!query)
        return query.error();
    QHash<QUuid, int> counts;
    while (query->next())
        counts.insert(SqlValues::toUuid(query->value(0)), query->value(1).toInt());
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return counts;
}

} // namespace omt
