#pragma once

#include "LibrarySource.h"
#include "core/Error.h"
#include "core/Media.h"

#include <QList>
#include <QUuid>

namespace omt {

struct Repositories;

/// What a list view shows, read on the storage thread: the items of a
/// manual list in position order (only those its view refinement matches,
/// when that is on), or the items a smart list's rule selects in its order.
struct ListContents
{
    /// Smart lists without a limit can match most of a library; a view holds
    /// at most this many of their items (the first ones in the rule's order).
    static constexpr int MaxSmartListRows = 10000;
    /// Manual lists are shown whole up to this many items.
    static constexpr int MaxListRows = 100000;

    /// The items shown, in view order.
    QList<MediaSummary> media;
    /// How many items the rule matches; more than media.size() when the
    /// view holds only the first MaxSmartListRows.
    int matched = 0;
    /// The manual list has a view refinement (whether or not it is applied).
    bool hasRefinement = false;

    /// Reads the items of a List or SmartList source.
    static Result<ListContents> read(Repositories &r, const LibrarySource &source, const QUuid &userId);
    /// Only the ids the source shows now, in view order: after a write, the
    /// view compares them with its rows (cheaper than reading the items).
    static Result<QList<QUuid>> order(Repositories &r, const LibrarySource &source, const QUuid &userId);
};

} // namespace omt
