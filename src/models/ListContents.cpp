#include "ListContents.h"

#include "core/FilterParser.h"
#include "storage/Repositories.h"

#include <QSet>

#include <limits>

namespace omt {

namespace {
/// A stored rule, parsed; a rule this version cannot read (written by a
/// newer one, or edited by hand) is an error naming the list.
Result<SmartFilter> parsedRule(const MediaList &list, const QJsonObject &document)
{
    auto filter = FilterParser::parse(document);
    if (!filter) {
        Error error = filter.error();
        error.message = ListContents::tr("The rule of “%1” cannot be used: %2").arg(list.name, error.message);
        return error;
    }
    return filter;
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
        // Every matching item: a smart list shows all of them (its own
        // limit, if it has one, still applies).
        auto ids = r.smartLists.ids(*filter, userId, std::numeric_limits<int>::max());
        if (!ids)
            return ids.error();
        contents.ids = std::move(*ids);
        return contents;
    }

    contents.hasRefinement = !list->filterDefinition.isEmpty();
    auto ids = r.listItems.mediaIds(source.listId);
    if (!ids)
        return ids.error();
    contents.ids = std::move(*ids);
    if (!source.refined || !contents.hasRefinement)
        return contents;
    auto refinement = parsedRule(*list, list->filterDefinition);
    if (!refinement)
        return refinement.error();
    auto matching = r.smartLists.idsInList(*refinement, userId, source.listId);
    if (!matching)
        return matching.error();
    contents.ids.removeIf([&matching](const QUuid &id) { return !matching->contains(id); });
    return contents;
}

Result<SmartFilter> ListContents::smartRule(Repositories &r, const QUuid &listId)
{
    auto list = r.lists.get(listId);
    if (!list)
        return list.error();
    auto document = r.lists.smartFilter(listId);
    if (!document)
        return document.error();
    return parsedRule(*list, *document);
}

} // namespace omt
