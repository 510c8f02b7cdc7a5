#include "ListRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "MediaColumns.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/ListPositions.h"
#include "core/TextKeys.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::ListRepository", text);
}

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

/// Every column of MediaList, in the common text representation.
QString listColumns(const SqlDialect &d)
{
    return QStringList { d.select(QStringLiteral("id"), ColumnType::Uuid),
        d.select(QStringLiteral("user_id"), ColumnType::Uuid), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("list_type"),
        d.select(QStringLiteral("is_public"), ColumnType::Boolean),
        d.select(QStringLiteral("filter_definition"), ColumnType::Json),
        d.select(QStringLiteral("created_at"), ColumnType::Timestamp),
        d.select(QStringLiteral("updated_at"), ColumnType::Timestamp) }
        .join(QStringLiteral(", "));
}

MediaList readList(const QSqlQuery &q)
{
    MediaList list;
    list.id = SqlValues::toUuid(q.value(0));
    list.ownerId = SqlValues::toUuid(q.value(1));
    list.name = q.value(2).toString();
    list.description = q.value(3).toString();
    list.type = SqlValues::toEnum(q.value(4), ListType::Manual);
    list.isPublic = q.value(5).toInt() != 0;
    list.filterDefinition = SqlValues::toJsonObject(q.value(6));
    list.createdAt = SqlValues::toTimestamp(q.value(7));
    list.updatedAt = SqlValues::toTimestamp(q.value(8));
    return list;
}

QString idText(const QUuid &id)
{
    return SqlValues::uuid(id).toString();
}

/// A batch as the one JSON parameter of SqlDialect::jsonRecordSource.
QString jsonText(const QJsonArray &rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

/// The ids as rows of a jsonRecordSource with the single column media_id.
QString idRows(const QList<QUuid> &ids)
{
    QJsonArray rows;
    for (const QUuid &id : ids)
        rows.append(QJsonObject { { QStringLiteral("media_id"), idText(id) } });
    return jsonText(rows);
}

/// The order of list items: position, then media id as a tie-breaker (text
/// order on SQLite equals uuid order on PostgreSQL).
struct OrderKey
{
    qint64 position = 0;
    QString mediaId;

    friend bool operator<(const OrderKey &a, const OrderKey &b)
    {
        return a.position != b.position ? a.position < b.position : a.mediaId < b.mediaId;
    }
};

Result<MediaList> validated(MediaList list)
{
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return Error::invalidInput(tr("A list needs a name."));
    return list;
}

/// Refines generic constraint errors into sentences about lists.
Error explain(Error error, const QString &name)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("user_id,name"))
        error.message = tr("You already have a list named “%1”.").arg(name);
    else if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = tr("A list with this id already exists.");
    else if (error.subject == QLatin1String("user_lists_name_not_blank"))
        error.message = tr("A list needs a name.");
    else if (error.subject == QLatin1String("smart_lists_filter_object")
        || error.subject == QLatin1String("user_lists_filter_object"))
        error.message = tr("A list filter must be a JSON object.");
    return error;
}

/// The positions of the given items in the list; items not in the list are
/// missing from the result.
Result<QHash<QUuid, qint64>> positionsOf(
    const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    // The list id travels in every row, so the join can only be driven by the
    // given ids (primary key lookups), never by a walk of the whole list.
    QJsonArray rows;
    for (const QUuid &id : ids)
        rows.append(QJsonObject {
            { QStringLiteral("list_id"), idText(listId) }, { QStringLiteral("media_id"), idText(id) } });
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
        { jsonText(rows), SqlValues::uuidArray(ids) }, context);
    if (!query)
        return query.error();
    QHash<QUuid, qint64> positions;
    while (query->next())
        positions.insert(SqlValues::toUuid(query->value(0)), query->value(1).toLongLong());
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return positions;
}

/// The last item before `upper` (or the last of the list) that is not among
/// `skipped`: a backwards walk of list_items_by_position from `upper` that
/// passes over at most the skipped items, never a scan of the list.
Result<std::optional<OrderKey>> lastStayingBefore(const SqlConnection &sql, const QUuid &listId,
    const std::optional<OrderKey> &upper, const QList<QUuid> &skipped, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    QString statement = QStringLiteral("SELECT %1, position FROM %2 WHERE list_id = %3")
                            .arg(d.select(QStringLiteral("media_id"), ColumnType::Uuid),
                                d.table(Table::ListItems), d.param(ColumnType::Uuid));
    QVariantList values { SqlValues::uuid(listId) };
    if (upper) {
        statement += QStringLiteral(" AND (position, media_id) < (%1, %2)")
                         .arg(d.param(ColumnType::Integer), d.param(ColumnType::Uuid));
        values << upper->position << upper->mediaId;
    }
    statement += QStringLiteral(" AND media_id NOT IN (SELECT r.media_id FROM (%1) r)"
                                " ORDER BY position DESC, media_id DESC LIMIT 1")
                     .arg(d.jsonRecordSource({ { QStringLiteral("media_id"), ColumnType::Uuid } }));
    values.append(idRows(skipped));
    auto query = sql.run(statement, values, context);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql.finishRows(*query); !read)
            return read.error();
        return std::optional<OrderKey>();
    }
    return std::optional<OrderKey>(
        OrderKey { query->value(1).toLongLong(), idText(SqlValues::toUuid(query->value(0))) });
}

/// Every item's id and position in order, from the position index alone.
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

/// Gives the items the new positions; returns the number of rows written.
Result<int> writePositions(const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids,
    const QList<qint64> &positions, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    // As in positionsOf, the list id in every row makes the rows to write
    // primary key lookups; a bound list id would let SQLite's planner walk
    // the list and scan the batch for each of its items.
    QJsonArray rows;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rows.append(QJsonObject { { QStringLiteral("list_id"), idText(listId) },
            { QStringLiteral("media_id"), idText(ids.at(i)) },
            { QStringLiteral("position"), positions.at(i) } });
    const QString source = d.jsonRecordSource(
        { { QStringLiteral("list_id"), ColumnType::Uuid }, { QStringLiteral("media_id"), ColumnType::Uuid },
            { QStringLiteral("position"), ColumnType::Integer } });
    auto updated = sql.run(QStringLiteral("UPDATE %1 AS li SET position = r.position FROM (%2) r"
                                          " WHERE li.list_id = r.list_id AND li.media_id = r.media_id AND %3")
                               .arg(d.table(Table::ListItems), source,
                                   d.inJsonArray(QStringLiteral("li.media_id"), ColumnType::Uuid)),
        { jsonText(rows), SqlValues::uuidArray(ids) }, context);
    if (!updated)
        return updated.error();
    return updated->numRowsAffected();
}

/// Renumbers the whole list in steps of ListPositions::Step in its new order,
/// the moved items placed just before `anchor` in the given order, in one
/// statement. Rows whose position does not change are not written; returns
/// the number of rows written.
Result<int> renumberPlacing(const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids,
    const OrderKey &anchor, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    QJsonArray rows;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rows.append(
            QJsonObject { { QStringLiteral("media_id"), idText(ids.at(i)) }, { QStringLiteral("ord"), i } });
    const QString source = d.jsonRecordSource(
        { { QStringLiteral("media_id"), ColumnType::Uuid }, { QStringLiteral("ord"), ColumnType::Integer } });
    const QString uuid = d.param(ColumnType::Uuid);
    // Staying items sort by (position, media_id, 1, 0); moved ones by (anchor
    // position, anchor id, 0, their order), which is just before the anchor.
    auto renumbered = sql.run(
        QStringLiteral("UPDATE %1 AS li SET position = n.rn * ? FROM ("
                       "SELECT o.media_id, row_number() OVER (ORDER BY o.k1, o.k2, o.k3, o.k4) AS rn FROM ("
                       "SELECT x.media_id, x.position AS k1, x.media_id AS k2, 1 AS k3, 0 AS k4 FROM %1 x"
                       " WHERE x.list_id = %2 AND x.media_id NOT IN (SELECT s.media_id FROM (%3) s)"
                       " UNION ALL SELECT r.media_id, CAST(%4 AS bigint), %2, 0, r.ord FROM (%3) r) o) n"
                       " WHERE li.list_id = %2 AND li.media_id = n.media_id AND li.position <> n.rn * ?")
            .arg(d.table(Table::ListItems), uuid, source, d.param(ColumnType::Integer)),
        { ListPositions::Step, SqlValues::uuid(listId), jsonText(rows), anchor.position, anchor.mediaId,
            jsonText(rows), SqlValues::uuid(listId), ListPositions::Step },
        context);
    if (!renumbered)
        return renumbered.error();
    return renumbered->numRowsAffected();
}

/// Inserts the list's row, and its rule for a smart list, with the list's
/// own timestamps (part of the caller's transaction for smart lists).
Result<MediaList> insertList(
    const SqlConnection &sql, const MediaList &list, const QJsonObject &smartFilter, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    MediaList stored;
    {
        auto inserted = sql.run(
            QStringLiteral("INSERT INTO %1 (id, user_id, name, description, list_type, is_public,"
                           " filter_definition, created_at, updated_at)"
                           " VALUES (%2, %2, ?, ?, ?, %3, %4, %5, %5) RETURNING ")
                    .arg(d.table(Table::UserLists), d.param(ColumnType::Uuid), d.param(ColumnType::Boolean),
                        d.param(ColumnType::Json), d.param(ColumnType::Timestamp))
                + listColumns(d),
            { SqlValues::uuid(list.id), SqlValues::uuid(list.ownerId), list.name,
                SqlValues::requiredText(list.description), toDbString(list.type), list.isPublic,
                SqlValues::optionalJson(list.filterDefinition), SqlValues::timestamp(list.createdAt),
                SqlValues::timestamp(list.updatedAt) },
            context);
        if (!inserted) {
            Error error = explain(inserted.error(), list.name);
            if (error.subject == QLatin1String("foreign_key"))
                error.message = tr("The owner of the list no longer exists.");
            return error;
        }
        if (!inserted->next()) {
            if (auto read = sql.finishRows(*inserted); !read)
                return read.error();
            return Error::internal(
                tr("The list could not be created."), QStringLiteral("insert returned no row"));
        }
        stored = readList(*inserted);
    }
    if (list.type == ListType::Smart) {
        auto rule = sql.run(QStringLiteral("INSERT INTO %1 (list_id, filter_definition, created_at,"
                                           " updated_at) VALUES (%2, %3, %4, %4)")
                                .arg(d.table(Table::SmartLists), d.param(ColumnType::Uuid),
                                    d.param(ColumnType::Json), d.param(ColumnType::Timestamp)),
            { SqlValues::uuid(list.id), SqlValues::json(smartFilter), SqlValues::timestamp(list.createdAt),
                SqlValues::timestamp(list.updatedAt) },
            context);
        if (!rule)
            return explain(rule.error(), list.name);
    }
    return stored;
}

/// Checks what create and restore require of a list and its rule.
Result<MediaList> validatedNew(MediaList list, const QJsonObject &smartFilter)
{
    auto valid = validated(std::move(list));
    if (!valid)
        return valid.error();
    if (valid->ownerId.isNull())
        return Error::invalidInput(tr("A list belongs to a user."));
    if (valid->type == ListType::Smart && smartFilter.isEmpty())
        return Error::invalidInput(tr("A smart list needs a rule that selects its items."));
    if (valid->type == ListType::Manual && !smartFilter.isEmpty())
        return Error::invalidInput(tr("Only smart lists have a rule that selects their items."));
    return valid;
}

} // namespace

ListRepository::ListRepository(Database &database)
    : m_database(database)
{ }

Result<MediaList> ListRepository::create(MediaList list, const QJsonObject &smartFilter)
{
    auto valid = validatedNew(std::move(list), smartFilter);
    if (!valid)
        return valid.error();
    list = std::move(*valid);
    if (list.id.isNull())
        list.id = QUuid::createUuid();
    list.createdAt = list.updatedAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("creating the list “%1”").arg(list.name);
    // A smart list is two rows, written together; a manual list is one statement.
    std::optional<ScopedTransaction> transaction;
    if (list.type == ListType::Smart) {
        auto begun = sql->beginWrite(context);
        if (!begun)
            return begun.error();
        transaction.emplace(std::move(*begun));
    }
    auto stored = insertList(*sql, list, smartFilter, context);
    if (!stored)
        return stored.error();
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    return stored;
}

Result<ListSnapshot> ListRepository::snapshot(const QUuid &listId)
{
    ListSnapshot snapshot;
    auto list = get(listId);
    if (!list)
        return list.error();
    snapshot.list = *list;
    if (list->type == ListType::Smart) {
        auto rule = smartFilter(listId);
        if (!rule)
            return rule.error();
        snapshot.smartFilter = *rule;
    }
    auto items = this->items(listId);
    if (!items)
        return items.error();
    snapshot.items = *items;
    return snapshot;
}

Result<MediaList> ListRepository::restore(const ListSnapshot &snapshot)
{
    auto valid = validatedNew(snapshot.list, snapshot.smartFilter);
    if (!valid)
        return valid.error();
    if (valid->id.isNull())
        return Error::invalidInput(tr("Only a list that was stored can be put back."));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("putting the list “%1” back").arg(valid->name);
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();
    auto stored = insertList(*sql, *valid, snapshot.smartFilter, context);
    if (!stored)
        return stored.error();
    if (auto restored = restoreItemsOn(*sql, snapshot.items, context); !restored)
        return restored.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return stored;
}

Result<MediaList> ListRepository::update(MediaList list)
{
    auto valid = validated(std::move(list));
    if (!valid)
        return valid.error();
    list = std::move(*valid);
    list.updatedAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // The owner and the type of a list never change.
    auto query = sql->run(
        QStringLiteral("UPDATE %1 SET name = ?, description = ?, is_public = %2,"
                       " filter_definition = %3, updated_at = %4 WHERE id = %5 RETURNING ")
                .arg(d.table(Table::UserLists), d.param(ColumnType::Boolean), d.param(ColumnType::Json),
                    d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid))
            + listColumns(d),
        { list.name, SqlValues::requiredText(list.description), list.isPublic,
            SqlValues::optionalJson(list.filterDefinition), SqlValues::timestamp(list.updatedAt),
            SqlValues::uuid(list.id) },
        tr("saving the list “%1”").arg(list.name));
    if (!query)
        return explain(query.error(), list.name);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::notFound(tr("The list “%1” no longer exists.").arg(list.name), idText(list.id));
    }
    return readList(*query);
}

Result<MediaList> ListRepository::rename(const QUuid &listId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("A list needs a name."));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(
        QStringLiteral("UPDATE %1 SET name = ?, updated_at = %2 WHERE id = %3 RETURNING ")
                .arg(d.table(Table::UserLists), d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid))
            + listColumns(d),
        { trimmed, SqlValues::timestamp(Timestamps::now()), SqlValues::uuid(listId) },
        tr("renaming a list to “%1”").arg(trimmed));
    if (!query)
        return explain(query.error(), trimmed);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::notFound(tr("The list no longer exists."), idText(listId));
    }
    return readList(*query);
}

Result<void> ListRepository::remove(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    // Items and the smart rule go with the list (ON DELETE CASCADE).
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE id = %2")
                              .arg(sql->table(Table::UserLists), sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, tr("deleting a list"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(tr("The list no longer exists."), idText(listId));
    return {};
}

Result<MediaList> ListRepository::get(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                              .arg(listColumns(d), d.table(Table::UserLists), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, tr("reading a list"));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::notFound(tr("The list no longer exists."), idText(listId));
    }
    return readList(*query);
}

Result<QList<MediaList>> ListRepository::listsOf(const QUuid &ownerId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE user_id = %3")
                              .arg(listColumns(d), d.table(Table::UserLists), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(ownerId) }, tr("reading your lists"));
    if (!query)
        return query.error();
    QList<MediaList> lists;
    while (query->next())
        lists.append(readList(*query));
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    // A person has tens of lists: sorting them here gives the same
    // case- and accent-insensitive order on both backends, whatever the
    // server's collation.
    std::sort(lists.begin(), lists.end(), [](const MediaList &a, const MediaList &b) {
        const QString ka = TextKeys::sortKey(a.name);
        const QString kb = TextKeys::sortKey(b.name);
        if (ka != kb)
            return ka < kb;
        if (a.name != b.name)
            return a.name < b.name;
        return idText(a.id) < idText(b.id);
    });
    return lists;
}

Result<QJsonObject> ListRepository::smartFilter(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE list_id = %3")
                              .arg(d.select(QStringLiteral("filter_definition"), ColumnType::Json),
                                  d.table(Table::SmartLists), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(listId) }, tr("reading the rule of a smart list"));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::notFound(tr("The smart list no longer exists."), idText(listId));
    }
    return SqlValues::toJsonObject(query->value(0));
}

Result<void> ListRepository::setSmartFilter(const QUuid &listId, const QJsonObject &filter)
{
    if (filter.isEmpty())
        return Error::invalidInput(tr("A smart list needs a rule that selects its items."));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("UPDATE %1 SET filter_definition = %2, updated_at = %3"
                                         " WHERE list_id = %4")
                              .arg(d.table(Table::SmartLists), d.param(ColumnType::Json),
                                  d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid)),
        { SqlValues::json(filter), SqlValues::timestamp(Timestamps::now()), SqlValues::uuid(listId) },
        tr("saving the rule of a smart list"));
    if (!query)
        return explain(query.error(), {});
    if (query->numRowsAffected() == 0)
        return Error::notFound(tr("The smart list no longer exists."), idText(listId));
    return {};
}

Result<int> ListRepository::addItems(const QUuid &listId, const QList<QUuid> &mediaIds)
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

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("adding items to a list");
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();

    {
        // Locked, so that concurrent additions to one list do not interleave positions.
        auto list = sql->run(QStringLiteral("SELECT list_type FROM %1 WHERE id = %2%3")
                                 .arg(d.table(Table::UserLists), d.param(ColumnType::Uuid), d.lockRows()),
            { SqlValues::uuid(listId) }, context);
        if (!list)
            return list.error();
        if (!list->next()) {
            if (auto read = sql->finishRows(*list); !read)
                return read.error();
            return Error::notFound(tr("The list no longer exists."), idText(listId));
        }
        if (list->value(0).toString() != toDbString(ListType::Manual))
            return Error::invalidInput(
                tr("A smart list chooses its items by its rule; items cannot be added by hand."));
    }

    // The whole batch in one statement, appended after the current last item
    // (an index lookup) in the given order; items already in the list are skipped.
    const QString source = d.jsonRecordSource(
        { { QStringLiteral("media_id"), ColumnType::Uuid }, { QStringLiteral("ord"), ColumnType::Integer } });
    const QString table = d.table(Table::ListItems);
    const QString uuid = d.param(ColumnType::Uuid);
    auto inserted
        = sql->run(QStringLiteral("INSERT INTO %1 (list_id, media_id, position, added_at)"
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
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return added;
}

Result<QList<QUuid>> ListRepository::membersAmong(const QUuid &listId, const QList<QUuid> &mediaIds)
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

Result<int> ListRepository::removeItems(const QUuid &listId, const QList<QUuid> &mediaIds)
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

Result<ListMoveReport> ListRepository::moveItems(
    const QUuid &listId, const QList<QUuid> &mediaIds, const std::optional<QUuid> &beforeMediaId)
{
    m_lastMoveRowsWritten = 0;
    QList<QUuid> moved;
    QSet<QUuid> movedSet;
    for (const QUuid &id : mediaIds) {
        if (!movedSet.contains(id)) {
            movedSet.insert(id);
            moved.append(id);
        }
    }
    if (moved.isEmpty())
        return ListMoveReport {};
    if (beforeMediaId && movedSet.contains(*beforeMediaId))
        return Error::invalidInput(
            tr("Items cannot be moved next to one of themselves."), idText(*beforeMediaId));

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("reordering a list");
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();

    // 1. Where the moved items and the anchor are now.
    QList<QUuid> involved = moved;
    if (beforeMediaId)
        involved.append(*beforeMediaId);
    const auto positions = positionsOf(*sql, listId, involved, context);
    if (!positions)
        return positions.error();
    if (beforeMediaId && !positions->contains(*beforeMediaId))
        return Error::notFound(
            tr("The item to move the others next to is no longer in the list."), idText(*beforeMediaId));
    for (const QUuid &id : std::as_const(moved)) {
        if (!positions->contains(id))
            return Error::notFound(tr("An item to move is no longer in the list."), idText(id));
    }

    // 2. The neighbours of the gap the items go into: the anchor, and the
    // nearest item before it that stays where it is.
    std::optional<OrderKey> upper;
    if (beforeMediaId)
        upper = OrderKey { positions->value(*beforeMediaId), idText(*beforeMediaId) };
    const auto lower = lastStayingBefore(*sql, listId, upper, moved, context);
    if (!lower)
        return lower.error();

    // Dropped where they already are, in the same order: nothing to write.
    // (Only moved items can lie between `lower` and `upper`, by the choice of `lower`.)
    bool inPlace = true;
    std::optional<OrderKey> previous = *lower;
    for (const QUuid &id : std::as_const(moved)) {
        const OrderKey key { positions->value(id), idText(id) };
        if (previous && !(*previous < key))
            inPlace = false;
        previous = key;
    }
    if (upper && !(*previous < *upper))
        inPlace = false;
    if (inPlace) {
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        return ListMoveReport {};
    }

    // 3. Usually only the moved rows are written, into the gap. When the gap
    // is exhausted (only possible between two items) the list is renumbered
    // in its new order, in the same transaction.
    const auto newPositions
        = ListPositions::between(*lower ? std::optional<qint64>((*lower)->position) : std::nullopt,
            upper ? std::optional<qint64>(upper->position) : std::nullopt, int(moved.size()));
    ListMoveReport report;
    Result<int> written = 0;
    if (newPositions) {
        written = writePositions(*sql, listId, moved, *newPositions, context);
        for (qsizetype i = 0; i < moved.size(); ++i) {
            report.before.append(ListItem { listId, moved.at(i), positions->value(moved.at(i)), {} });
            report.after.append(ListItem { listId, moved.at(i), newPositions->at(i), {} });
        }
    } else {
        // Rare (a gap used up): the whole list is read before and after to
        // know every position the renumbering changed.
        auto old = orderedPositions(*sql, listId, context);
        if (!old)
            return old.error();
        written = renumberPlacing(*sql, listId, moved, *upper, context);
        auto now = orderedPositions(*sql, listId, context);
        if (!now)
            return now.error();
        QHash<QUuid, qint64> oldPositions;
        for (const ListItem &item : std::as_const(*old))
            oldPositions.insert(item.mediaId, item.position);
        for (const ListItem &item : std::as_const(*now)) {
            const qint64 was = oldPositions.value(item.mediaId, item.position);
            if (was != item.position) {
                report.before.append(ListItem { listId, item.mediaId, was, {} });
                report.after.append(item);
            }
        }
    }
    if (!written)
        return written.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    m_lastMoveRowsWritten = *written;
    return report;
}

Result<QList<QUuid>> ListRepository::mediaIds(const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto items = orderedPositions(*sql, listId, tr("reading a list"));
    if (!items)
        return items.error();
    QList<QUuid> ids;
    ids.reserve(items->size());
    for (const ListItem &item : std::as_const(*items))
        ids.append(item.mediaId);
    return ids;
}

Result<QList<ListItem>> ListRepository::itemsAmong(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    QList<ListItem> items;
    if (mediaIds.isEmpty())
        return items;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // As in positionsOf: the list id in every row makes each a key lookup.
    QJsonArray rows;
    for (const QUuid &id : mediaIds)
        rows.append(QJsonObject {
            { QStringLiteral("list_id"), idText(listId) }, { QStringLiteral("media_id"), idText(id) } });
    const QString source = d.jsonRecordSource({ { QStringLiteral("list_id"), ColumnType::Uuid },
        { QStringLiteral("media_id"), ColumnType::Uuid } });
    auto query = sql->run(
        QStringLiteral("SELECT %1, li.position, %2 FROM (%3) r"
                       " JOIN %4 li ON li.list_id = r.list_id AND li.media_id = r.media_id"
                       " WHERE %5 ORDER BY li.position, li.media_id")
            .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                d.select(QStringLiteral("li.added_at"), ColumnType::Timestamp), source,
                d.table(Table::ListItems), d.inJsonArray(QStringLiteral("li.media_id"), ColumnType::Uuid)),
        { jsonText(rows), SqlValues::uuidArray(mediaIds) }, tr("reading a list"));
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

Result<QList<ListEntry>> ListRepository::entries(const QUuid &listId, int offset, int limit)
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

Result<int> ListRepository::itemCount(const QUuid &listId)
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

Result<QList<ListItem>> ListRepository::items(const QUuid &listId)
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

Result<int> ListRepository::setPositions(const QUuid &listId, const QList<ListItem> &items)
{
    if (items.isEmpty())
        return 0;
    QList<QUuid> ids;
    QList<qint64> positions;
    for (const ListItem &item : items) {
        ids.append(item.mediaId);
        positions.append(item.position);
    }
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return writePositions(*sql, listId, ids, positions, tr("reordering a list"));
}

Result<void> ListRepository::restoreItems(const QList<ListItem> &items)
{
    if (items.isEmpty())
        return {};
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("putting items back into a list");
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();
    if (auto restored = restoreItemsOn(*sql, items, context); !restored)
        return restored.error();
    return transaction->commit();
}

Result<void> ListRepository::restoreItemsOn(
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

Result<QHash<QUuid, int>> ListRepository::itemCounts(const QUuid &ownerId)
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
