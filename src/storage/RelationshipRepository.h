#pragma once

#include "core/Error.h"
#include "core/Media.h"

#include <QCoreApplication>

namespace omt {

class Database;
class SqlConnection;

/// Directed, typed links between media (sequel, adaptation, …).
class RelationshipRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::RelationshipRepository)

public:
    explicit RelationshipRepository(Database &database);

    /// Adds the relationship, or updates weight and notes when the same
    /// (source, target, type) exists.
    Result<Relationship> put(Relationship relationship);
    Result<void> remove(const QUuid &sourceId, const QUuid &targetId, RelationType type);
    /// Both directions at once, with the other item's title and type; one statement.
    Result<QList<RelatedMedia>> forMedia(const QUuid &mediaId);

    // Building blocks of MediaRecordRepository (internal to src/storage): the
    // same operations on the caller's connection, inside its transaction.

    /// forMedia for several items at once (a relationship between two of
    /// them appears once from each side); one statement.
    static Result<QList<RelatedMedia>> forMediaOn(const SqlConnection &sql, const QList<QUuid> &mediaIds);
    /// Makes the item's relationships (either direction) exactly these: the
    /// others are deleted, these added or updated. Every one must involve
    /// the item, and its other item must exist.
    static Result<void> replaceOn(
        const SqlConnection &sql, const QUuid &mediaId, const QList<Relationship> &relationships);
    /// Inserts the relationships as given, leaving out those whose items are
    /// gone and those that exist already.
    static Result<void> restoreOn(const SqlConnection &sql, const QList<Relationship> &relationships);

private:
    Database &m_database;
};

} // namespace omt
