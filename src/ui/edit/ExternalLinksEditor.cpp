#include "ExternalLinksEditor.h"

#include "ExternalLinksModel.h"
#include "QuietChildren.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValidator>

namespace omt {

namespace {
/// Source keys are stored lower case; typing in capitals is forgiven, not refused.
class SourceKeyValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        input = input.toLower();
        return input.isEmpty() || ExternalLinksModel::isValidSource(input) ? Acceptable : Invalid;
    }
};

/// Offers the known sources in an editable list for the Source column.
class SourceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ExternalLinksModel::SourceColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(ExternalLinksModel::knownSources());
        combo->lineEdit()->setValidator(new SourceKeyValidator(combo));
        combo->setToolTip(ExternalLinksEditor::tr(
            "Choose a catalogue or type your own key (lower-case letters, digits, _)."));
        // Choosing from the list is a complete edit; no need to press Enter as
        // well. (createEditor is const, but emitting signals changes nothing here.)
        auto *delegate = const_cast<SourceDelegate *>(this);
        connect(combo, &QComboBox::activated, delegate, [delegate, combo] {
            Q_EMIT delegate->commitData(combo);
            Q_EMIT delegate->closeEditor(combo, QAbstractItemDelegate::EditNextItem);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString source = index.data(Qt::EditRole).toString();
            const int known = combo->findText(source);
            if (known >= 0)
                combo->setCurrentIndex(known);
            combo->setEditText(source);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};
} // namespace

ExternalLinksEditor::ExternalLinksEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExternalLinksModel(this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("linksView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SourceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(
        ExternalLinksModel::SourceColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(
        ExternalLinksModel::IdentifierColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ExternalLinksModel::SourceColumn, 140);
    m_view->setColumnWidth(ExternalLinksModel::IdentifierColumn, 180);

    m_add->setObjectName(QStringLiteral("addLink"));
    m_add->setText(tr("Add Link"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_remove->setText(tr("Remove Link"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("linksStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ExternalLinksEditor::addLink);
    connect(m_remove, &QToolButton::clicked, this, &ExternalLinksEditor::removeSelected);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &ExternalLinksEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExternalLinksEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExternalLinksEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ExternalLinksEditor::updateState);
    updateState();
}

ExternalLinksEditor::~ExternalLinksEditor()
{
    quietChildren(this);
}

QList<ExternalLink> ExternalLinksEditor::links() const
{
    return m_model->links();
}

void ExternalLinksEditor::setLinks(const QList<ExternalLink> &links)
{
    m_model->setLinks(links);
}

QString ExternalLinksEditor::problem() const
{
    return m_model->problem();
}

void ExternalLinksEditor::showProblem()
{
    const int row = m_model->problemRow();
    if (row < 0)
        return;
    const ExternalLink link = m_model->links().at(row);
    const int column = !ExternalLinksModel::isValidSource(link.source) ? ExternalLinksModel::SourceColumn
        : link.externalKey.isEmpty()                                   ? ExternalLinksModel::IdentifierColumn
                                                                       : ExternalLinksModel::AddressColumn;
    const QModelIndex index = m_model->index(row, column);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void ExternalLinksEditor::addLink()
{
    const int row = m_model->appendLink();
    const QModelIndex index = m_model->index(row, ExternalLinksModel::SourceColumn);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void ExternalLinksEditor::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

void ExternalLinksEditor::updateState()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
    const QString problem = m_model->problem();
    m_status->setText(problem.isEmpty() ? QString() : tr("Incomplete: %1").arg(problem));
    Q_EMIT changed();
}

} // namespace omt
