#include "ImportLookup.h"

#include "JsonRecords.h"
#include "SqlConnection.h"
#include "SqlValues.h"

namespace omt::ImportLookup {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::ImportLookup)
};

QString context()
{
    return Messages::tr("looking for what the library already holds");
}

} // namespace

Result<QHash<IdentifierKey, QUuid>> itemsByIdentifier(
    const SqlConnection &sql, const QList<IdentifierKey> &keys)
{
    QHash<IdentifierKey, QUuid> found;
    if (keys.isEmpty())
        return found;
    const QList<RecordColumn> columns { { QStringLiteral("source_name"), ColumnType::Text },
        { QStringLiteral("external_key"), ColumnType::Text } };
    QList<QVariantList> rows;
    rows.reserve(keys.size());
    for (const IdentifierKey &key : keys)
        rows.append({ key.source, key.key });
    const SqlDialect &d = sql.dialect();
    // The wanted keys drive the join, each one a lookup in the links' key index.
    auto query = sql.run(QStringLiteral("SELECT l.source_name, l.external_key, %1 FROM (%2) AS wanted"
                                        " JOIN %3 l ON l.source_name = wanted.source_name"
                                        " AND l.external_key = wanted.external_key"
                                        " ORDER BY l.created_at, l.id")
                             .arg(d.select(QStringLiteral("l.media_id"), ColumnType::Uuid),
                                 d.jsonRecordSource(columns), d.table(Table::ExternalLinks)),
        { JsonRecords::array(columns, rows) }, context());
    if (!query)
        return query.error();
    while (query->next()) {
        // The oldest link wins when two items share an identifier.
        const IdentifierKey key { query->value(0).toString(), query->value(1).toString() };
        if (!found.contains(key))
            found.insert(key, SqlValues::toUuid(query->value(2)));
    }
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return found;
}

Result<QHash<TitleKey, QList<TitleCandidate>>> itemsByTitle(
    const SqlConnection &sql, const QList<TitleKey> &keys)
{
    QHash<TitleKey, QList<TitleCandidate>> found;
    if (keys.isEmpty())
        return found;
    const QList<RecordColumn> columns { { QStringLiteral("media_type"), ColumnType::Text },
        { QStringLiteral("sort_title"), ColumnType::Text } };
    QList<QVariantList> rows;
    rows.reserve(keys.size());
    for (const TitleKey &key : keys)
        rows.append({ toDbString(key.type), key.sortTitle });
    const SqlDialect &d = sql.dialect();
    auto query = sql.run(QStringLiteral("SELECT m.media_type, m.sort_title, %1, %2, %3 FROM (%4) AS wanted"
                                        " JOIN %5 m ON m.media_type = wanted.media_type"
                                        " AND m.sort_title = wanted.sort_title"
                                        " ORDER BY m.created_at, m.id")
                             .arg(d.select(QStringLiteral("m.id"), ColumnType::Uuid),
                                 d.select(QStringLiteral("m.release_date"), ColumnType::Date),
                                 d.select(QStringLiteral("m.creators"), ColumnType::TextArray),
                                 d.jsonRecordSource(columns), d.table(Table::Media)),
        { JsonRecords::array(columns, rows) }, context());
    if (!query)
        return query.error();
    while (query->next()) {
        const TitleKey key { SqlValues::toEnum(query->value(0), MediaType::Book),
            query->value(1).toString() };
        found[key].append(TitleCandidate { SqlValues::toUuid(query->value(2)),
            SqlValues::toDate(query->value(3)), SqlValues::toTextArray(query->value(4)) });
    }
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return found;
}

Result<QSet<QPair<QUuid, QUuid>>> listEntries(
    const SqlConnection &sql, const QList<QUuid> &listIds, const QList<QUuid> &mediaIds)
{
    QSet<QPair<QUuid, QUuid>> entries;
    if (listIds.isEmpty() || mediaIds.isEmpty())
        return entries;
    const SqlDialect &d = sql.dialect();
    auto query
        = sql.run(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 AND %5")
                      .arg(d.select(QStringLiteral("list_id"), ColumnType::Uuid),
                          d.select(QStringLiteral("media_id"), ColumnType::Uuid), d.table(Table::ListItems),
                          d.inJsonArray(QStringLiteral("media_id"), ColumnType::Uuid),
                          d.inJsonArray(QStringLiteral("list_id"), ColumnType::Uuid)),
            { SqlValues::uuidArray(mediaIds), SqlValues::uuidArray(listIds) }, context());
    if (!query)
        return query.error();
    while (query->next())
        entries.insert({ SqlValues::toUuid(query->value(0)), SqlValues::toUuid(query->value(1)) });
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return entries;
}

Result<QHash<QUuid, qint64>> lastPositions(const SqlConnection &sql, const QList<QUuid> &listIds)
{
    QHash<QUuid, qint64> last;
    if (listIds.isEmpty())
        return last;
    const SqlDialect &d = sql.dialect();
    auto query
        = sql.run(QStringLiteral("SELECT %1, MAX(position) FROM %2 WHERE %3 GROUP BY list_id")
                      .arg(d.select(QStringLiteral("list_id"), ColumnType::Uuid), d.table(Table::ListItems),
                          d.inJsonArray(QStringLiteral("list_id"), ColumnType::Uuid)),
            { SqlValues::uuidArray(listIds) }, context());
    if (!query)
        return query.error();
    while (query->next())
        last.insert(SqlValues::toUuid(query->value(0)), query->value(1).toLongLong());
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return last;
}

} // namespace omt::ImportLookup
