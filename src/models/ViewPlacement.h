#pragma once

#include "LibraryRow.h"
#include "core/LibraryChange.h"

#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace omt {

struct Repositories;

/// Where changed items stand in a view before or after a write, computed on
/// the storage thread in the same job as the write, so that it matches the
/// database exactly at that moment.
struct ViewPlacement
{
    /// The view's load this was computed for; a later load makes it stale.
    quint64 generation = 0;
    /// The view's length; -1 when not computed.
    int rowCount = -1;
    /// Too many items to place one by one: the view reloads instead.
    bool reload = false;
    /// Media id -> row; items the view does not show are absent.
    QHash<QUuid, int> rows;
    /// The current rows of the placed items (for insertions and updates).
    QHash<QUuid, LibraryRow> values;
    /// Lists and smart lists whose items changed: every id the view shows
    /// now, in order.
    std::optional<QList<QUuid>> order;
};

/// Computes a placement on the storage thread: before a write (`change` is
/// null) and after it (`change` says what the write did).
using PlacementProbe
    = std::function<ViewPlacement(Repositories &, const QList<QUuid> &ids, const LibraryChange *change)>;

/// A view whose rows follow writes exactly (insertions, removals and moves
/// where the database now has them), without reading itself again.
class PlacedView
{
public:
    virtual ~PlacedView() = default;
    /// What to run in the write's job; empty when the view shows nothing yet.
    virtual PlacementProbe placementProbe() const = 0;
    /// The write numbered `sequence` has committed; the change feed
    /// announces it next. `ids` are the items it placed.
    virtual void notePlacement(
        quint64 sequence, const QList<QUuid> &ids, const ViewPlacement &before, const ViewPlacement &after)
        = 0;
};

} // namespace omt
