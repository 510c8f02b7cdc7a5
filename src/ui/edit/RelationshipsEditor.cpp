#include "RelationshipsEditor.h"

#include "MediaSearchField.h"
#include "QuietChildren.h"
#include "RelationshipsModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace omt {

namespace {
/// Editors per column: lists of kinds and directions worded for people, the
/// library search for the other item, a 0–1 spin box for the weight.
class RelationshipDelegate : public QStyledItemDelegate
{
public:
    RelationshipDelegate(RelationshipsModel *model, const MediaEditContext::Search *search, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_search(search)
    { }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // createEditor is const, but emitting the delegate's own signals changes nothing of it.
        auto *delegate = const_cast<RelationshipDelegate *>(this);
        const auto finish = [delegate](QWidget *editor) {
            Q_EMIT delegate->commitData(editor);
            Q_EMIT delegate->closeEditor(editor);
        };
        switch (index.column()) {
        case RelationshipsModel::RelationColumn: {
            auto *combo = new QComboBox(parent);
            for (RelationType type : allValues<RelationType>())
                combo->addItem(displayName(type), int(type));
            connect(combo, &QComboBox::activated, delegate, [finish, combo] { finish(combo); });
            return combo;
        }
        case RelationshipsModel::DirectionColumn: {
            auto *combo = new QComboBox(parent);
            const auto type = RelationType(
                index.siblingAtColumn(RelationshipsModel::RelationColumn).data(Qt::EditRole).toInt());
            const auto current = RelatedMedia::Direction(index.data(Qt::EditRole).toInt());
            if (RelationshipsModel::isSymmetric(type)) {
                combo->addItem(RelationshipsModel::phrase(type, current), int(current));
            } else {
                for (auto direction :
                    { RelatedMedia::Direction::Incoming, RelatedMedia::Direction::Outgoing })
                    combo->addItem(RelationshipsModel::phrase(type, direction), int(direction));
            }
            connect(combo, &QComboBox::activated, delegate, [finish, combo] { finish(combo); });
            return combo;
        }
        case RelationshipsModel::OtherColumn: {
            auto *field = new MediaSearchField(*m_search, m_model->mediaId(), parent);
            connect(field, &MediaSearchField::mediaChosen, delegate, [finish, field] { finish(field); });
            return field;
        }
        case RelationshipsModel::WeightColumn: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0.0, 1.0);
            spin->setSingleStep(0.1);
            spin->setDecimals(2);
            spin->setToolTip(RelationshipsEditor::tr("1 for a direct sequel, 0.1 for a loose connection"));
            return spin;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
        } else if (auto *field = qobject_cast<MediaSearchField *>(editor)) {
            field->setText(index.data(Qt::EditRole).toString());
            field->selectAll();
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData());
        } else if (auto *field = qobject_cast<MediaSearchField *>(editor)) {
            // Typing alone changes nothing: only a match chosen from the list names an item.
            if (const auto chosen = field->chosenMedia())
                m_model->setOther(index.row(), *chosen);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    RelationshipsModel *m_model;
    /// The editor's search, which may be set after the delegate was made.
    const MediaEditContext::Search *m_search;
};
} // namespace

RelationshipsEditor::RelationshipsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new RelationshipsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("relationshipsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RelationshipDelegate(m_model, &m_search, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    m_view->setColumnWidth(RelationshipsModel::RelationColumn, 120);
    m_view->setColumnWidth(RelationshipsModel::DirectionColumn, 160);
    m_view->setColumnWidth(RelationshipsModel::OtherColumn, 200);
    m_view->setColumnWidth(RelationshipsModel::WeightColumn, 70);

    m_add->setObjectName(QStringLiteral("addRelation"));
    m_add->setText(tr("Add Relationship"));
    m_remove->setObjectName(QStringLiteral("removeRelation"));
    m_remove->setText(tr("Remove Relationship"));
    m_status->setObjectName(QStringLiteral("relationshipsStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &RelationshipsEditor::addRelation);
    connect(m_remove, &QToolButton::clicked, this, &RelationshipsEditor::removeSelected);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &RelationshipsEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationshipsEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RelationshipsEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &RelationshipsEditor::updateState);
    setSearch({});
}

RelationshipsEditor::~RelationshipsEditor()
{
    quietChildren(this);
}

void RelationshipsEditor::setSearch(MediaEditContext::Search search)
{
    m_search = std::move(search);
    m_add->setEnabled(bool(m_search));
    m_add->setToolTip(m_search ? QString() : tr("Searching the library is not available here."));
    updateState();
}

void RelationshipsEditor::setMediaId(const QUuid &id)
{
    m_model->setMediaId(id);
}

QList<RelatedMedia> RelationshipsEditor::related() const
{
    return m_model->related();
}

void RelationshipsEditor::setRelated(const QList<RelatedMedia> &related)
{
    m_model->setRelated(related);
}

QString RelationshipsEditor::problem() const
{
    return m_model->problem();
}

void RelationshipsEditor::showProblem()
{
    const int row = m_model->problemRow();
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, RelationshipsModel::OtherColumn);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    if (m_search)
        m_view->edit(index);
}

void RelationshipsEditor::addRelation()
{
    const int row = m_model->appendRelation();
    // The other item is what a new row needs first.
    const QModelIndex index = m_model->index(row, RelationshipsModel::OtherColumn);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void RelationshipsEditor::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

void RelationshipsEditor::updateState()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
    const QString problem = m_model->problem();
    m_status->setText(problem.isEmpty() ? QString() : tr("Incomplete: %1").arg(problem));
    Q_EMIT changed();
}

} // namespace omt
