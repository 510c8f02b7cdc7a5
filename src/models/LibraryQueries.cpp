#include "LibraryQueries.h"

#include "ListContents.h"
#include "storage/Repositories.h"

#include <QSet>

#include <algorithm>

namespace omt::LibraryQueries {

namespace {
/// The user's interactions attached to the given media, in their order.
Result<QList<LibraryRow>> withInteractions(
    Repositories &r, const QUuid &userId, const QList<MediaSummary> &media)
{
    QList<QUuid> ids;
    ids.reserve(media.size());
    for (const MediaSummary &item : media)
        ids.append(item.id);
    QHash<QUuid, Interaction> interactions;
    if (!userId.isNull() && !ids.isEmpty()) {
        auto found = r.interactions.forMedia(userId, ids);
        if (!found)
            return found.error();
        interactions = std::move(*found);
    }
    QList<LibraryRow> rows;
    rows.reserve(media.size());
    for (const MediaSummary &item : media) {
        LibraryRow row { item, std::nullopt };
        if (const auto it = interactions.constFind(item.id); it != interactions.cend())
            row.interaction = *it;
        rows.append(std::move(row));
    }
    return rows;
}

void putValues(Repositories &r, const QUuid &userId, const QList<QUuid> &ids, ViewPlacement &placement)
{
    if (ids.isEmpty())
        return;
    if (auto found = rows(r, userId, ids)) {
        for (const LibraryRow &row : std::as_const(*found))
            placement.values.insert(row.media.id, row);
    }
}

/// Whether a write changes which items a list view shows or their order.
bool changesOrder(const LibrarySource &source, const LibraryChange &change)
{
    if (change.everything || !change.mediaInserted.isEmpty() || !change.mediaRemoved.isEmpty())
        return true;
    if (source.kind == LibrarySource::Kind::SmartList)
        // A rule can look at anything about an item: its data, the user's
        // tracking, the lists it is in.
        return !change.mediaUpdated.isEmpty() || change.tracksChanged() || !change.membershipLists.isEmpty();
    if (change.membershipLists.contains(source.listId))
        return true;
    for (const ListReorder &reorder : change.reorders) {
        if (reorder.listId == source.listId)
            return true;
    }
    // A refinement is a rule too.
    return source.refined
        && (!change.mediaUpdated.isEmpty() || change.tracksChanged() || !change.membershipLists.isEmpty());
}

PlacementProbe cataloguePlacement(const LibrarySource &source, quint64 generation, const QUuid &userId)
{
    return
        [source, generation, userId](Repositories &r, const QList<QUuid> &ids, const LibraryChange *change) {
            ViewPlacement placement;
            placement.generation = generation;
            // Tracking does not move catalogue rows; its values travel in the change.
            if (ids.isEmpty() || (change && !change->catalogueChanged()))
                return placement;
            if (ids.size() > MaxPlacedItems) {
                placement.reload = true;
                return placement;
            }
            if (auto count = r.media.count(source.query))
                placement.rowCount = *count;
            auto ranks = r.media.ranksOf(source.query, ids);
            if (!ranks) {
                placement.reload = true;
                return placement;
            }
            placement.rows = std::move(*ranks);
            if (change)
                putValues(r, userId, placement.rows.keys(), placement);
            return placement;
        };
}

PlacementProbe searchPlacement(quint64 generation, const QUuid &userId, const QList<QUuid> &shown)
{
    return
        [generation, userId, shown](Repositories &r, const QList<QUuid> &ids, const LibraryChange *change) {
            ViewPlacement placement;
            placement.generation = generation;
            if (!change || !change->catalogueChanged())
                return placement;
            // Search results keep their rows: written items shown get their new
            // values, deleted ones go.
            QList<QUuid> written;
            const QSet<QUuid> shownIds(shown.cbegin(), shown.cend());
            for (const QUuid &id : ids) {
                if (shownIds.contains(id))
                    written.append(id);
            }
            putValues(r, userId, written, placement);
            return placement;
        };
}

/// Whether the field is the user's tracking rather than the item's data.
bool isTrackingField(FilterField field)
{
    switch (field) {
    case FilterField::Status:
    case FilterField::Progress:
    case FilterField::Rating:
    case FilterField::StartedAt:
    case FilterField::CompletedAt:
    case FilterField::Notes: return true;
    default: return false;
    }
}

/// Smart lists: when a change can only have taken written items out of the
/// list (their tracking or data changed, the rule has no limit), the new
/// order is the old one without the items that no longer match: one
/// statement instead of running the whole rule again. Empty when that does
/// not hold and the rule must run.
std::optional<QList<QUuid>> orderAfterLeaving(Repositories &r, const LibrarySource &source,
    const QUuid &userId, const QList<QUuid> &shown, const QSet<QUuid> &shownIds, const LibraryChange &change)
{
    if (change.everything || !change.mediaInserted.isEmpty() || !change.membershipLists.isEmpty()
        || !change.reorders.isEmpty())
        return std::nullopt;
    QList<QUuid> written = change.mediaUpdated + change.untracked + change.mediaRemoved;
    for (const Interaction &interaction : change.interactions)
        written.append(interaction.mediaId);
    QList<QUuid> writtenShown;
    for (const QUuid &id : std::as_const(written)) {
        if (shownIds.contains(id) && !writtenShown.contains(id))
            writtenShown.append(id);
        else if (!shownIds.contains(id) && !change.mediaRemoved.contains(id))
            return std::nullopt; // it may have come in: the rule decides where
    }
    auto rule = ListContents::smartRule(r, source.listId);
    if (!rule || rule->limit)
        return std::nullopt;
    // Items that stay may have moved (their sort keys changed), unless the
    // change was to tracking and the rule sorts by the items' data only.
    const bool trackingOnly = change.mediaUpdated.isEmpty() && change.mediaRemoved.isEmpty();
    const bool sortsByData = std::all_of(rule->sort.cbegin(), rule->sort.cend(),
        [](const FilterSort &sort) { return !isTrackingField(sort.field); });
    auto matching = r.smartLists.matchingAmong(*rule, userId, writtenShown);
    if (!matching)
        return std::nullopt;
    if (!matching->isEmpty() && !(trackingOnly && sortsByData))
        return std::nullopt;
    QList<QUuid> order = shown;
    order.removeIf([&](const QUuid &id) { return writtenShown.contains(id) && !matching->contains(id); });
    return order;
}

PlacementProbe listPlacement(
    const LibrarySource &source, quint64 generation, const QUuid &userId, const QList<QUuid> &shown)
{
    return [source, generation, userId, shown](
               Repositories &r, const QList<QUuid> &ids, const LibraryChange *change) {
        ViewPlacement placement;
        placement.generation = generation;
        if (!change)
            return placement;
        if (change->listRulesChanged.contains(source.listId) || change->everything) {
            placement.reload = true;
            return placement;
        }
        const QSet<QUuid> shownIds(shown.cbegin(), shown.cend());
        QList<QUuid> wanted;
        for (const QUuid &id : ids) {
            if (shownIds.contains(id))
                wanted.append(id);
        }
        if (source.kind == LibrarySource::Kind::SmartList) {
            if (auto order = orderAfterLeaving(r, source, userId, shown, shownIds, *change)) {
                placement.rowCount = int(order->size());
                placement.order = std::move(*order);
                putValues(r, userId, wanted, placement);
                return placement;
            }
        }
        if (changesOrder(source, *change)) {
            auto contents = ListContents::read(r, source, userId);
            if (!contents) {
                placement.reload = true;
                return placement;
            }
            for (const QUuid &id : std::as_const(contents->ids)) {
                if (!shownIds.contains(id))
                    wanted.append(id);
            }
            placement.rowCount = int(contents->ids.size());
            placement.order = std::move(contents->ids);
        }
        if (wanted.size() > ListContents::MaxNewRows) {
            placement.reload = true;
            return placement;
        }
        putValues(r, userId, wanted, placement);
        return placement;
    };
}
} // namespace

Result<SourceLoad> load(
    Repositories &r, const LibrarySource &source, const QUuid &userId, int pageSize, int searchLimit)
{
    SourceLoad load;
    switch (source.kind) {
    case LibrarySource::Kind::Catalogue: {
        auto count = r.media.count(source.query);
        if (!count)
            return count.error();
        auto page = r.media.page(source.query, PageCursor {}, pageSize);
        if (!page)
            return page.error();
        auto rows = withInteractions(r, userId, page->rows);
        if (!rows)
            return rows.error();
        load.rowCount = *count;
        load.firstRows = std::move(*rows);
        load.next = page->next;
        return load;
    }
    case LibrarySource::Kind::Search: {
        // The ids of every result, the rows of the first page only: reading
        // the rows of 500 results took most of a keystroke's time.
        auto found = r.media.searchIds(source.searchText, searchLimit);
        if (!found)
            return found.error();
        auto first = rows(r, userId, found->mid(0, pageSize));
        if (!first)
            return first.error();
        load.rowCount = int(found->size());
        load.ids = std::move(*found);
        load.firstRows = std::move(*first);
        return load;
    }
    case LibrarySource::Kind::SmartList: {
        // The count and the first page: a range count and a short read,
        // where all the ids in the rule's order need the whole rule.
        auto rule = ListContents::smartRule(r, source.listId);
        if (!rule)
            return rule.error();
        auto count = r.smartLists.count(*rule, userId);
        if (!count)
            return count.error();
        auto firstIds = r.smartLists.ids(*rule, userId, pageSize);
        if (!firstIds)
            return firstIds.error();
        auto first = rows(r, userId, *firstIds);
        if (!first)
            return first.error();
        load.rowCount = qMax(*count, int(firstIds->size()));
        load.idsComplete = firstIds->size() >= load.rowCount;
        load.ids = std::move(*firstIds);
        load.firstRows = std::move(*first);
        return load;
    }
    case LibrarySource::Kind::List: {
        auto contents = ListContents::read(r, source, userId);
        if (!contents)
            return contents.error();
        auto first = rows(r, userId, contents->ids.mid(0, pageSize));
        if (!first)
            return first.error();
        load.rowCount = int(contents->ids.size());
        load.ids = std::move(contents->ids);
        load.firstRows = std::move(*first);
        load.hasRefinement = contents->hasRefinement;
        return load;
    }
    }
    return load;
}

Result<QList<LibraryRow>> rows(Repositories &r, const QUuid &userId, const QList<QUuid> &ids)
{
    auto media = r.media.summaries(ids);
    if (!media)
        return media.error();
    return withInteractions(r, userId, *media);
}

Result<std::pair<QList<LibraryRow>, PageCursor>> cataloguePage(Repositories &r, const MediaQuery &query,
    const QUuid &userId, const PageCursor &after, int skip, int limit)
{
    auto fetched = r.media.page(query, after, skip + limit);
    if (!fetched)
        return fetched.error();
    auto rows = withInteractions(r, userId, fetched->rows.mid(skip));
    if (!rows)
        return rows.error();
    return std::pair { std::move(*rows), fetched->next };
}

Result<QList<QUuid>> catalogueIds(
    Repositories &r, const MediaQuery &query, const PageCursor &after, int skip, int count)
{
    constexpr int Batch = 5000;
    QList<QUuid> found;
    PageCursor cursor = after;
    while (count > 0) {
        auto page = r.media.page(query, cursor, Batch);
        if (!page)
            return page.error();
        for (const MediaSummary &item : std::as_const(page->rows)) {
            if (skip > 0) {
                --skip;
            } else if (count > 0) {
                found.append(item.id);
                --count;
            }
        }
        if (page->next.isStart())
            break;
        cursor = page->next;
    }
    return found;
}

PlacementProbe placementProbe(
    const LibrarySource &source, quint64 generation, const QUuid &userId, const QList<QUuid> &shown)
{
    switch (source.kind) {
    case LibrarySource::Kind::Catalogue: return cataloguePlacement(source, generation, userId);
    case LibrarySource::Kind::Search: return searchPlacement(generation, userId, shown);
    case LibrarySource::Kind::List:
    case LibrarySource::Kind::SmartList: return listPlacement(source, generation, userId, shown);
    }
    return {};
}

} // namespace omt::LibraryQueries
