#pragma once

#include "core/Error.h"
#include "core/Media.h"

#include <QCoreApplication>

namespace omt {

class Database;
class SqlConnection;

/// Identifiers of media in outside catalogues (imdb, isbn, musicbrainz, …).
class ExternalLinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::ExternalLinkRepository)

public:
    explicit ExternalLinkRepository(Database &database);

    Result<ExternalLink> add(ExternalLink link);
    Result<void> remove(const QUuid &linkId);
    Result<QList<ExternalLink>> forMedia(const QUuid &mediaId);
    /// Replaces all links of an item in one transaction (the edit dialog's save).
    Result<QList<ExternalLink>> replaceForMedia(const QUuid &mediaId, const QList<ExternalLink> &links);
    /// The items that carry this identifier (importers match on it).
    Result<QList<QUuid>> findMedia(const QString &source, const QString &externalKey);

    // Building blocks of MediaRecordRepository (internal to src/storage): the
    // same operations on the caller's connection, inside its transaction.

    static Result<QList<ExternalLink>> replaceOn(
        const SqlConnection &sql, const QUuid &mediaId, const QList<ExternalLink> &links);
    /// The links of all the items, by item, in one statement.
    static Result<QList<ExternalLink>> forMediaOn(const SqlConnection &sql, const QList<QUuid> &mediaIds);
    /// Inserts the links keeping their ids and creation times, in one statement.
    static Result<void> insertOn(const SqlConnection &sql, const QList<ExternalLink> &links);

private:
    Database &m_database;
};

} // namespace omt
