#include "RowTableEditor.h"

#include "ui/common/QuietChildren.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace omt {

RowTableEditor::RowTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &RowTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RowTableEditor::removeSelected);
}

RowTableEditor::~RowTableEditor()
{
    // The subclass part is gone by now, so nothing may call the hooks any more.
    quietChildren(this);
}

void RowTableEditor::setRowModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &RowTableEditor::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &RowTableEditor::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &RowTableEditor::updateState);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowTableEditor::updateState);
    updateState();
}

void RowTableEditor::showProblem()
{
    const int row = problemRow();
    if (row < 0)
        return;
    const QModelIndex index = m_view->model()->index(row, problemColumn(row));
    focusCell(index, canEdit(index));
}

bool RowTableEditor::canEdit(const QModelIndex &) const
{
    return true;
}

void RowTableEditor::updateState()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
    const QString problem = this->problem();
    m_status->setText(problem.isEmpty() ? QString() : tr("Incomplete: %1").arg(problem));
    Q_EMIT changed();
}

void RowTableEditor::addRow()
{
    const int row = appendRow();
    focusCell(m_view->model()->index(row, firstColumnOfNewRow()), true);
}

void RowTableEditor::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->model()->removeRow(current.row());
}

void RowTableEditor::focusCell(const QModelIndex &index, bool edit)
{
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    if (edit)
        m_view->edit(index);
}

} // namespace omt
