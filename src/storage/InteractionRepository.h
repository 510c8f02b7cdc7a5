#pragma once

#include "core/Error.h"
#include "core/Interaction.h"
#include "core/InteractionCursor.h"
#include "core/InteractionPage.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <optional>

namespace omt {

class Database;
class SqlConnection;

/// One user's status, progress, rating, notes and dates per media item.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::InteractionRepository)

public:
    explicit InteractionRepository(Database &database);

    /// The interaction, or an empty optional when the user has none for the item.
    Result<std::optional<Interaction>> get(const QUuid &userId, const QUuid &mediaId);

    /// Applies the patch (InteractionRules: completing sets completed_at,
    /// starting sets started_at) to the current state, creating the row when
    /// there is none, in one write transaction. Returns the stored state.
    Result<Interaction> update(const QUuid &userId, const QUuid &mediaId, const InteractionPatch &patch);

    /// Writes the whole state as given (for undo, imports): no date rules.
    Result<Interaction> put(const Interaction &interaction);

    Result<void> remove(const QUuid &userId, const QUuid &mediaId);

    /// The user's interactions with the given items, by media id (items
    /// without one are absent); one statement however many ids.
    Result<QHash<QUuid, Interaction>> forMedia(const QUuid &userId, const QList<QUuid> &mediaIds);
    /// Applies one patch to many items (the date rules per item, creating
    /// missing rows) in one transaction and a constant number of statements.
    /// Returns the stored states in the order of `mediaIds`.
    Result<QList<Interaction>> updateMany(
        const QUuid &userId, const QList<QUuid> &mediaIds, const InteractionPatch &patch);
    /// Writes the states exactly as given (undo of a batch); constant statements.
    Result<void> putMany(const QList<Interaction> &interactions);
    /// Removes the user's interactions with the items; constant statements.
    Result<void> removeMany(const QUuid &userId, const QList<QUuid> &mediaIds);

    /// The user's interactions joined with their media, most recently
    /// updated first, optionally only one status. Keyset paged.
    Result<InteractionPage> page(
        const QUuid &userId, std::optional<Status> status, const InteractionCursor &after, int limit);

    /// How many items the user has per status.
    Result<QHash<Status, int>> countByStatus(const QUuid &userId);

    // Building blocks of MediaRecordRepository (internal to src/storage): the
    // same operations on the caller's connection, inside its transaction.

    /// The interactions with the items, of `userId` or, when it is null, of
    /// every user; `lock` keeps concurrent writers away until the transaction ends.
    static Result<QList<Interaction>> ofMediaOn(
        const SqlConnection &sql, const QUuid &userId, const QList<QUuid> &mediaIds, bool lock);
    /// putMany; `skipOrphans` leaves out states whose user or item is gone
    /// instead of failing.
    static Result<void> putManyOn(
        const SqlConnection &sql, const QList<Interaction> &interactions, bool skipOrphans);

private:
    Database &m_database;
};

} // namespace omt
