#include "RelationshipsEditor.h"

#include "MediaSearchField.h"
#include "models/RelationshipsModel.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>

namespace omt {

namespace {
/// Editors per column: lists of kinds and directions worded for people, the
/// library search for the other item, a 0–100 % spin box for the weight.
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
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, MaxRelationshipWeight);
            spin->setSingleStep(10);
            spin->setSuffix(RelationshipsEditor::tr(" %"));
            spin->setToolTip(
                RelationshipsEditor::tr("100 % for a direct sequel, 10 % for a loose connection"));
            return spin;
        }
        default: return QStyledItemDelegate::createEditor(parent, option, index);
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
    : RowTableEditor(parent)
    , m_model(new RelationshipsModel(this))
{
    view()->setObjectName(QStringLiteral("relationshipsView"));
    view()->setItemDelegate(new RelationshipDelegate(m_model, &m_search, view()));
    setRowModel(m_model);
    view()->setColumnWidth(RelationshipsModel::RelationColumn, 120);
    view()->setColumnWidth(RelationshipsModel::DirectionColumn, 160);
    view()->setColumnWidth(RelationshipsModel::OtherColumn, 200);
    view()->setColumnWidth(RelationshipsModel::WeightColumn, 70);

    addButton()->setObjectName(QStringLiteral("addRelation"));
    addButton()->setText(tr("Add Relationship"));
    removeButton()->setObjectName(QStringLiteral("removeRelation"));
    removeButton()->setText(tr("Remove Relationship"));
    statusLabel()->setObjectName(QStringLiteral("relationshipsStatus"));
    setSearch({});
}

RelationshipsEditor::~RelationshipsEditor() = default;

void RelationshipsEditor::setSearch(MediaEditContext::Search search)
{
    m_search = std::move(search);
    addButton()->setEnabled(bool(m_search));
    addButton()->setToolTip(m_search ? QString() : tr("Searching the library is not available here."));
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

int RelationshipsEditor::appendRow()
{
    return m_model->appendRelation();
}

int RelationshipsEditor::firstColumnOfNewRow() const
{
    // The other item is what a new row needs first.
    return RelationshipsModel::OtherColumn;
}

int RelationshipsEditor::problemRow() const
{
    return m_model->problemRow();
}

int RelationshipsEditor::problemColumn(int) const
{
    // Every problem a row can have is about its other item.
    return RelationshipsModel::OtherColumn;
}

bool RelationshipsEditor::canEdit(const QModelIndex &index) const
{
    // Choosing another item needs the library search.
    return index.column() != RelationshipsModel::OtherColumn || bool(m_search);
}

} // namespace omt
