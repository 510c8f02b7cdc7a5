#include "MediaRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "MediaColumns.h"
#include "ServerRefusals.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/MediaClass.h"
#include "core/MediaValidation.h"
#include "core/TextKeys.h"
#include "core/Timestamps.h"

#include <QSet>

#include <algorithm>

namespace omt {

namespace {
constexpr int MaxPageSize = 5000;

/// Every column of Media, in the common text representation.
QString fullColumns(const SqlDialect &d, const QString &alias)
{
    return QStringList { d.select(MediaColumns::qualified(alias, "id"), ColumnType::Uuid),
        MediaColumns::qualified(alias, "external_id"), MediaColumns::qualified(alias, "media_type"),
        d.select(MediaColumns::qualified(alias, "media_class"), ColumnType::ClassPath),
        MediaColumns::qualified(alias, "title"),
        d.select(MediaColumns::qualified(alias, "release_date"), ColumnType::Date),
        MediaColumns::qualified(alias, "country_of_origin"),
        d.select(MediaColumns::qualified(alias, "creators"), ColumnType::TextArray),
        MediaColumns::qualified(alias, "cover_url"), MediaColumns::qualified(alias, "description"),
        d.select(MediaColumns::qualified(alias, "attributes"), ColumnType::Json),
        d.select(MediaColumns::qualified(alias, "created_at"), ColumnType::Timestamp),
        d.select(MediaColumns::qualified(alias, "updated_at"), ColumnType::Timestamp) }
        .join(QStringLiteral(", "));
}

Media readMedia(const QSqlQuery &q)
{
    Media media;
    media.id = SqlValues::toUuid(q.value(0));
    media.externalId = q.value(1).toString();
    media.type = SqlValues::toEnum(q.value(2), MediaType::Book);
    media.mediaClass = q.value(3).toString();
    media.title = q.value(4).toString();
    media.releaseDate = SqlValues::toDate(q.value(5));
    media.country = q.value(6).toString();
    media.creators = SqlValues::toTextArray(q.value(7));
    media.coverUrl = q.value(8).toString();
    media.description = q.value(9).toString();
    media.attributes = SqlValues::toJsonObject(q.value(10));
    media.createdAt = SqlValues::toTimestamp(q.value(11));
    media.updatedAt = SqlValues::toTimestamp(q.value(12));
    return media;
}

/// Values in the order of the insert column list below.
QVariantList writeValues(const Media &m)
{
    return TableColumns::mediaValues(m);
}

/// The keyset condition "(sort, id) after the cursor" (or before it) in the
/// query's order, spelled so that SQLite can seek in an expression index: it
/// cannot with a row-value comparison over an expression, and would scan
/// from the start instead.
SqlFragment keyset(const SqlDialect &d, const MediaQuery &query, const PageCursor &cursor, bool after)
{
    const bool ascending = query.direction == SortDirection::Ascending;
    const QString sortExpression = d.mediaSortExpression(query.sortKey, query.direction, QStringLiteral("m"));
    const QString strict = ascending == after ? QStringLiteral(">") : QStringLiteral("<");
    return { QStringLiteral("%1 %2= %3 AND (%1 %2 %3 OR m.id %2 %4)")
                 .arg(sortExpression, strict, d.param(SqlDialect::mediaSortType(query.sortKey)),
                     d.param(ColumnType::Uuid)),
        { cursor.sortValue, cursor.sortValue, SqlValues::uuid(cursor.id) } };
}

/// " WHERE a AND b" for the non-empty conditions, or nothing.
QString whereClause(const QStringList &conditions)
{
    QStringList present;
    for (const QString &condition : conditions) {
        if (!condition.isEmpty())
            present.append(condition);
    }
    return present.isEmpty() ? QString() : QStringLiteral(" WHERE ") + present.join(QStringLiteral(" AND "));
}

QString insertStatement(const SqlDialect &d)
{
    return QStringLiteral(
        "INSERT INTO %1 (id, external_id, media_type, media_class, title, sort_title, release_date,"
        " country_of_origin, creators, cover_url, description, attributes, created_at, updated_at)"
        " VALUES (%2, ?, ?, %3, ?, ?, %4, ?, %5, ?, ?, %6, %7, %7)")
        .arg(d.table(Table::Media), d.param(ColumnType::Uuid), d.param(ColumnType::ClassPath),
            d.param(ColumnType::Date), d.param(ColumnType::TextArray), d.param(ColumnType::Json),
            d.param(ColumnType::Timestamp));
}

/// The value of a count(*), which always returns one row: a missing row is
/// a row that could not be read (a damaged page), never a count of 0.
Result<int> countOf(const SqlConnection &sql, QSqlQuery &query, const QString &context)
{
    if (query.next())
        return query.value(0).toInt();
    if (auto read = sql.finishRows(query, context); !read)
        return read.error();
    return Error::internal(
        MediaRepository::tr("The library could not be counted."), QStringLiteral("count(*) returned no row"));
}

/// Refines generic constraint errors into sentences about media.
Error explain(Error error, const Media &media)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("external_id"))
        error.message
            = MediaRepository::tr("Another item already has the external id “%1”.").arg(media.externalId);
    else if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = MediaRepository::tr("An item with this id already exists.");
    else if (error.subject == QLatin1String("media_type_known"))
        error.message = MediaRepository::tr("Unknown media type.");
    return error;
}
} // namespace

MediaRepository::MediaRepository(Database &database)
    : m_database(database)
{ }

Result<Media> MediaRepository::write(
    const SqlConnection &sql, const Media &media, const QString &statement, const QString &context)
{
    auto query = sql.run(statement, writeValues(media), context);
    if (!query)
        return explain(query.error(), media);
    if (!query->next()) {
        if (auto read = sql.finishRows(*query, context); !read)
            return read.error();
        return Error::notFound(tr("The item no longer exists."), SqlValues::uuid(media.id).toString());
    }
    return readMedia(*query);
}

Result<Media> MediaRepository::create(Media media)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return createOn(*sql, std::move(media));
}

Result<Media> MediaRepository::createOn(const SqlConnection &sql, Media media)
{
    media = MediaValidation::normalized(std::move(media));
    if (auto valid = MediaValidation::validate(media); !valid)
        return valid.error();
    if (media.id.isNull())
        media.id = QUuid::createUuid();
    media.createdAt = media.updatedAt = Timestamps::now();

    const QString statement
        = insertStatement(sql.dialect()) + QStringLiteral(" RETURNING ") + fullColumns(sql.dialect(), {});
    return write(sql, media, statement, tr("adding “%1”").arg(media.title));
}

Result<Media> MediaRepository::upsertByExternalId(Media media)
{
    media = MediaValidation::normalized(std::move(media));
    if (auto valid = MediaValidation::validate(media); !valid)
        return valid.error();
    if (media.externalId.isEmpty())
        return Error::invalidInput(tr("An external id is needed to update an item by external id."));
    if (media.id.isNull())
        media.id = QUuid::createUuid();
    media.createdAt = media.updatedAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString statement = insertStatement(sql->dialect())
        + QStringLiteral(" ON CONFLICT (external_id) DO UPDATE SET media_type = excluded.media_type,"
                         " media_class = excluded.media_class, title = excluded.title,"
                         " sort_title = excluded.sort_title, release_date = excluded.release_date,"
                         " country_of_origin = excluded.country_of_origin, creators = excluded.creators,"
                         " cover_url = excluded.cover_url, description = excluded.description,"
                         " attributes = excluded.attributes, updated_at = excluded.updated_at RETURNING ")
        + fullColumns(sql->dialect(), {});
    return write(*sql, media, statement, tr("saving “%1”").arg(media.title));
}

Result<Media> MediaRepository::update(Media media)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return updateOn(*sql, std::move(media));
}

Result<Media> MediaRepository::updateOn(const SqlConnection &sql, Media media)
{
    media = MediaValidation::normalized(std::move(media));
    if (auto valid = MediaValidation::validate(media); !valid)
        return valid.error();
    if (media.id.isNull())
        return Error::invalidInput(tr("Only a stored item can be updated."));
    media.updatedAt = Timestamps::now();

    const SqlDialect &d = sql.dialect();
    const QString statement
        = QStringLiteral(
              "UPDATE %1 SET external_id = ?, media_type = ?, media_class = %2, title = ?, sort_title = ?,"
              " release_date = %3, country_of_origin = ?, creators = %4, cover_url = ?, description = ?,"
              " attributes = %5, updated_at = %6 WHERE id = %7 RETURNING ")
              .arg(d.table(Table::Media), d.param(ColumnType::ClassPath), d.param(ColumnType::Date),
                  d.param(ColumnType::TextArray), d.param(ColumnType::Json), d.param(ColumnType::Timestamp),
                  d.param(ColumnType::Uuid))
        + fullColumns(d, {});
    QVariantList values = writeValues(media);
    values.removeFirst();               // id goes last, in the WHERE clause
    values.removeAt(values.size() - 2); // created_at is never changed
    values.append(SqlValues::uuid(media.id));
    const QString context = tr("saving “%1”").arg(media.title);
    auto query = sql.run(statement, values, context);
    if (!query)
        return explain(query.error(), media);
    if (!query->next()) {
        if (auto read = sql.finishRows(*query, context); !read)
            return read.error();
        return Error::notFound(tr("“%1” no longer exists in the library.").arg(media.title),
            SqlValues::uuid(media.id).toString());
    }
    return readMedia(*query);
}

Result<void> MediaRepository::remove(const QUuid &id)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE id = %2")
                              .arg(sql->table(Table::Media), sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(id) }, tr("deleting an item"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() > 0)
        return {};
    // Gone, or kept by row-level security (a member of a household server
    // may add and change items, not delete them).
    query->finish();
    auto still = readOn(*sql, { id }, false);
    if (!still)
        return still.error();
    if (!still->isEmpty())
        return ServerRefusals::catalogueDeletionRefused(SqlValues::uuid(id).toString());
    return Error::notFound(tr("The item no longer exists."), SqlValues::uuid(id).toString());
}

Result<Media> MediaRepository::get(const QUuid &id)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto read = readOn(*sql, { id }, false);
    if (!read)
        return read.error();
    if (read->isEmpty())
        return Error::notFound(tr("The item no longer exists."), SqlValues::uuid(id).toString());
    return read->first();
}

Result<QList<Media>> MediaRepository::readOn(const SqlConnection &sql, const QList<QUuid> &ids, bool lock)
{
    QList<Media> result;
    if (ids.isEmpty())
        return result;
    const SqlDialect &d = sql.dialect();
    // One id is looked up by equality: the primary key, without unpacking an array.
    const bool one = ids.size() == 1;
    auto query = sql.run(QStringLiteral("SELECT %1 FROM %2 m WHERE %3%4")
                             .arg(fullColumns(d, QStringLiteral("m")), d.table(Table::Media),
                                 one ? QStringLiteral("m.id = ") + d.param(ColumnType::Uuid)
                                     : d.inJsonArray(QStringLiteral("m.id"), ColumnType::Uuid),
                                 lock ? d.lockRows() : QString()),
        { one ? SqlValues::uuid(ids.first()) : SqlValues::uuidArray(ids) }, tr("reading items"));
    if (!query)
        return query.error();
    QHash<QUuid, Media> byId;
    while (query->next()) {
        Media media = readMedia(*query);
        byId.insert(media.id, media);
    }
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    result.reserve(byId.size());
    for (const QUuid &id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            result.append(*it);
    }
    return result;
}

Result<void> MediaRepository::insertExactOn(const SqlConnection &sql, const QList<Media> &media)
{
    if (media.isEmpty())
        return {};
    const QList<RecordColumn> columns = TableColumns::media();
    QList<QVariantList> rows;
    rows.reserve(media.size());
    for (const Media &m : media) {
        if (auto valid = MediaValidation::validate(m); !valid)
            return valid.error();
        rows.append(TableColumns::mediaValues(m));
    }
    auto inserted = sql.run(TableColumns::insertFromRecords(sql.dialect(), Table::Media, columns),
        { JsonRecords::array(columns, rows) }, tr("putting items back"));
    if (!inserted) {
        Error error = inserted.error();
        if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("external_id"))
            error.message
                = tr("An item to put back has an external id that another item has taken meanwhile.");
        else if (error.code == Error::Code::AlreadyExists)
            error.message = tr("An item to put back is already in the library.");
        return error;
    }
    return {};
}

Result<QList<MediaSummary>> MediaRepository::summaries(const QList<QUuid> &ids)
{
    QList<MediaSummary> result;
    if (ids.isEmpty())
        return result;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    // One statement for the whole set: the ids travel as one JSON array.
    auto query = sql->run(
        QStringLiteral("SELECT %1 FROM %2 m WHERE %3")
            .arg(MediaColumns::summary(sql->dialect(), QStringLiteral("m")), sql->table(Table::Media),
                sql->dialect().inJsonArray(QStringLiteral("m.id"), ColumnType::Uuid)),
        { SqlValues::uuidArray(ids) }, tr("reading items"));
    if (!query)
        return query.error();
    QHash<QUuid, MediaSummary> byId;
    while (query->next()) {
        MediaSummary summary = MediaColumns::readSummary(*query);
        byId.insert(summary.id, summary);
    }
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    result.reserve(ids.size());
    for (const QUuid &id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            result.append(*it);
    }
    return result;
}

SqlFragment MediaRepository::filters(
    const SqlConnection &sql, const MediaQuery &query, SqlDialect::ClassAccess access) const
{
    SqlFragment where;
    QStringList conditions;
    if (query.type) {
        conditions.append(QStringLiteral("m.media_type = ?"));
        where.values.append(toDbString(*query.type));
    }
    if (!query.classSubtree.isEmpty()) {
        const SqlFragment subtree
            = sql.dialect().classSubtree(QStringLiteral("m"), query.classSubtree, access);
        conditions.append(subtree.sql);
        where.values.append(subtree.values);
    }
    where.sql = conditions.join(QStringLiteral(" AND "));
    return where;
}

Result<SqlDialect::ClassAccess> MediaRepository::classAccessForPaging(
    const SqlConnection &sql, const MediaQuery &query) const
{
    // SQLite has no statistics for ranges, so it always reads a class subtree
    // through the class index and sorts it: fine for a small subtree, 50 ms
    // for a third of a 100,000-item library. A bounded probe tells the two
    // apart; a large subtree is cheaper to find by walking the sort order.
    constexpr int LargeSubtree = 5000;
    if (query.classSubtree.isEmpty() || sql.kind() != SqlDialect::Kind::SQLite)
        return SqlDialect::ClassAccess::ClassIndex;
    const QString context = tr("reading the library");
    const SqlFragment subtree = sql.dialect().classSubtree(QStringLiteral("m"), query.classSubtree);
    QVariantList values = subtree.values;
    values.append(LargeSubtree);
    auto probe = sql.run(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 m WHERE %2 LIMIT ?)")
                             .arg(sql.table(Table::Media), subtree.sql),
        values, context);
    if (!probe)
        return probe.error();
    const auto probed = countOf(sql, *probe, context);
    if (!probed)
        return probed.error();
    const bool large = *probed >= LargeSubtree;
    return large ? SqlDialect::ClassAccess::RowCheck : SqlDialect::ClassAccess::ClassIndex;
}

Result<MediaPage> MediaRepository::page(const MediaQuery &query, const PageCursor &after, int limit)
{
    if (!query.classSubtree.isEmpty() && !MediaClass::isValid(query.classSubtree))
        return Error::invalidInput(tr("“%1” is not a valid class.").arg(query.classSubtree));
    limit = qBound(1, limit, MaxPageSize);
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const bool ascending = query.direction == SortDirection::Ascending;
    const QString sortExpression = d.mediaSortExpression(query.sortKey, query.direction, QStringLiteral("m"));
    const ColumnType sortType = SqlDialect::mediaSortType(query.sortKey);

    const auto access = classAccessForPaging(*sql, query);
    if (!access)
        return access.error();
    SqlFragment where = filters(*sql, query, *access);
    SqlFragment seek;
    if (!after.isStart())
        seek = keyset(d, query, after, true);
    where.values.append(seek.values);
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString statement
        = QStringLiteral("SELECT %1, %2 FROM %3 m%4 ORDER BY %5 %6, m.id %6 LIMIT ?")
              .arg(MediaColumns::summary(d, QStringLiteral("m")), d.select(sortExpression, sortType),
                  d.table(Table::Media), whereClause({ where.sql, seek.sql }), sortExpression, direction);
    where.values.append(limit);

    auto rows = sql->run(statement, where.values, tr("reading the library"));
    if (!rows)
        return rows.error();
    MediaPage page;
    page.rows.reserve(limit);
    QVariant lastSortValue;
    while (rows->next()) {
        page.rows.append(MediaColumns::readSummary(*rows));
        lastSortValue = rows->value(MediaColumns::SummaryCount);
    }
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    if (page.rows.size() == limit)
        page.next = PageCursor { lastSortValue, page.rows.last().id };
    return page;
}

Result<QList<PageCursor>> MediaRepository::pageAnchors(const MediaQuery &query, int pageSize)
{
    if (!query.classSubtree.isEmpty() && !MediaClass::isValid(query.classSubtree))
        return Error::invalidInput(tr("“%1” is not a valid class.").arg(query.classSubtree));
    pageSize = qBound(1, pageSize, MaxPageSize);
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString direction
        = query.direction == SortDirection::Ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sortExpression = d.mediaSortExpression(query.sortKey, query.direction, QStringLiteral("m"));
    SqlFragment where = filters(*sql, query);
    const QString statement
        = QStringLiteral("SELECT sort_value, id FROM (SELECT %1 AS sort_value, %2 AS id,"
                         " row_number() OVER (ORDER BY %3 %4, m.id %4) AS row_number FROM %5 m %6) numbered"
                         " WHERE row_number % ? = 0 ORDER BY row_number")
              .arg(d.select(sortExpression, SqlDialect::mediaSortType(query.sortKey)),
                  d.select(QStringLiteral("m.id"), ColumnType::Uuid), sortExpression, direction,
                  d.table(Table::Media),
                  where.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.sql);
    where.values.append(pageSize);
    auto rows = sql->run(statement, where.values, tr("reading the library"));
    if (!rows)
        return rows.error();
    QList<PageCursor> anchors;
    while (rows->next())
        anchors.append(PageCursor { rows->value(0), SqlValues::toUuid(rows->value(1)) });
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return anchors;
}

Result<int> MediaRepository::count(const MediaQuery &query)
{
    if (!query.classSubtree.isEmpty() && !MediaClass::isValid(query.classSubtree))
        return Error::invalidInput(tr("“%1” is not a valid class.").arg(query.classSubtree));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlFragment where = filters(*sql, query);
    const QString context = tr("counting the library");
    auto rows = sql->run(QStringLiteral("SELECT count(*) FROM %1 m %2")
                             .arg(sql->table(Table::Media),
                                 where.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.sql),
        where.values, context);
    if (!rows)
        return rows.error();
    return countOf(*sql, *rows, context);
}

Result<int> MediaRepository::rankOf(const MediaQuery &query, const QUuid &id)
{
    auto ranks = ranksOf(query, { id });
    if (!ranks)
        return ranks.error();
    if (const auto rank = ranks->constFind(id); rank != ranks->cend())
        return *rank;
    return Error::notFound(tr("The item is not among the items shown."), SqlValues::uuid(id).toString());
}

Result<QHash<QUuid, int>> MediaRepository::ranksOf(const MediaQuery &query, const QList<QUuid> &ids)
{
    QHash<QUuid, int> ranks;
    if (!query.classSubtree.isEmpty() && !MediaClass::isValid(query.classSubtree))
        return Error::invalidInput(tr("“%1” is not a valid class.").arg(query.classSubtree));
    if (ids.isEmpty())
        return ranks;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("reading the library");

    // 1. The items' own keys, as page() hands them out in cursors.
    const SqlFragment where = filters(*sql, query);
    const QString sortExpression = d.mediaSortExpression(query.sortKey, query.direction, QStringLiteral("m"));
    QVariantList values { SqlValues::uuidArray(ids) };
    values.append(where.values);
    auto items = sql->run(
        QStringLiteral("SELECT %1, %2 FROM %3 m%4")
            .arg(d.select(QStringLiteral("m.id"), ColumnType::Uuid),
                d.select(sortExpression, SqlDialect::mediaSortType(query.sortKey)), d.table(Table::Media),
                whereClause({ d.inJsonArray(QStringLiteral("m.id"), ColumnType::Uuid), where.sql })),
        values, context);
    if (!items)
        return items.error();
    QList<PageCursor> cursors;
    while (items->next())
        cursors.append(PageCursor { items->value(1), SqlValues::toUuid(items->value(0)) });
    if (auto read = sql->finishRows(*items, context); !read)
        return read.error();
    if (cursors.isEmpty())
        return ranks;

    // 2. One count per item, numbered by a literal (UNION ALL keeps no order).
    QStringList counts;
    values.clear();
    for (qsizetype i = 0; i < cursors.size(); ++i) {
        const SqlFragment before = keyset(d, query, cursors.at(i), false);
        counts.append(
            QStringLiteral("SELECT %1, (SELECT count(*) FROM %2 m%3)")
                .arg(QString::number(i), d.table(Table::Media), whereClause({ where.sql, before.sql })));
        values.append(where.values);
        values.append(before.values);
    }
    auto counted = sql->run(counts.join(QStringLiteral(" UNION ALL ")), values, context);
    if (!counted)
        return counted.error();
    while (counted->next()) {
        const int i = counted->value(0).toInt();
        if (i >= 0 && i < cursors.size())
            ranks.insert(cursors.at(i).id, counted->value(1).toInt());
    }
    if (auto read = sql->finishRows(*counted, context); !read)
        return read.error();
    return ranks;
}

Result<QList<ClassCount>> MediaRepository::classCounts()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // Text order of class paths is their tree order: '.' sorts before every
    // character a label may hold, so a class comes right before its children.
    auto rows = sql->run(
        QStringLiteral("SELECT %1, count(*) FROM %2 WHERE media_class IS NOT NULL"
                       " GROUP BY media_class ORDER BY media_class")
            .arg(d.select(QStringLiteral("media_class"), ColumnType::ClassPath), d.table(Table::Media)),
        {}, tr("counting the library"));
    if (!rows)
        return rows.error();
    QList<ClassCount> counts;
    while (rows->next())
        counts.append(ClassCount { rows->value(0).toString(), rows->value(1).toInt() });
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return counts;
}

Result<QHash<MediaType, int>> MediaRepository::countByType()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto rows = sql->run(QStringLiteral("SELECT media_type, count(*) FROM %1 GROUP BY media_type")
                             .arg(sql->table(Table::Media)),
        {}, tr("counting the library"));
    if (!rows)
        return rows.error();
    QHash<MediaType, int> counts;
    while (rows->next()) {
        if (auto type = fromDbString<MediaType>(rows->value(0).toString()))
            counts.insert(*type, rows->value(1).toInt());
    }
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return counts;
}

Result<QList<MediaSummary>> MediaRepository::search(const QString &typed, int limit)
{
    auto ids = searchIds(typed, limit);
    if (!ids)
        return ids.error();
    return summaries(*ids);
}

Result<QList<QUuid>> MediaRepository::searchIds(const QString &typed, int limit)
{
    limit = qBound(1, limit, MaxPageSize);
    QList<QUuid> results;
    const QString prefix = TextKeys::sortKey(TextKeys::boundedSearchText(typed));
    const QStringList words = TextKeys::searchWords(typed);
    if (prefix.isEmpty() || words.isEmpty())
        return results;

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("searching for “%1”").arg(TextKeys::boundedSearchText(typed));
    QSet<QUuid> seen;
    // Appends the ids of the first column until there are `limit` results;
    // only a next() that returned false says whether the rows ended or
    // could not be read.
    auto take = [&](QSqlQuery &query) -> Result<void> {
        while (results.size() < limit) {
            if (!query.next())
                return sql->finishRows(query, context);
            const QUuid id = SqlValues::toUuid(query.value(0));
            if (!seen.contains(id)) {
                results.append(id);
                seen.insert(id);
            }
        }
        return {};
    };

    // 1. Titles that start with what was typed: a range of the title index,
    // which holds the ids too.
    const QString upper = TextKeys::prefixUpperBound(prefix);
    auto titleHits = sql->run(QStringLiteral("SELECT m.id FROM %1 m WHERE m.sort_title >= ?%2"
                                             " ORDER BY m.sort_title, m.id LIMIT ?")
                                  .arg(d.table(Table::Media),
                                      upper.isEmpty() ? QString() : QStringLiteral(" AND m.sort_title < ?")),
        upper.isEmpty() ? QVariantList { prefix, limit } : QVariantList { prefix, upper, limit }, context);
    if (!titleHits)
        return titleHits.error();
    if (auto read = take(*titleHits); !read)
        return read.error();
    if (results.size() >= limit)
        return results;

    // 2. Full-text matches anywhere, best first, without the ones above.
    auto ranked = sql->run(d.fullTextMatches(words, limit + int(results.size())), context);
    if (!ranked)
        return ranked.error();
    if (auto read = take(*ranked); !read)
        return read.error();
    if (results.size() >= limit || std::none_of(words.cbegin(), words.cend(), &TextKeys::isSpacelessWord))
        return results;

    // 3. Words of scripts written without spaces (千尋 in 千と千尋の神隠し)
    // inside titles, not only at their start, in title order.
    const SqlFragment inside = d.fullTextCondition(QStringLiteral("m"), words);
    auto anywhere
        = sql->run(QStringLiteral("SELECT m.id FROM %1 m WHERE %2 ORDER BY m.sort_title, m.id LIMIT ?")
                       .arg(d.table(Table::Media), inside.sql),
            inside.values + QVariantList { limit + int(seen.size()) }, context);
    if (!anywhere)
        return anywhere.error();
    if (auto read = take(*anywhere); !read)
        return read.error();
    return results;
}

} // namespace omt
