#include "ViewSelection.h"

#include "models/LibraryTableModel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace omt {

ViewSelection::ViewSelection(LibraryTableModel &model, QItemSelectionModel &selection, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_selection(selection)
{ }

QList<std::pair<int, int>> ViewSelection::ranges() const
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_selection.selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    // Ranges of one row selection can overlap when cells were selected column by column.
    QList<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

int ViewSelection::count() const
{
    int count = 0;
    for (const auto &[first, last] : ranges())
        count += last - first + 1;
    return count;
}

QList<int> ViewSelection::rows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_selection.selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ViewSelection::withIds(std::function<void(const QList<QUuid> &)> action)
{
    const QList<std::pair<int, int>> selected = ranges();
    if (selected.isEmpty())
        return;
    m_model.idsOfRows(selected, this, [this, action = std::move(action)](Result<QList<QUuid>> ids) {
        if (!ids) {
            Q_EMIT failed(ids.error());
            return;
        }
        if (!ids->isEmpty())
            action(*ids);
    });
}

bool ViewSelection::selectItem(const QUuid &mediaId, const QList<QAbstractItemView *> &views)
{
    const std::optional<int> row = m_model.rowOf(mediaId);
    if (!row)
        return false;
    const QModelIndex index = m_model.index(*row, LibraryTableModel::Title);
    m_selection.setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (QAbstractItemView *view : views)
        view->scrollTo(index);
    return true;
}

} // namespace omt
