#include "SmartListQuery.h"

#include "Database.h"
#include "FilterCompiler.h"
#include "MediaColumns.h"
#include "SqlValues.h"

#include <QSqlRecord>

namespace omt {

namespace {
// A smart list holds at most FilterCatalogue::MaxLimit items; a view may read them in one go.
constexpr int MaxPageSize = FilterCatalogue::MaxLimit;
} // namespace

SmartListQuery::SmartListQuery(Database &database)
    : m_database(database)
{ }

SqlFragment SmartListQuery::matchingRows(
    const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const
{
    const SqlFragment source = FilterCompiler::source(dialect, filter, userId);
    const SqlFragment where
        = FilterCompiler::where(dialect, filter, userId, QStringLiteral("m"), QStringLiteral("i"), m_today);
    return { source.sql + QStringLiteral(" WHERE (") + where.sql + QStringLiteral(")"),
        source.values + where.values };
}

Result<QSet<QUuid>> SmartListQuery::matchingIds(
    const SqlConnection &sql, const SqlFragment &rows, const QString &context)
{
    auto query = sql.run(QStringLiteral("SELECT %1 FROM %2")
                             .arg(sql.dialect().select(QStringLiteral("m.id"), ColumnType::Uuid), rows.sql),
        rows.values, context);
    if (!query)
        return query.error();
    QSet<QUuid> result;
    while (query->next())
        result.insert(SqlValues::toUuid(query->value(0)));
    if (auto read = sql.finishRows(*query, context); !read)
        return read.error();
    return result;
}

SqlFragment SmartListQuery::countedRows(
    const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const
{
    if (FilterCompiler::needsInteraction(filter)) {
        // A rule about the user's tracking only (the status, a rating): its
        // items are the user's interaction rows it matches, each for an item
        // that exists (the foreign key sees to it), so counting them needs
        // no look-up of each item — a range of the interaction indexes.
        const QString probe = QStringLiteral("omt_no_media");
        const SqlFragment where
            = FilterCompiler::where(dialect, filter, userId, probe, QStringLiteral("i"), m_today);
        if (!where.sql.contains(probe)) {
            QVariantList values { SqlValues::uuid(userId) };
            values.append(where.values);
            return { QStringLiteral("%1 i WHERE i.user_id = %2 AND (%3)")
                         .arg(dialect.table(Table::UserMedia), dialect.param(ColumnType::Uuid), where.sql),
                values };
        }
    }
    return matchingRows(dialect, filter, userId);
}

Result<int> SmartListQuery::count(const SmartFilter &filter, const QUuid &userId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlFragment matching = countedRows(sql->dialect(), filter, userId);
    QVariantList values = matching.values;
    QString statement = QStringLiteral("SELECT count(*) FROM %1").arg(matching.sql);
    if (filter.limit) {
        // Counting stops at the limit instead of counting everything.
        statement
            = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?) limited").arg(matching.sql);
        values.append(*filter.limit);
    }
    auto rows = sql->run(statement, values, tr("counting the items of a smart list"));
    if (!rows)
        return rows.error();
    if (rows->next())
        return rows->value(0).toInt();
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return 0;
}

Result<QList<MediaSummary>> SmartListQuery::items(
    const SmartFilter &filter, const QUuid &userId, int offset, int limit)
{
    QList<MediaSummary> result;
    offset = qMax(0, offset);
    limit = qBound(0, limit, MaxPageSize);
    if (filter.limit)
        limit = qMin(limit, *filter.limit - offset);
    if (limit <= 0)
        return result;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlFragment matching = matchingRows(sql->dialect(), filter, userId);
    QVariantList values = matching.values;
    values << limit << offset;
    auto rows = sql->run(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT ? OFFSET ?")
                             .arg(MediaColumns::summary(sql->dialect(), QStringLiteral("m")), matching.sql,
                                 FilterCompiler::orderBy(filter)),
        values, tr("reading the items of a smart list"));
    if (!rows)
        return rows.error();
    result.reserve(limit);
    while (rows->next())
        result.append(MediaColumns::readSummary(*rows));
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return result;
}

Result<QList<QUuid>> SmartListQuery::ids(const SmartFilter &filter, const QUuid &userId, int limit)
{
    QList<QUuid> result;
    if (filter.limit)
        limit = qMin(limit, *filter.limit);
    if (limit <= 0)
        return result;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const SqlFragment matching = matchingRows(d, filter, userId);
    QVariantList values = matching.values;
    values << limit;
    auto rows = sql->run(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT ?")
                             .arg(d.select(QStringLiteral("m.id"), ColumnType::Uuid), matching.sql,
                                 FilterCompiler::orderBy(filter)),
        values, tr("reading the items of a smart list"));
    if (!rows)
        return rows.error();
    while (rows->next())
        result.append(SqlValues::toUuid(rows->value(0)));
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return result;
}

Result<QSet<QUuid>> SmartListQuery::idsInList(
    const SmartFilter &filter, const QUuid &userId, const QUuid &listId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const SqlFragment matching = matchingRows(d, filter, userId);
    return matchingIds(*sql,
        { QStringLiteral("%1 AND m.id IN (SELECT li.media_id FROM %2 li WHERE li.list_id = %3)")
                .arg(matching.sql, d.table(Table::ListItems), d.param(ColumnType::Uuid)),
            matching.values + QVariantList { SqlValues::uuid(listId) } },
        tr("filtering the items of a list"));
}

Result<QSet<QUuid>> SmartListQuery::matchingAmong(
    const SmartFilter &filter, const QUuid &userId, const QList<QUuid> &mediaIds)
{
    if (mediaIds.isEmpty())
        return QSet<QUuid> {};
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const SqlFragment matching = matchingRows(d, filter, userId);
    return matchingIds(*sql,
        { QStringLiteral("%1 AND %2")
                .arg(matching.sql, d.inJsonArray(QStringLiteral("m.id"), ColumnType::Uuid)),
            matching.values + QVariantList { SqlValues::uuidArray(mediaIds) } },
        tr("reading the items of a smart list"));
}

SqlFragment SmartListQuery::firstPageStatement(
    const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const
{
    // The count needs every matching row, and the page is the first of them:
    // they are found once, as ids and sort keys (materialised, so that the
    // plan is the one for finding all of them: PostgreSQL 15 costs a LIMIT
    // over count(*) OVER () as if its first rows came cheaply, and chose to
    // walk every item in title order probing the user's interactions, five
    // times slower). Only the page's items are then read in full.
    const QList<FilterCompiler::SortKey> keys = FilterCompiler::sortKeys(filter);
    const auto keyName = [](qsizetype n) { return QStringLiteral("fp_k%1").arg(n); };
    const auto pageKeyName
        = [&keyName](qsizetype n) -> QString { return QStringLiteral("fp_page.") + keyName(n); };
    QStringList projected;
    QStringList names;
    for (qsizetype n = 0; n < keys.size(); ++n) {
        projected.append(keys.at(n).expression + QStringLiteral(" AS ") + keyName(n));
        names.append(keyName(n));
    }
    const SqlFragment matching = matchingRows(dialect, filter, userId);
    return { QStringLiteral(
                 "WITH fp_matches AS MATERIALIZED (SELECT m.id AS fp_id, %1 FROM %2) "
                 "SELECT %3, fp_page.fp_total FROM (SELECT fp_id, %4, count(*) OVER () AS fp_total "
                 "FROM fp_matches ORDER BY %5 LIMIT ?) fp_page "
                 "JOIN %6 m ON m.id = fp_page.fp_id ORDER BY %7")
                 .arg(projected.join(QStringLiteral(", ")), matching.sql,
                     MediaColumns::summary(dialect, QStringLiteral("m")), names.join(QStringLiteral(", ")),
                     FilterCompiler::orderBy(keys, keyName), dialect.table(Table::Media),
                     FilterCompiler::orderBy(keys, pageKeyName)),
        matching.values };
}

Result<SmartListPage> SmartListQuery::firstPage(const SmartFilter &filter, const QUuid &userId, int limit)
{
    SmartListPage page;
    limit = qBound(0, limit, MaxPageSize);
    if (filter.limit)
        limit = qMin(limit, *filter.limit);
    if (limit <= 0) {
        auto counted = count(filter, userId);
        if (!counted)
            return counted.error();
        page.count = *counted;
        return page;
    }
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    SqlFragment statement = firstPageStatement(sql->dialect(), filter, userId);
    statement.values << limit;
    auto rows = sql->run(statement.sql, statement.values, tr("reading the items of a smart list"));
    if (!rows)
        return rows.error();
    const int countColumn = rows->record().count() - 1;
    page.items.reserve(limit);
    while (rows->next()) {
        if (page.items.isEmpty())
            page.count = rows->value(countColumn).toInt();
        page.items.append(MediaColumns::readSummary(*rows));
    }
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    if (filter.limit)
        page.count = qMin(page.count, *filter.limit);
    return page;
}

} // namespace omt
