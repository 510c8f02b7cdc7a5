#include "ListContents.h"

#include "core/FilterParser.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QSet>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::ListContents", text);
}

// What one ListItemRepository::entries call returns at most.
constexpr int ListPageRows = 5000;

/// A stored rule, parsed; a rule this version cannot read (written by a
/// newer one, or edited by hand) is an error naming the list.
Result<SmartFilter> parsedRule(const MediaList &list, const QJsonObject &document)
{
    auto filter = FilterParser::parse(document);
    if (!filter) {
        Error error = filter.error();
        error.message = tr("The rule of “%1” cannot be used: %2").arg(list.name, error.message);
        return error;
    }
    return filter;
}

/// The refinement to apply to a manual list, if any.
Result<std::optional<SmartFilter>> refinementOf(const MediaList &list, bool wanted)
{
    if (!wanted || list.filterDefinition.isEmpty())
        return std::optional<SmartFilter>();
    auto filter = parsedRule(list, list.filterDefinition);
    if (!filter)
        return filter.error();
    return std::optional<SmartFilter>(std::move(*filter));
}
} // namespace

Result<ListContents> ListContents::read(Repositories &r, const LibrarySource &source, const QUuid &userId)
{
    auto list = r.lists.get(source.listId);
    if (!list)
        return list.error();
    ListContents contents;
    if (source.kind == LibrarySource::Kind::SmartList) {
        auto document = r.lists.smartFilter(source.listId);
        if (!document)
            return document.error();
        auto filter = parsedRule(*list, *document);
        if (!filter)
            return filter.error();
        // Items and count in one statement (the count tells the status bar
        // how many match beyond the items a view holds).
        auto page = r.smartLists.firstPage(*filter, userId, MaxSmartListRows);
        if (!page)
            return page.error();
        contents.media = std::move(page->items);
        contents.matched = page->count;
        return contents;
    }

    contents.hasRefinement = !list->filterDefinition.isEmpty();
    auto refinement = refinementOf(*list, source.refined);
    if (!refinement)
        return refinement.error();
    // Read in pages (the repository bounds one read), up to MaxListRows.
    QList<ListEntry> entries;
    for (;;) {
        const int offset = int(entries.size());
        auto page = r.listItems.entries(source.listId, offset, MaxListRows - offset);
        if (!page)
            return page.error();
        entries.append(*page);
        if (page->isEmpty() || entries.size() >= MaxListRows || page->size() < ListPageRows)
            break;
    }
    QSet<QUuid> shown;
    if (*refinement) {
        auto matching = r.smartLists.idsInList(**refinement, userId, source.listId);
        if (!matching)
            return matching.error();
        shown = std::move(*matching);
    }
    contents.media.reserve(entries.size());
    for (const ListEntry &entry : std::as_const(entries)) {
        if (!*refinement || shown.contains(entry.media.id))
            contents.media.append(entry.media);
    }
    contents.matched = int(contents.media.size());
    return contents;
}

Result<QList<QUuid>> ListContents::order(Repositories &r, const LibrarySource &source, const QUuid &userId)
{
    auto list = r.lists.get(source.listId);
    if (!list)
        return list.error();
    if (source.kind == LibrarySource::Kind::SmartList) {
        auto document = r.lists.smartFilter(source.listId);
        if (!document)
            return document.error();
        auto filter = parsedRule(*list, *document);
        if (!filter)
            return filter.error();
        return r.smartLists.ids(*filter, userId, MaxSmartListRows);
    }
    auto refinement = refinementOf(*list, source.refined);
    if (!refinement)
        return refinement.error();
    auto ids = r.listItems.mediaIds(source.listId);
    if (!ids)
        return ids.error();
    if (ids->size() > MaxListRows)
        ids->resize(MaxListRows);
    if (!*refinement)
        return ids;
    auto matching = r.smartLists.idsInList(**refinement, userId, source.listId);
    if (!matching)
        return matching.error();
    ids->removeIf([&matching](const QUuid &id) { return !matching->contains(id); });
    return ids;
}

} // namespace omt
