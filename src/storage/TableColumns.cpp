#include "TableColumns.h"

#include "SqlValues.h"
#include "core/TextKeys.h"

#include <QSqlQuery>

namespace omt::TableColumns {

namespace {
RecordColumn col(const char *name, ColumnType type = ColumnType::Text)
{
    return RecordColumn { QString::fromLatin1(name), type };
}
} // namespace

QList<RecordColumn> media()
{
    return { col("id", ColumnType::Uuid), col("external_id"), col("media_type"),
        col("media_class", ColumnType::ClassPath), col("title"), col("sort_title"),
        col("release_date", ColumnType::Date), col("country_of_origin"),
        col("creators", ColumnType::TextArray), col("cover_url"), col("description"),
        col("attributes", ColumnType::Json), col("created_at", ColumnType::Timestamp),
        col("updated_at", ColumnType::Timestamp) };
}

QVariantList mediaValues(const Media &m)
{
    return { SqlValues::uuid(m.id), SqlValues::optionalText(m.externalId), toDbString(m.type),
        SqlValues::optionalText(m.mediaClass), m.title, TextKeys::sortKey(m.title),
        SqlValues::date(m.releaseDate), SqlValues::optionalText(m.country), SqlValues::textArray(m.creators),
        SqlValues::optionalText(m.coverUrl), SqlValues::optionalText(m.description),
        SqlValues::json(m.attributes), SqlValues::timestamp(m.createdAt), SqlValues::timestamp(m.updatedAt) };
}

QList<RecordColumn> links()
{
    return { col("id", ColumnType::Uuid), col("media_id", ColumnType::Uuid), col("source_name"),
        col("external_key"), col("url"), col("created_at", ColumnType::Timestamp) };
}

QVariantList linkValues(const ExternalLink &l)
{
    return { SqlValues::uuid(l.id), SqlValues::uuid(l.mediaId), l.source, l.externalKey,
        SqlValues::requiredText(l.url), SqlValues::timestamp(l.createdAt) };
}

QList<RecordColumn> relationships()
{
    return { col("media_id", ColumnType::Uuid), col("related_media_id", ColumnType::Uuid),
        col("relation_type"), col("weight", ColumnType::Integer), col("notes"),
        col("created_at", ColumnType::Timestamp) };
}

QVariantList relationshipValues(const Relationship &r)
{
    return { SqlValues::uuid(r.sourceMediaId), SqlValues::uuid(r.targetMediaId), toDbString(r.type), r.weight,
        SqlValues::requiredText(r.notes), SqlValues::timestamp(r.createdAt) };
}

QList<RecordColumn> interactions()
{
    return { col("user_id", ColumnType::Uuid), col("media_id", ColumnType::Uuid), col("status"),
        col("progress", ColumnType::Integer), col("rating", ColumnType::Integer), col("notes"),
        col("started_at", ColumnType::Timestamp), col("completed_at", ColumnType::Timestamp),
        col("meta_snapshot", ColumnType::Json), col("created_at", ColumnType::Timestamp),
        col("updated_at", ColumnType::Timestamp) };
}

QVariantList interactionValues(const Interaction &i)
{
    return { SqlValues::uuid(i.userId), SqlValues::uuid(i.mediaId), toDbString(i.status), i.progress,
        i.rating ? QVariant(*i.rating) : QVariant(QMetaType::fromType<int>()),
        SqlValues::requiredText(i.notes), SqlValues::timestamp(i.startedAt),
        SqlValues::timestamp(i.completedAt), SqlValues::json(i.metaSnapshot),
        SqlValues::timestamp(i.createdAt), SqlValues::timestamp(i.updatedAt) };
}

QList<RecordColumn> listItems()
{
    return { col("list_id", ColumnType::Uuid), col("media_id", ColumnType::Uuid),
        col("position", ColumnType::Integer), col("added_at", ColumnType::Timestamp) };
}

QVariantList listItemValues(const ListItem &item)
{
    return { SqlValues::uuid(item.listId), SqlValues::uuid(item.mediaId), item.position,
        SqlValues::timestamp(item.addedAt) };
}

QString names(const QList<RecordColumn> &columns)
{
    QStringList list;
    list.reserve(columns.size());
    for (const RecordColumn &column : columns)
        list.append(column.name);
    return list.join(QStringLiteral(", "));
}

QString insertFromRecords(const SqlDialect &d, Table table, const QList<RecordColumn> &columns,
    const QString &condition, const QString &tail)
{
    // The WHERE clause is never left out: SQLite would read an ON CONFLICT
    // right after the FROM as the constraint of a join.
    QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT src.* FROM (%3) src WHERE %4")
                      .arg(d.table(table), names(columns), d.jsonRecordSource(columns),
                          condition.isEmpty() ? QStringLiteral("true") : condition);
    if (!tail.isEmpty())
        sql += QLatin1Char(' ') + tail;
    return sql;
}

ListItem readListItem(const QSqlQuery &query, int first)
{
    ListItem item;
    item.listId = SqlValues::toUuid(query.value(first));
    item.mediaId = SqlValues::toUuid(query.value(first + 1));
    item.position = query.value(first + 2).toLongLong();
    item.addedAt = SqlValues::toTimestamp(query.value(first + 3));
    return item;
}

} // namespace omt::TableColumns
