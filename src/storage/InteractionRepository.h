#pragma once

#include "core/Error.h"
#include "core/Interaction.h"

#include <QHash>
#include <QUuid>

#include <optional>

namespace omt {

class Database;

/// Where a page of a user's interactions continues: (updated_at, media id) of
/// the last row, newest first. Empty for the first page.
struct InteractionCursor
{
    QDateTime updatedAt;
    QUuid mediaId;

    bool isStart() const { return mediaId.isNull(); }
};

struct InteractionPage
{
    QList<InteractionWithMedia> rows;
    InteractionCursor next;
};

/// One user's status, progress, rating, notes and dates per media item.
class InteractionRepository
{
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

    /// The user's interactions joined with their media, most recently
    /// updated first, optionally only one status. Keyset paged.
    Result<InteractionPage> page(const QUuid &userId, std::optional<Status> status,
                                 const InteractionCursor &after, int limit);

    /// How many items the user has per status.
    Result<QHash<Status, int>> countByStatus(const QUuid &userId);

private:
    Database &m_database;
};

} // namespace omt
