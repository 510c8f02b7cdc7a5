#include "ListRepository.h"

#include "Database.h"
#include "ListItemRepository.h"
#include "ListPositionsSql.h"
#include "SqlValues.h"
#include "core/TextKeys.h"
#include "core/Timestamps.h"

#include <algorithm>

namespace omt {

using ListPositionsSql::idText;

namespace {
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

Result<MediaList> validated(MediaList list)
{
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return Error::invalidInput(ListRepository::tr("A list needs a name."));
    return list;
}

/// Refines generic constraint errors into sentences about lists.
Error explain(Error error, const QString &name)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("user_id,name"))
        error.message = ListRepository::tr("You already have a list named “%1”.").arg(name);
    else if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = ListRepository::tr("A list with this id already exists.");
    else if (error.subject == QLatin1String("user_lists_name_not_blank"))
        error.message = ListRepository::tr("A list needs a name.");
    else if (error.subject == QLatin1String("smart_lists_filter_object")
        || error.subject == QLatin1String("user_lists_filter_object"))
        error.message = ListRepository::tr("A list filter must be a JSON object.");
    return error;
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
                error.message = ListRepository::tr("The owner of the list no longer exists.");
            return error;
        }
        if (!inserted->next()) {
            if (auto read = sql.finishRows(*inserted); !read)
                return read.error();
            return Error::internal(ListRepository::tr("The list could not be created."),
                QStringLiteral("insert returned no row"));
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
        return Error::invalidInput(ListRepository::tr("A list belongs to a user."));
    if (valid->type == ListType::Smart && smartFilter.isEmpty())
        return Error::invalidInput(ListRepository::tr("A smart list needs a rule that selects its items."));
    if (valid->type == ListType::Manual && !smartFilter.isEmpty())
        return Error::invalidInput(
            ListRepository::tr("Only smart lists have a rule that selects their items."));
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

    const QString context = tr("creating the list “%1”").arg(list.name);
    // A smart list is two rows, written together; a manual list is one statement.
    if (list.type == ListType::Smart) {
        return m_database.write(
            context, [&](const SqlConnection &sql) { return insertList(sql, list, smartFilter, context); });
    }
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return insertList(*sql, list, smartFilter, context);
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
    auto items = ListItemRepository(m_database).items(listId);
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
    const QString context = tr("putting the list “%1” back").arg(valid->name);
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<MediaList> {
        auto stored = insertList(sql, *valid, snapshot.smartFilter, context);
        if (!stored)
            return stored.error();
        if (auto restored = ListItemRepository::restoreItemsOn(sql, snapshot.items, context); !restored)
            return restored.error();
        return stored;
    });
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

} // namespace omt
