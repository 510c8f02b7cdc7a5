#pragma once

#include "core/Error.h"

#include <QObject>
#include <QUuid>

#include <functional>

class QAbstractItemView;
class QItemSelectionModel;

namespace omt {

class LibraryTableModel;

/// The selection shared by the table and the grid, in terms of items: how
/// many, which (read from the database when a select-all reaches rows never
/// loaded), and selecting an item by id.
class ViewSelection : public QObject
{
    Q_OBJECT

public:
    ViewSelection(LibraryTableModel &model, QItemSelectionModel &selection, QObject *parent = nullptr);

    QItemSelectionModel &model() const { return m_selection; }
    /// How many rows are selected, loaded or not (without listing them).
    int count() const;
    /// The selected rows, in row order.
    QList<int> rows() const;
    /// The selected rows as (first, last) ranges in row order.
    QList<std::pair<int, int>> ranges() const;
    /// Runs `action` with the ids of every selected row, reading those not
    /// loaded first; nothing when nothing is selected.
    void withIds(std::function<void(const QList<QUuid> &)> action);
    /// Makes the item's row current and selected, scrolled into `views`;
    /// false when the view does not show it.
    bool selectItem(const QUuid &mediaId, const QList<QAbstractItemView *> &views);

Q_SIGNALS:
    void failed(const omt::Error &error);

private:
    LibraryTableModel &m_model;
    QItemSelectionModel &m_selection;
};

} // namespace omt
