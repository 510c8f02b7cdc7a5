#include "ExternalLinkRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/ExternalLinkUrls.h"
#include "core/Timestamps.h"

#include <QSet>

namespace omt {

namespace {
/// Every column of ExternalLink, in the common text representation.
QString linkColumns(const SqlDialect &d)
{
    return QStringList { d.select(QStringLiteral("id"), ColumnType::Uuid),
        d.select(QStringLiteral("media_id"), ColumnType::Uuid), QStringLiteral("source_name"),
        QStringLiteral("external_key"), QStringLiteral("url"),
        d.select(QStringLiteral("created_at"), ColumnType::Timestamp) }
        .join(QStringLiteral(", "));
}

ExternalLink readLink(const QSqlQuery &q)
{
    ExternalLink link;
    link.id = SqlValues::toUuid(q.value(0));
    link.mediaId = SqlValues::toUuid(q.value(1));
    link.source = q.value(2).toString();
    link.externalKey = q.value(3).toString();
    link.url = q.value(4).toString();
    link.createdAt = SqlValues::toTimestamp(q.value(5));
    return link;
}

QString normalizedSource(const QString &source)
{
    return source.trimmed().toLower();
}

/// The same rules as the external_links_* constraints, said in words.
Result<void> validateKey(const QString &source, const QString &externalKey)
{
    if (source.isEmpty())
        return Error::invalidInput(
            ExternalLinkRepository::tr("A link needs a source, such as “imdb” or “isbn”."));
    if (!ExternalLinkUrls::isValidSourceKey(source))
        return Error::invalidInput(
            ExternalLinkRepository::tr("“%1” is not a valid source name: use only letters, digits and “_”.")
                .arg(source));
    if (externalKey.isEmpty())
        return Error::invalidInput(
            ExternalLinkRepository::tr("A link to “%1” needs an identifier.").arg(source));
    return {};
}

/// Trims and lower-cases; fills in the item, a fresh id and the creation time.
Result<ExternalLink> prepared(ExternalLink link, const QDateTime &now)
{
    link.source = normalizedSource(link.source);
    link.externalKey = link.externalKey.trimmed();
    link.url = link.url.trimmed();
    if (link.mediaId.isNull())
        return Error::invalidInput(ExternalLinkRepository::tr("A link belongs to a stored item."));
    if (auto valid = validateKey(link.source, link.externalKey); !valid)
        return valid.error();
    if (link.id.isNull())
        link.id = QUuid::createUuid();
    link.createdAt = link.createdAt.isValid() ? Timestamps::normalized(link.createdAt) : now;
    return link;
}

QString linkName(const ExternalLink &link)
{
    return link.source + QLatin1Char(':') + link.externalKey;
}

Error duplicate(const ExternalLink &link)
{
    return Error { Error::Code::AlreadyExists,
        ExternalLinkRepository::tr("The item already has the link “%1”.").arg(linkName(link)), linkName(link),
        QStringLiteral("media_id,source_name,external_key") };
}

/// Refines generic constraint errors into sentences about links; `link` is
/// the one written, or null for a batch.
Error explain(Error error, const ExternalLink *link)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = ExternalLinkRepository::tr("A link with this id already exists.");
    else if (error.code == Error::Code::AlreadyExists && link)
        error.message = duplicate(*link).message;
    else if (error.subject == QLatin1String("foreign_key"))
        error.message = ExternalLinkRepository::tr("The item no longer exists.");
    else if (error.subject == QLatin1String("external_links_source_format"))
        error.message = ExternalLinkRepository::tr("The source name may only hold letters, digits and “_”.");
    else if (error.subject == QLatin1String("external_links_key_not_blank"))
        error.message = ExternalLinkRepository::tr("A link needs an identifier.");
    return error;
}

/// The links of the items, by item, then source and identifier.
Result<QList<ExternalLink>> readLinks(
    const SqlConnection &sql, const QList<QUuid> &mediaIds, const QString &context)
{
    QList<ExternalLink> links;
    if (mediaIds.isEmpty())
        return links;
    const SqlDialect &d = sql.dialect();
    auto query = sql.run(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY media_id, source_name, external_key, id")
            .arg(linkColumns(d), d.table(Table::ExternalLinks),
                d.inJsonArray(QStringLiteral("media_id"), ColumnType::Uuid)),
        { SqlValues::uuidArray(mediaIds) }, context);
    if (!query)
        return query.error();
    while (query->next())
        links.append(readLink(*query));
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return links;
}

/// Every link prepared (see prepared()) and checked before anything is
/// written; a link given twice for one item is refused.
Result<QList<ExternalLink>> preparedAll(const QList<ExternalLink> &links)
{
    const QDateTime now = Timestamps::now();
    QList<ExternalLink> ready;
    ready.reserve(links.size());
    QSet<QString> seen;
    for (const ExternalLink &link : links) {
        auto one = prepared(link, now);
        if (!one)
            return one.error();
        const QString key = SqlValues::uuid(one->mediaId).toString() + QLatin1Char(' ') + linkName(*one);
        if (seen.contains(key))
            return duplicate(*one);
        seen.insert(key);
        ready.append(std::move(one).value());
    }
    return ready;
}

/// All the links in one statement: the rows travel as one JSON array.
Result<void> insertPrepared(
    const SqlConnection &sql, const QList<ExternalLink> &links, const QString &context)
{
    if (links.isEmpty())
        return {};
    const QList<RecordColumn> columns = TableColumns::links();
    QList<QVariantList> rows;
    rows.reserve(links.size());
    for (const ExternalLink &link : links)
        rows.append(TableColumns::linkValues(link));
    auto inserted = sql.run(TableColumns::insertFromRecords(sql.dialect(), Table::ExternalLinks, columns),
        { JsonRecords::array(columns, rows) }, context);
    if (!inserted)
        return explain(inserted.error(), links.size() == 1 ? &links.first() : nullptr);
    return {};
}
} // namespace

ExternalLinkRepository::ExternalLinkRepository(Database &database)
    : m_database(database)
{ }

Result<ExternalLink> ExternalLinkRepository::add(ExternalLink link)
{
    auto ready = prepared(std::move(link), Timestamps::now());
    if (!ready)
        return ready.error();
    link = std::move(ready).value();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString statement
        = QStringLiteral("INSERT INTO %1 (id, media_id, source_name, external_key, url, created_at)"
                         " VALUES (%2, %2, ?, ?, ?, %3) RETURNING ")
              .arg(d.table(Table::ExternalLinks), d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp))
        + linkColumns(d);
    auto query = sql->run(statement,
        { SqlValues::uuid(link.id), SqlValues::uuid(link.mediaId), link.source, link.externalKey,
            SqlValues::requiredText(link.url), SqlValues::timestamp(link.createdAt) },
        tr("adding the link “%1”").arg(linkName(link)));
    if (!query)
        return explain(query.error(), &link);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::internal(
            tr("The new link could not be read back."), SqlValues::uuid(link.id).toString());
    }
    return readLink(*query);
}

Result<void> ExternalLinkRepository::remove(const QUuid &linkId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE id = %2")
                              .arg(sql->table(Table::ExternalLinks), sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(linkId) }, tr("removing a link"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(tr("The link no longer exists."), SqlValues::uuid(linkId).toString());
    return {};
}

Result<QList<ExternalLink>> ExternalLinkRepository::forMedia(const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return forMediaOn(*sql, { mediaId });
}

Result<QList<ExternalLink>> ExternalLinkRepository::forMediaOn(
    const SqlConnection &sql, const QList<QUuid> &mediaIds)
{
    return readLinks(sql, mediaIds, tr("reading the links of an item"));
}

Result<void> ExternalLinkRepository::insertOn(const SqlConnection &sql, const QList<ExternalLink> &links)
{
    const auto ready = preparedAll(links);
    if (!ready)
        return ready.error();
    return insertPrepared(sql, *ready, tr("saving the links of an item"));
}

Result<QList<ExternalLink>> ExternalLinkRepository::replaceForMedia(
    const QUuid &mediaId, const QList<ExternalLink> &links)
{
    return m_database.write(tr("saving the links of an item"),
        [&](const SqlConnection &sql) { return replaceOn(sql, mediaId, links); });
}

Result<QList<ExternalLink>> ExternalLinkRepository::replaceOn(
    const SqlConnection &sql, const QUuid &mediaId, const QList<ExternalLink> &links)
{
    if (mediaId.isNull())
        return Error::invalidInput(tr("Links belong to a stored item."));
    // Everything is checked before anything is written.
    QList<ExternalLink> own = links;
    for (ExternalLink &link : own)
        link.mediaId = mediaId;
    const auto ready = preparedAll(own);
    if (!ready)
        return ready.error();

    const SqlDialect &d = sql.dialect();
    const QString context = tr("saving the links of an item");
    // Each statement's query is finished before the next one runs: PostgreSQL
    // cannot free a prepared statement once a failure has aborted the transaction.
    if (auto deleted = sql.run(QStringLiteral("DELETE FROM %1 WHERE media_id = %2")
                                   .arg(d.table(Table::ExternalLinks), d.param(ColumnType::Uuid)),
            { SqlValues::uuid(mediaId) }, context);
        !deleted)
        return deleted.error();
    if (auto inserted = insertPrepared(sql, *ready, context); !inserted)
        return inserted.error();
    return readLinks(sql, { mediaId }, context);
}

Result<QList<QUuid>> ExternalLinkRepository::findMedia(const QString &source, const QString &externalKey)
{
    const QString wantedSource = normalizedSource(source);
    const QString wantedKey = externalKey.trimmed();
    if (auto valid = validateKey(wantedSource, wantedKey); !valid)
        return valid.error();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    // Served by the external_links_by_key index.
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE source_name = ? AND external_key = ?"
                                         " ORDER BY created_at, media_id")
                              .arg(sql->dialect().select(QStringLiteral("media_id"), ColumnType::Uuid),
                                  sql->table(Table::ExternalLinks)),
        { wantedSource, wantedKey }, tr("looking up “%1:%2”").arg(wantedSource, wantedKey));
    if (!query)
        return query.error();
    QList<QUuid> ids;
    while (query->next())
        ids.append(SqlValues::toUuid(query->value(0)));
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return ids;
}

} // namespace omt
