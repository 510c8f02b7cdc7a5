#pragma once

#include "SqlDialect.h"
#include "SqlFragment.h"
#include "core/ClassCount.h"
#include "core/Error.h"
#include "core/Media.h"
#include "core/MediaQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace omt {

class Database;

class SqlConnection;

/// The shared catalogue: create, read, update, delete, upsert by external id,
/// keyset paging in every supported order, and search-as-you-type.
class MediaRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::MediaRepository)

public:
    explicit MediaRepository(Database &database);

    /// Stores a new item; a null id gets a fresh one. Returns the stored item.
    Result<Media> create(Media media);
    /// Replaces every column of an existing item (by id).
    Result<Media> update(Media media);
    /// Inserts the item, or updates the one with the same external id
    /// (keeping that item's id and creation time).
    Result<Media> upsertByExternalId(Media media);
    /// Deletes the item and, by cascade, its links, relationships,
    /// interactions and list entries.
    Result<void> remove(const QUuid &id);

    Result<Media> get(const QUuid &id);
    /// Summaries of the given items in the given order; unknown ids are left out.
    Result<QList<MediaSummary>> summaries(const QList<QUuid> &ids);

    /// Up to `limit` rows after `after` in the query's order (keyset paging:
    /// the cost does not grow with the distance from the start).
    Result<MediaPage> page(const MediaQuery &query, const PageCursor &after, int limit);
    /// Cursors ending every `pageSize` rows, so that page k can be fetched
    /// directly with page(query, anchors[k-1], pageSize) — for views that jump
    /// to a far row. One index scan per query; reuse the result.
    Result<QList<PageCursor>> pageAnchors(const MediaQuery &query, int pageSize);
    Result<int> count(const MediaQuery &query);
    /// Where the item stands in the query's order (0-based), so that a view
    /// can signal an insertion or a move at the right row; NotFound when the
    /// item does not exist or the query's filters exclude it. Costs one index
    /// range count, proportional to the rank (ranksOf for one item).
    Result<int> rankOf(const MediaQuery &query, const QUuid &id);
    /// rankOf for many items in two statements, whatever their number: the
    /// items' keys, then one count per item in a single statement. Items
    /// that do not exist or that the filters exclude are absent.
    Result<QHash<QUuid, int>> ranksOf(const MediaQuery &query, const QList<QUuid> &ids);
    /// Every media class in use with its number of items, by class path.
    Result<QList<ClassCount>> classCounts();
    Result<QHash<MediaType, int>> countByType();

    /// Search as you type: titles starting with the typed text first (in
    /// title order), then full-text matches over title, creators and
    /// description ranked by relevance, the last word taken as a prefix.
    Result<QList<MediaSummary>> search(const QString &typed, int limit);
    /// The ids search() finds, in the same order: what a view of the results
    /// needs before it reads the rows it shows.
    Result<QList<QUuid>> searchIds(const QString &typed, int limit);

    // Building blocks of MediaRecordRepository (internal to src/storage): the
    // same operations on the caller's connection, inside its transaction.

    static Result<Media> createOn(const SqlConnection &sql, Media media);
    static Result<Media> updateOn(const SqlConnection &sql, Media media);
    /// Whole items in the order of `ids` (missing ones left out); `lock`
    /// keeps concurrent writers away from them until the transaction ends.
    static Result<QList<Media>> readOn(const SqlConnection &sql, const QList<QUuid> &ids, bool lock);
    /// Inserts the items exactly as given (ids and timestamps), in one statement.
    static Result<void> insertExactOn(const SqlConnection &sql, const QList<Media> &media);

private:
    static Result<Media> write(
        const SqlConnection &sql, const Media &media, const QString &statement, const QString &context);
    SqlFragment filters(const SqlConnection &sql, const MediaQuery &query,
        SqlDialect::ClassAccess access = SqlDialect::ClassAccess::ClassIndex) const;
    Result<SqlDialect::ClassAccess> classAccessForPaging(
        const SqlConnection &sql, const MediaQuery &query) const;

    Database &m_database;
};

} // namespace omt
