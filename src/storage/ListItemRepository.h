#pragma once

#include "core/Error.h"
#include "core/ListEntry.h"
#include "core/MediaList.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

namespace omt {

class Database;
class SqlConnection;

/// The items of manual lists: which media a list holds, and reading them in
/// position order (the order itself is changed through ListOrdering).
class ListItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::ListItemRepository)

public:
    explicit ListItemRepository(Database &database);

    /// Appends the items in the given order, skipping those already in the
    /// list; one statement for the whole batch. Returns how many were added.
    Result<int> addItems(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// Which of the given items are already in the list (one statement), so
    /// that undoing an "add" removes only what it added.
    Result<QList<QUuid>> membersAmong(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// Removes the items; returns how many were removed.
    Result<int> removeItems(const QUuid &listId, const QList<QUuid> &mediaIds);

    /// Entries in position order, `limit` from `offset` (lists are at most
    /// tens of thousands of rows; the index on (list_id, position) serves it).
    Result<QList<ListEntry>> entries(const QUuid &listId, int offset, int limit);
    Result<int> itemCount(const QUuid &listId);
    /// The number of items of each of the owner's manual lists (one statement).
    Result<QHash<QUuid, int>> itemCounts(const QUuid &ownerId);
    /// Every item of the list in position order, without their media.
    Result<QList<ListItem>> items(const QUuid &listId);
    /// The ids of the list's items in position order (one walk of the
    /// position index, nothing else read): what a list view compares its rows with.
    Result<QList<QUuid>> mediaIds(const QUuid &listId);
    /// The entries of the given items (those in the list), in position order.
    Result<QList<ListItem>> itemsAmong(const QUuid &listId, const QList<QUuid> &mediaIds);

    /// Puts removed items back at their positions, with their dates. Items
    /// already there are kept; should a position have been taken meanwhile,
    /// the list is renumbered in its order, the restored item first among equals.
    Result<void> restoreItems(const QList<ListItem> &items);
    /// restoreItems inside the caller's transaction.
    static Result<void> restoreItemsOn(
        const SqlConnection &sql, const QList<ListItem> &items, const QString &context);

private:
    Database &m_database;
};

} // namespace omt
