#include "ExternalLinksEditor.h"

#include "models/ExternalLinksModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
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
    : RowTableEditor(parent)
    , m_model(new ExternalLinksModel(this))
{
    view()->setObjectName(QStringLiteral("linksView"));
    view()->setItemDelegate(new SourceDelegate(view()));
    setRowModel(m_model);
    view()->setColumnWidth(ExternalLinksModel::SourceColumn, 140);
    view()->setColumnWidth(ExternalLinksModel::IdentifierColumn, 180);

    addButton()->setObjectName(QStringLiteral("addLink"));
    addButton()->setText(tr("Add Link"));
    removeButton()->setObjectName(QStringLiteral("removeLink"));
    removeButton()->setText(tr("Remove Link"));
    statusLabel()->setObjectName(QStringLiteral("linksStatus"));
}

ExternalLinksEditor::~ExternalLinksEditor() = default;

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

int ExternalLinksEditor::appendRow()
{
    return m_model->appendLink();
}

int ExternalLinksEditor::firstColumnOfNewRow() const
{
    return ExternalLinksModel::SourceColumn;
}

int ExternalLinksEditor::problemRow() const
{
    return m_model->problemRow();
}

int ExternalLinksEditor::problemColumn(int row) const
{
    const ExternalLink link = m_model->links().at(row);
    if (!ExternalLinksModel::isValidSource(link.source))
        return ExternalLinksModel::SourceColumn;
    return link.externalKey.isEmpty() ? ExternalLinksModel::IdentifierColumn
                                      : ExternalLinksModel::AddressColumn;
}

} // namespace omt
