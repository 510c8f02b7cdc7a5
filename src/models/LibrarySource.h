#pragma once

#include "core/MediaQuery.h"

#include <QString>
#include <QUuid>

namespace omt {

/// What a library view shows: a filtered and sorted slice of the catalogue,
/// the results of a search, or the items of a manual list.
struct LibrarySource
{
    enum class Kind { Catalogue, Search, List };

    Kind kind = Kind::Catalogue;
    /// Catalogue: the filters and the order (done by the database).
    MediaQuery query;
    /// Search: the text as typed.
    QString searchText;
    /// List: the manual list shown in position order.
    QUuid listId;

    static LibrarySource catalogue(const MediaQuery &query) { return { Kind::Catalogue, query, {}, {} }; }
    static LibrarySource search(const QString &text, const MediaQuery &order = {})
    {
        return { Kind::Search, order, text, {} };
    }
    static LibrarySource list(const QUuid &listId) { return { Kind::List, {}, {}, listId }; }

    friend bool operator==(const LibrarySource &, const LibrarySource &) = default;
};

} // namespace omt
