#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QTableView;
class QToolButton;

namespace omt {

/// A table of rows edited in place, with Add and Remove buttons and a line
/// telling what keeps the rows from being saved. Subclasses give the model,
/// the delegate and the column layout, and answer the hooks below.
class RowTableEditor : public QWidget
{
    Q_OBJECT

public:
    ~RowTableEditor() override;

    /// The first row that cannot be saved, described for people; empty when all can.
    virtual QString problem() const = 0;
    /// Selects the cell problem() is about and, where it can be, starts editing it.
    void showProblem();

    QTableView *view() const { return m_view; }

Q_SIGNALS:
    /// Rows were added, removed or edited, or the current row changed.
    void changed();

protected:
    explicit RowTableEditor(QWidget *parent = nullptr);

    /// Shows `model` (owned by the subclass) and follows its changes. Called
    /// once from the subclass constructor, when problem() can already answer.
    void setRowModel(QAbstractItemModel *model);

    /// Adds an empty row and returns its number.
    virtual int appendRow() = 0;
    /// The cell of a new row that is edited first.
    virtual int firstColumnOfNewRow() const = 0;
    /// The row problem() is about, or -1.
    virtual int problemRow() const = 0;
    /// The cell of `row` that problem() is about.
    virtual int problemColumn(int row) const = 0;
    /// Whether the cell can be edited now; showProblem() only selects it otherwise.
    virtual bool canEdit(const QModelIndex &index) const;

    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }

    void updateState();

private:
    void addRow();
    void removeSelected();
    void focusCell(const QModelIndex &index, bool edit);

    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace omt
