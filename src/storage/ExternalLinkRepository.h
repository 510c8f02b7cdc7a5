#pragma once

#include "core/Error.h"
#include "core/Media.h"

namespace omt {

class Database;

/// Identifiers of media in outside catalogues (imdb, isbn, musicbrainz, …).
class ExternalLinkRepository
{
public:
    explicit ExternalLinkRepository(Database &database);

    Result<ExternalLink> add(ExternalLink link);
    Result<void> remove(const QUuid &linkId);
    Result<QList<ExternalLink>> forMedia(const QUuid &mediaId);
    /// Replaces all links of an item in one transaction (the edit dialog's save).
    Result<QList<ExternalLink>> replaceForMedia(const QUuid &mediaId, const QList<ExternalLink> &links);
    /// The items that carry this identifier (importers match on it).
    Result<QList<QUuid>> findMedia(const QString &source, const QString &externalKey);

private:
    Database &m_database;
};

} // namespace omt
