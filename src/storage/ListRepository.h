#pragma once

#include "core/Error.h"
#include "core/Media.h"
#include "core/MediaList.h"

#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace omt {

class Database;
class SqlConnection;

/// An entry of a manual list with what views show of its media.
struct ListEntry
{
    ListItem item;
    MediaSummary media;

    friend bool operator==(const ListEntry &, const ListEntry &) = default;
};

/// A list with its rule and items, to put it back after deleting it (undo).
struct ListSnapshot
{
    MediaList list;
    QJsonObject smartFilter;
    QList<ListItem> items;
};

/// What a move changed: the rows it wrote, with their positions before and
/// after (usually the moved items; the whole list when it was renumbered).
/// Giving the `before` positions back undoes the move exactly.
struct ListMoveReport
{
    QList<ListItem> before;
    QList<ListItem> after;
};

/// A user's lists and the ordered items of manual lists (DESIGN §6: gapped
/// positions; a move writes only the moved rows unless the gap is exhausted,
/// then the list is renumbered in the same transaction).
class ListRepository
{
public:
    explicit ListRepository(Database &database);

    /// Creates a list; a null id gets a fresh one. Smart lists also get their
    /// row in smart_lists with `smartFilter` (must be a non-empty object).
    Result<MediaList> create(MediaList list, const QJsonObject &smartFilter = {});
    /// Saves name, description, visibility and the view refinement.
    Result<MediaList> update(MediaList list);
    Result<MediaList> rename(const QUuid &listId, const QString &name);
    Result<void> remove(const QUuid &listId);
    /// The list, its rule and its items, read in order to put them back later.
    Result<ListSnapshot> snapshot(const QUuid &listId);
    /// Puts a deleted list back as it was: id, timestamps, rule and items at
    /// their positions (items whose media are gone meanwhile are left out).
    Result<MediaList> restore(const ListSnapshot &snapshot);
    Result<MediaList> get(const QUuid &listId);
    /// The owner's lists, by name.
    Result<QList<MediaList>> listsOf(const QUuid &ownerId);

    Result<QJsonObject> smartFilter(const QUuid &listId);
    Result<void> setSmartFilter(const QUuid &listId, const QJsonObject &filter);

    /// Appends the items in the given order, skipping those already in the
    /// list; one statement for the whole batch. Returns how many were added.
    Result<int> addItems(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// Which of the given items are already in the list (one statement), so
    /// that undoing an "add" removes only what it added.
    Result<QList<QUuid>> membersAmong(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// Removes the items; returns how many were removed.
    Result<int> removeItems(const QUuid &listId, const QList<QUuid> &mediaIds);
    /// Moves the items (keeping their relative order) to just before
    /// `beforeMediaId`, or to the end when it is empty.
    Result<ListMoveReport> moveItems(
        const QUuid &listId, const QList<QUuid> &mediaIds, const std::optional<QUuid> &beforeMediaId);

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
    /// Gives items the positions in `items` (one statement); returns the rows written.
    Result<int> setPositions(const QUuid &listId, const QList<ListItem> &items);
    /// Puts removed items back at their positions, with their dates. Items
    /// already there are kept; should a position have been taken meanwhile,
    /// the list is renumbered in its order, the restored item first among equals.
    Result<void> restoreItems(const QList<ListItem> &items);
    /// restoreItems inside the caller's transaction.
    static Result<void> restoreItemsOn(
        const SqlConnection &sql, const QList<ListItem> &items, const QString &context);

    /// Rows written by the last moveItems on this thread (for the benchmark
    /// that proves a move writes one row).
    int lastMoveRowsWritten() const { return m_lastMoveRowsWritten; }

private:
    Database &m_database;
    int m_lastMoveRowsWritten = 0;
};

} // namespace omt
