#pragma once

#include "core/Error.h"
#include "core/Media.h"

namespace omt {

class Database;

/// Directed, typed links between media (sequel, adaptation, …).
class RelationshipRepository
{
public:
    explicit RelationshipRepository(Database &database);

    /// Adds the relationship, or updates weight and notes when the same
    /// (source, target, type) exists.
    Result<Relationship> put(Relationship relationship);
    Result<void> remove(const QUuid &sourceId, const QUuid &targetId, RelationType type);
    /// Both directions at once, with the other item's title and type; one statement.
    Result<QList<RelatedMedia>> forMedia(const QUuid &mediaId);

private:
    Database &m_database;
};

} // namespace omt
