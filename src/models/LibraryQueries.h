#pragma once

#include "LibraryRow.h"
#include "LibrarySource.h"
#include "ViewPlacement.h"
#include "core/Error.h"
#include "core/MediaQuery.h"

#include <QList>
#include <QUuid>

namespace omt {

struct Repositories;

/// The storage-thread side of the library views: what LibraryTableModel and
/// RowPager run on the worker. Each call is a constant number of statements,
/// whatever the length of the view.
namespace LibraryQueries {

/// What a view needs to show a source at once.
struct SourceLoad
{
    int rowCount = 0;
    /// The first rows (a page).
    QList<LibraryRow> firstRows;
    /// Catalogue: where the first page ends.
    PageCursor next;
    /// Search results, lists and smart lists: the ids shown, in order —
    /// every one, or for a smart list only the first page's (see idsComplete).
    QList<QUuid> ids;
    /// False when `ids` holds only the first of rowCount ids: a smart list
    /// opens with its count and first page, and its other ids follow
    /// (ListContents::read), so that a long one opens at once.
    bool idsComplete = true;
    /// A manual list with a view refinement (applied or not).
    bool hasRefinement = false;
};

/// Reads a source: count and first page, or the ids and the first page;
/// search results are at most `searchLimit` ids.
Result<SourceLoad> load(
    Repositories &r, const LibrarySource &source, const QUuid &userId, int pageSize, int searchLimit);
/// The rows of the given items in the order of `ids` (those that exist).
Result<QList<LibraryRow>> rows(Repositories &r, const QUuid &userId, const QList<QUuid> &ids);
/// Catalogue: `limit` rows after skipping `skip` rows from `after`, and the cursor after them.
Result<std::pair<QList<LibraryRow>, PageCursor>> cataloguePage(Repositories &r, const MediaQuery &query,
    const QUuid &userId, const PageCursor &after, int skip, int limit);
/// Catalogue: the ids of rows [skip, skip + count) after `after`, read in large batches.
Result<QList<QUuid>> catalogueIds(
    Repositories &r, const MediaQuery &query, const PageCursor &after, int skip, int count);

/// Where the given items stand in the view of `source` (see ViewPlacement):
/// catalogue ranks, search values, list and smart-list orders.
/// `shown` are the ids a snapshot view shows now (lists, search results).
PlacementProbe placementProbe(
    const LibrarySource &source, quint64 generation, const QUuid &userId, const QList<QUuid> &shown);

/// Writes touching more items than this make a catalogue view reload
/// instead of placing each item.
constexpr int MaxPlacedItems = 50;

} // namespace LibraryQueries
} // namespace omt
