#pragma once

#include "core/MediaQuery.h"

#include <QString>
#include <QUuid>

namespace omt {

/// What a library view shows: a filtered and sorted slice of the catalogue,
/// the results of a search, the items of a manual list or those a smart
/// list's rule selects.
struct LibrarySource
{
    enum class Kind { Catalogue, Search, List, SmartList };

    Kind kind = Kind::Catalogue;
    /// Catalogue: the filters and the order (done by the database).
    MediaQuery query;
    /// Search: the text as typed.
    QString searchText;
    /// List / SmartList: the list shown (manual lists in position order,
    /// smart lists in their rule's order).
    QUuid listId;
    /// List: whether the list's view refinement (its filter definition, if
    /// it has one) hides the items it does not match.
    bool refined = false;

    static LibrarySource catalogue(const MediaQuery &query)
    {
        return { Kind::Catalogue, query, {}, {}, false };
    }
    static LibrarySource search(const QString &text, const MediaQuery &order = {})
    {
        return { Kind::Search, order, text, {}, false };
    }
    static LibrarySource list(const QUuid &listId, bool refined = false)
    {
        return { Kind::List, {}, {}, listId, refined };
    }
    static LibrarySource smartList(const QUuid &listId) { return { Kind::SmartList, {}, {}, listId, false }; }

    /// Shown whole and in an order of their own (not sortable by column).
    bool isOrderedList() const { return kind == Kind::List || kind == Kind::SmartList; }

    friend bool operator==(const LibrarySource &, const LibrarySource &) = default;
};

} // namespace omt
