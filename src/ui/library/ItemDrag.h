#pragma once

#include <Qt>

class QAbstractItemView;

namespace omt {

/// Starts the drag of the view's selected items: the model's MIME data (the
/// items' ids) under a small badge naming them, which sits beside the
/// pointer so that it never hides the drop indicator. The view's rows are
/// never removed by the drag: moves are writes, done by the list's owner.
namespace ItemDrag {
void start(QAbstractItemView *view, Qt::DropActions supportedActions, Qt::DropAction defaultAction);
} // namespace ItemDrag

} // namespace omt
