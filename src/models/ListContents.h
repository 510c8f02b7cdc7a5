#pragma once

#include "LibrarySource.h"
#include "core/Error.h"
#include "core/Filter.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace omt {

struct Repositories;

/// What a list view shows, read on the storage thread: the ids of a manual
/// list's items in position order (only those its view refinement matches,
/// when that is on), or of the items a smart list's rule selects, in its
/// order. Ids only — a few bytes per item and one walk of an index — so that
/// a list of any length opens at once; the view reads rows page by page.
struct ListContents
{
    Q_DECLARE_TR_FUNCTIONS(omt::ListContents)

public:
    /// A view takes in at most this many new rows after a write; beyond, it
    /// reads itself again.
    static constexpr int MaxNewRows = 10000;

    /// The ids shown, in view order.
    QList<QUuid> ids;
    /// The manual list has a view refinement (whether or not it is applied).
    bool hasRefinement = false;

    /// Reads a List or SmartList source.
    static Result<ListContents> read(Repositories &r, const LibrarySource &source, const QUuid &userId);
    /// A smart list's rule, parsed (an error naming the list when it cannot be read).
    static Result<SmartFilter> smartRule(Repositories &r, const QUuid &listId);
};

} // namespace omt
