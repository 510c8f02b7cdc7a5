#include "ExternalLinkRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::ExternalLinkRepository", text);
}


/// Every column of ExternalLink, in the common text representation.
QString linkColumns(const SqlDialect &d)
{
    return QStringList { d.select(QStringLiteral("id"), ColumnType::Uuid),
        d.select(QStringLiteral("media_id"), ColumnType::Uuid), QStringLiteral("source"),
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
    static const QRegularExpression sourceFormat(QStringLiteral("^[a-z0-9_]+$"));
    if (source.isEmpty())
        return Error::invalidInput(tr("A link needs a source, such as “imdb” or “isbn”."));
    if (!sourceFormat.match(source).hasMatch())
        return Error::invalidInput(
            tr("“%1” is not a valid source name: use only letters, digits and “_”.").arg(source));
    if (externalKey.isEmpty())
        return Error::invalidInput(tr("A link to “%1” needs an identifier.").arg(source));
    return {};
}

/// Trims and lower-cases; fills in the item, a fresh id and the creation time.
Result<ExternalLink> prepared(ExternalLink link, const QDateTime &now)
{
    link.source = normalizedSource(link.source);
    link.externalKey = link.externalKey.trimmed();
    link.url = link.url.trimmed();
    if (link.mediaId.isNull())
        return Error::invalidInput(tr("A link belongs to a stored item."));
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
    return Error { Error::Code::AlreadyExists, tr("The item already has the link “%1”.").arg(linkName(link)),
        linkName(link), QStringLiteral("media_id,source,external_key") };
}

/// Refines generic constraint errors into sentences about links; `link` is
/// the one written, or null for a batch.
Error explain(Error error, const ExternalLink *link)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = tr("A link with this id already exists.");
    else if (error.code == Error::Code::AlreadyExists && link)
        error.message = duplicate(*link).message;
    else if (error.subject == QLatin1String("foreign_key"))
        error.message = tr("The item no longer exists.");
    else if (error.subject == QLatin1String("external_links_source_format"))
        error.message = tr("The source name may only hold letters, digits and “_”.");
    else if (error.subject == QLatin1String("external_links_key_not_blank"))
        error.message = tr("A link needs an identifier.");
    return error;
}

Result<QList<ExternalLink>> readLinks(const SqlConnection &sql, const QUuid &mediaId, const QString &context)
{
    auto query
        = sql.run(QStringLiteral("SELECT %1 FROM %2 WHERE media_id = %3 ORDER BY source, external_key, id")
                      .arg(linkColumns(sql.dialect()), sql.table(Table::ExternalLinks),
                          sql.dialect().param(ColumnType::Uuid)),
            { SqlValues::uuid(mediaId) }, context);
    if (!query)
        return query.error();
    QList<ExternalLink> links;
    while (query->next())
        links.append(readLink(*query));
    return links;
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
        = QStringLiteral("INSERT INTO %1 (id, media_id, source, external_key, url, created_at)"
                         " VALUES (%2, %2, ?, ?, ?, %3) RETURNING ")
              .arg(d.table(Table::ExternalLinks), d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp))
        + linkColumns(d);
    auto query = sql->run(statement,
        { SqlValues::uuid(link.id), SqlValues::uuid(link.mediaId), link.source, link.externalKey,
            SqlValues::requiredText(link.url), SqlValues::timestamp(link.createdAt) },
        tr("adding the link “%1”").arg(linkName(link)));
    if (!query)
        return explain(query.error(), &link);
    if (!query->next())
        return Error::internal(
            tr("The new link could not be read back."), SqlValues::uuid(link.id).toString());
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
    return readLinks(*sql, mediaId, tr("reading the links of an item"));
}

Result<QList<ExternalLink>> ExternalLinkRepository::replaceForMedia(
    const QUuid &mediaId, const QList<ExternalLink> &links)
{
    if (mediaId.isNull())
        return Error::invalidInput(tr("Links belong to a stored item."));
    // Everything is checked before anything is written, so a refused save
    // leaves the stored links as they were.
    const QDateTime now = Timestamps::now();
    QJsonArray rows;
    QSet<QString> seen;
    for (ExternalLink link : links) {
        link.mediaId = mediaId;
        auto ready = prepared(std::move(link), now);
        if (!ready)
            return ready.error();
        if (seen.contains(linkName(*ready)))
            return duplicate(*ready);
        seen.insert(linkName(*ready));
        rows.append(QJsonObject { { QStringLiteral("id"), SqlValues::uuid(ready->id).toString() },
            { QStringLiteral("media_id"), SqlValues::uuid(mediaId).toString() },
            { QStringLiteral("source"), ready->source },
            { QStringLiteral("external_key"), ready->externalKey }, { QStringLiteral("url"), ready->url },
            { QStringLiteral("created_at"), SqlValues::timestampText(ready->createdAt) } });
    }

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("saving the links of an item");
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();

    // Each statement's query is finished before the next one runs: PostgreSQL
    // cannot free a prepared statement once a failure has aborted the transaction.
    if (auto deleted = sql->run(QStringLiteral("DELETE FROM %1 WHERE media_id = %2")
                                    .arg(d.table(Table::ExternalLinks), d.param(ColumnType::Uuid)),
            { SqlValues::uuid(mediaId) }, context);
        !deleted)
        return deleted.error();

    if (!rows.isEmpty()) {
        // The whole list in one statement: the rows travel as one JSON array.
        const QString source = d.jsonRecordSource({ { QStringLiteral("id"), ColumnType::Uuid },
            { QStringLiteral("media_id"), ColumnType::Uuid }, { QStringLiteral("source"), ColumnType::Text },
            { QStringLiteral("external_key"), ColumnType::Text }, { QStringLiteral("url"), ColumnType::Text },
            { QStringLiteral("created_at"), ColumnType::Timestamp } });
        auto inserted
            = sql->run(QStringLiteral("INSERT INTO %1 (id, media_id, source, external_key, url, created_at) ")
                           .arg(d.table(Table::ExternalLinks))
                    + source,
                { QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) }, context);
        if (!inserted)
            return explain(inserted.error(), nullptr);
    }

    auto stored = readLinks(*sql, mediaId, context);
    if (!stored)
        return stored.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return stored;
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
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE source = ? AND external_key = ?"
                                         " ORDER BY created_at, media_id")
                              .arg(sql->dialect().select(QStringLiteral("media_id"), ColumnType::Uuid),
                                  sql->table(Table::ExternalLinks)),
        { wantedSource, wantedKey }, tr("looking up “%1:%2”").arg(wantedSource, wantedKey));
    if (!query)
        return query.error();
    QList<QUuid> ids;
    while (query->next())
        ids.append(SqlValues::toUuid(query->value(0)));
    return ids;
}

} // namespace omt
