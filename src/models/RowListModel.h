#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace omt {

/// A table with one editable row per `Row` value, as the edit dialog's small
/// tables keep them. Subclasses give the columns and say what keeps the rows
/// from being saved; adding, replacing and removing rows is shared.
template<typename Row>
class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// The first row that cannot be saved, described for people ("row 2 has
    /// no identifier"); empty when every row can.
    QString problem() const { return check().problem; }
    /// The row problem() is about, or -1.
    int problemRow() const { return check().row; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!isRowIndex(index))
            return Qt::NoItemFlags;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }

protected:
    struct Check
    {
        QString problem;
        int row = -1;
    };
    /// Finds the first row that cannot be saved.
    virtual Check check() const = 0;

    /// True for an index of one of this model's cells. The root (an invalid
    /// index) is a normal question from views and is answered quietly; an
    /// index of another model or a stale row is a bug that checkIndex() reports.
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid()
            && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }

    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    /// Adds `value` as the last row and returns its number.
    int appendRow(const Row &value)
    {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(value);
        endInsertRows();
        return row;
    }

    QList<Row> m_rows;
};

} // namespace omt
