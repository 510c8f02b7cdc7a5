#include "RelationshipRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/Timestamps.h"

#include <QSet>

namespace omt {

namespace {
/// The columns of Relationship for the table alias, in the common text representation.
QString relationshipColumns(const SqlDialect &d, const QString &prefix)
{
    // Named, so that forMedia's outer query can refer to them.
    return QStringList { d.select(prefix + QStringLiteral("media_id"), ColumnType::Uuid)
            + QStringLiteral(" AS media_id"),
        d.select(prefix + QStringLiteral("related_media_id"), ColumnType::Uuid)
            + QStringLiteral(" AS related_media_id"),
        prefix + QStringLiteral("relation_type AS relation_type"),
        prefix + QStringLiteral("weight AS weight"), prefix + QStringLiteral("notes AS notes"),
        d.select(prefix + QStringLiteral("created_at"), ColumnType::Timestamp)
            + QStringLiteral(" AS created_at") }
        .join(QStringLiteral(", "));
}
constexpr int RelationshipColumnCount = 6;

Relationship readRelationship(const QSqlQuery &q)
{
    Relationship relationship;
    relationship.sourceMediaId = SqlValues::toUuid(q.value(0));
    relationship.targetMediaId = SqlValues::toUuid(q.value(1));
    relationship.type = SqlValues::toEnum(q.value(2), RelationType::Related);
    relationship.weight = q.value(3).toInt();
    relationship.notes = q.value(4).toString();
    relationship.createdAt = SqlValues::toTimestamp(q.value(5));
    return relationship;
}

Result<void> validate(const Relationship &relationship)
{
    if (relationship.sourceMediaId.isNull() || relationship.targetMediaId.isNull())
        return Error::invalidInput(RelationshipRepository::tr("A relationship needs two stored items."));
    if (relationship.sourceMediaId == relationship.targetMediaId)
        return Error::invalidInput(RelationshipRepository::tr("An item cannot be related to itself."));
    if (relationship.weight < 0 || relationship.weight > MaxRelationshipWeight)
        return Error::invalidInput(
            RelationshipRepository::tr("The weight of a relationship must be between 0 and %1 %, not %2.")
                .arg(MaxRelationshipWeight)
                .arg(relationship.weight));
    return {};
}

/// Refines generic constraint errors into sentences about relationships.
Error explain(Error error)
{
    if (error.subject == QLatin1String("foreign_key"))
        error.message = RelationshipRepository::tr("The related item no longer exists.");
    else if (error.subject == QLatin1String("relationships_weight_range"))
        error.message
            = RelationshipRepository::tr("The weight of a relationship must be between 0 and 100 %.");
    else if (error.subject == QLatin1String("relationships_not_self"))
        error.message = RelationshipRepository::tr("An item cannot be related to itself.");
    else if (error.subject == QLatin1String("relationships_type_known"))
        error.message = RelationshipRepository::tr("Unknown kind of relationship.");
    return error;
}

/// Inserts the relationships in one statement, doing `onConflict` with an
/// existing (source, target, type). `onlyExisting` leaves out those whose
/// items are gone instead of failing.
Result<void> insertAll(const SqlConnection &sql, const QList<Relationship> &relationships, bool onlyExisting,
    const QString &onConflict, const QString &context)
{
    if (relationships.isEmpty())
        return {};
    const SqlDialect &d = sql.dialect();
    const QList<RecordColumn> columns = TableColumns::relationships();
    QList<QVariantList> rows;
    QSet<QString> seen;
    for (const Relationship &relationship : relationships) {
        QVariantList row = TableColumns::relationshipValues(relationship);
        // A batch may hold one relationship twice (seen from both of its
        // items); PostgreSQL refuses to upsert one row twice in a statement.
        const QString key = row.at(0).toString() + row.at(1).toString() + row.at(2).toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        rows.append(row);
    }
    const QString condition = onlyExisting
        ? QStringLiteral("EXISTS (SELECT 1 FROM %1 s WHERE s.id = src.media_id)"
                         " AND EXISTS (SELECT 1 FROM %1 t WHERE t.id = src.related_media_id)")
              .arg(d.table(Table::Media))
        : QString();
    auto inserted = sql.run(
        TableColumns::insertFromRecords(d, Table::Relationships, columns, condition,
            QStringLiteral("ON CONFLICT (media_id, related_media_id, relation_type) ") + onConflict),
        { JsonRecords::array(columns, rows) }, context);
    if (!inserted)
        return explain(inserted.error());
    return {};
}
} // namespace

RelationshipRepository::RelationshipRepository(Database &database)
    : m_database(database)
{ }

Result<Relationship> RelationshipRepository::put(Relationship relationship)
{
    if (auto valid = validate(relationship); !valid)
        return valid.error();
    relationship.notes = relationship.notes.trimmed();
    relationship.createdAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // An existing relationship keeps its creation time; only weight and notes change.
    const QString statement
        = QStringLiteral(
              "INSERT INTO %1 (media_id, related_media_id, relation_type, weight, notes, created_at)"
              " VALUES (%2, %2, ?, %3, ?, %4)"
              " ON CONFLICT (media_id, related_media_id, relation_type)"
              " DO UPDATE SET weight = excluded.weight, notes = excluded.notes RETURNING ")
              .arg(d.table(Table::Relationships), d.param(ColumnType::Uuid), d.param(ColumnType::Real),
                  d.param(ColumnType::Timestamp))
        + relationshipColumns(d, {});
    auto query = sql->run(statement,
        { SqlValues::uuid(relationship.sourceMediaId), SqlValues::uuid(relationship.targetMediaId),
            toDbString(relationship.type), relationship.weight, SqlValues::requiredText(relationship.notes),
            SqlValues::timestamp(relationship.createdAt) },
        tr("saving a relationship"));
    if (!query)
        return explain(query.error());
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::internal(tr("The relationship could not be read back."));
    }
    return readRelationship(*query);
}

Result<void> RelationshipRepository::remove(const QUuid &sourceId, const QUuid &targetId, RelationType type)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString uuid = sql->dialect().param(ColumnType::Uuid);
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE media_id = %2 AND related_media_id = %2"
                                         " AND relation_type = ?")
                              .arg(sql->table(Table::Relationships), uuid),
        { SqlValues::uuid(sourceId), SqlValues::uuid(targetId), toDbString(type) },
        tr("removing a relationship"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(tr("The relationship no longer exists."),
            SqlValues::uuid(sourceId).toString() + QLatin1String(" -> ")
                + SqlValues::uuid(targetId).toString());
    return {};
}

Result<QList<RelatedMedia>> RelationshipRepository::forMedia(const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return forMediaOn(*sql, { mediaId });
}

Result<QList<RelatedMedia>> RelationshipRepository::forMediaOn(
    const SqlConnection &sql, const QList<QUuid> &mediaIds)
{
    if (mediaIds.isEmpty())
        return QList<RelatedMedia>();
    const SqlDialect &d = sql.dialect();

    // Outgoing rows join the target, incoming rows the source; the primary key
    // serves the first branch and relationships_by_target the second.
    const QString branch = QStringLiteral("SELECT %1, %2 AS incoming, %3 AS other_id, m.title AS other_title,"
                                          " m.media_type AS other_type, m.sort_title AS other_sort_title"
                                          " FROM %4 r JOIN %5 m ON m.id = r.%6 WHERE %7");
    const QString columns = relationshipColumns(d, QStringLiteral("r."));
    const QString otherId = d.select(QStringLiteral("m.id"), ColumnType::Uuid);
    const bool one = mediaIds.size() == 1;
    const auto mine = [&](const QString &column) {
        return one ? column + QStringLiteral(" = ") + d.param(ColumnType::Uuid)
                   : d.inJsonArray(column, ColumnType::Uuid);
    };
    const QString outgoing = branch.arg(columns, QStringLiteral("0"), otherId, d.table(Table::Relationships),
        d.table(Table::Media), QStringLiteral("related_media_id"), mine(QStringLiteral("r.media_id")));
    const QString incoming = branch.arg(columns, QStringLiteral("1"), otherId, d.table(Table::Relationships),
        d.table(Table::Media), QStringLiteral("media_id"), mine(QStringLiteral("r.related_media_id")));

    // Kinds in their declared order (sequels first, loosely related last), then by title.
    QStringList rankCases;
    const QVariant ids = one ? SqlValues::uuid(mediaIds.first()) : SqlValues::uuidArray(mediaIds);
    QVariantList values { ids, ids };
    const QList<RelationType> types = allValues<RelationType>();
    for (qsizetype i = 0; i < types.size(); ++i) {
        rankCases.append(QStringLiteral("WHEN ? THEN %1").arg(i));
        values.append(toDbString(types.at(i)));
    }
    const QString statement
        = QStringLiteral("SELECT * FROM (%1 UNION ALL %2) related"
                         " ORDER BY CASE related.relation_type %3 ELSE %4 END,"
                         " related.other_sort_title, related.other_id, related.incoming")
              .arg(outgoing, incoming, rankCases.join(QLatin1Char(' ')), QString::number(types.size()));

    auto query = sql.run(statement, values, tr("reading related items"));
    if (!query)
        return query.error();
    QList<RelatedMedia> related;
    while (query->next()) {
        RelatedMedia item;
        item.relationship = readRelationship(*query);
        item.direction = query->value(RelationshipColumnCount).toInt() == 0
            ? RelatedMedia::Direction::Outgoing
            : RelatedMedia::Direction::Incoming;
        item.otherId = SqlValues::toUuid(query->value(RelationshipColumnCount + 1));
        item.otherTitle = query->value(RelationshipColumnCount + 2).toString();
        item.otherType = SqlValues::toEnum(query->value(RelationshipColumnCount + 3), MediaType::Book);
        related.append(item);
    }
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return related;
}

Result<void> RelationshipRepository::replaceOn(
    const SqlConnection &sql, const QUuid &mediaId, const QList<Relationship> &relationships)
{
    if (mediaId.isNull())
        return Error::invalidInput(tr("Relationships belong to a stored item."));
    const QDateTime now = Timestamps::now();
    QList<Relationship> ready;
    ready.reserve(relationships.size());
    for (Relationship relationship : relationships) {
        if (relationship.sourceMediaId != mediaId && relationship.targetMediaId != mediaId)
            return Error::invalidInput(tr("A relationship of an item must start or end at that item."));
        if (auto valid = validate(relationship); !valid)
            return valid.error();
        relationship.notes = relationship.notes.trimmed();
        relationship.createdAt
            = relationship.createdAt.isValid() ? Timestamps::normalized(relationship.createdAt) : now;
        ready.append(relationship);
    }

    const SqlDialect &d = sql.dialect();
    const QString context = tr("saving the relationships of an item");
    // Those of the item the record no longer has go; the others are written
    // (an existing one keeps its creation time).
    const QList<RecordColumn> keys = TableColumns::relationships().mid(0, 3);
    QList<QVariantList> keyRows;
    for (const Relationship &relationship : std::as_const(ready))
        keyRows.append(TableColumns::relationshipValues(relationship).mid(0, 3));
    const QString uuid = d.param(ColumnType::Uuid);
    auto deleted = sql.run(QStringLiteral("DELETE FROM %1 WHERE (media_id = %2 OR related_media_id = %2)"
                                          " AND (media_id, related_media_id, relation_type) NOT IN (%3)")
                               .arg(d.table(Table::Relationships), uuid, d.jsonRecordSource(keys)),
        { SqlValues::uuid(mediaId), SqlValues::uuid(mediaId), JsonRecords::array(keys, keyRows) }, context);
    if (!deleted)
        return deleted.error();
    deleted->finish();

    // A related item deleted meanwhile fails the save (the person chose it)
    // rather than being left out silently.
    return insertAll(sql, ready, false,
        QStringLiteral("DO UPDATE SET weight = excluded.weight, notes = excluded.notes"), context);
}

Result<void> RelationshipRepository::restoreOn(
    const SqlConnection &sql, const QList<Relationship> &relationships)
{
    return insertAll(
        sql, relationships, true, QStringLiteral("DO NOTHING"), tr("putting relationships back"));
}

} // namespace omt
