#include "RelationshipsModel.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace omt {

namespace {
// New rows are loosely related until the person says more (100 % = direct sequel).
constexpr int NewRelationWeight = 50;
} // namespace

RelationshipsModel::RelationshipsModel(QObject *parent)
    : RowListModel(parent)
{ }

QString RelationshipsModel::phrase(RelationType type, RelatedMedia::Direction direction)
{
    const bool incoming = direction == RelatedMedia::Direction::Incoming;
    switch (type) {
    case RelationType::Sequel: return incoming ? tr("is a sequel of") : tr("has the sequel");
    case RelationType::Prequel: return incoming ? tr("is a prequel of") : tr("has the prequel");
    case RelationType::Adaptation: return incoming ? tr("is an adaptation of") : tr("is adapted as");
    case RelationType::Remake: return incoming ? tr("is a remake of") : tr("is remade as");
    case RelationType::SpinOff: return incoming ? tr("is a spin-off of") : tr("has the spin-off");
    case RelationType::SameFranchise: return tr("shares a franchise with");
    case RelationType::Related: return tr("is related to");
    }
    return {};
}

bool RelationshipsModel::isSymmetric(RelationType type)
{
    return type == RelationType::SameFranchise || type == RelationType::Related;
}

void RelationshipsModel::setMediaId(const QUuid &id)
{
    m_mediaId = id;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<RelatedMedia> RelationshipsModel::related() const
{
    QList<RelatedMedia> rows = m_rows;
    for (RelatedMedia &row : rows) {
        const bool outgoing = row.direction == RelatedMedia::Direction::Outgoing;
        row.relationship.sourceMediaId = outgoing ? m_mediaId : row.otherId;
        row.relationship.targetMediaId = outgoing ? row.otherId : m_mediaId;
        row.relationship.notes = row.relationship.notes.trimmed();
    }
    return rows;
}

void RelationshipsModel::setRelated(const QList<RelatedMedia> &related)
{
    resetRows(related);
}

int RelationshipsModel::appendRelation()
{
    RelatedMedia relation;
    relation.relationship.type = RelationType::Related;
    relation.relationship.weight = NewRelationWeight;
    relation.direction = RelatedMedia::Direction::Outgoing;
    return appendRow(relation);
}

void RelationshipsModel::setOther(int row, const MediaSummary &other)
{
    if (row < 0 || row >= m_rows.size())
        return;
    RelatedMedia &relation = m_rows[row];
    relation.otherId = other.id;
    relation.otherTitle = other.title;
    relation.otherType = other.type;
    emitRowChanged(row);
}

RelationshipsModel::Check RelationshipsModel::check() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const RelatedMedia &relation = m_rows.at(row);
        const int shown = row + 1;
        if (relation.otherId.isNull())
            return { tr("row %1 has no other item; choose one or remove the row.").arg(shown), row };
        if (!m_mediaId.isNull() && relation.otherId == m_mediaId)
            return { tr("row %1 relates the item to itself.").arg(shown), row };
        for (int earlier = 0; earlier < row; ++earlier) {
            const RelatedMedia &other = m_rows.at(earlier);
            if (other.otherId == relation.otherId && other.direction == relation.direction
                && other.relationship.type == relation.relationship.type)
                return { tr("rows %1 and %2 are the same relationship.").arg(earlier + 1).arg(shown), row };
        }
    }
    return {};
}

int RelationshipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationshipsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const RelatedMedia &relation = m_rows.at(index.row());
    const Relationship &r = relation.relationship;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case RelationColumn: return displayName(r.type);
        case DirectionColumn: return phrase(r.type, relation.direction);
        case OtherColumn:
            if (relation.otherId.isNull())
                return tr("Choose an item…");
            return role == Qt::ToolTipRole
                ? tr("%1 (%2)").arg(relation.otherTitle, displayName(relation.otherType))
                : relation.otherTitle;
        case WeightColumn: return tr("%1 %").arg(QLocale().toString(r.weight));
        case NotesColumn: return r.notes;
        }
    } else if (role == Qt::EditRole) {
        switch (column) {
        case RelationColumn: return int(r.type);
        case DirectionColumn: return int(relation.direction);
        case OtherColumn: return relation.otherTitle;
        case WeightColumn: return r.weight;
        case NotesColumn: return r.notes;
        }
    } else if (role == Qt::FontRole && column == OtherColumn && relation.otherId.isNull()) {
        QFont font;
        font.setItalic(true);
        return font;
    } else if (role == Qt::TextAlignmentRole && column == WeightColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool RelationshipsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isRowIndex(index))
        return false;
    RelatedMedia &relation = m_rows[index.row()];
    switch (index.column()) {
    case RelationColumn: {
        const int type = value.toInt();
        if (!allValues<RelationType>().contains(RelationType(type)))
            return false;
        relation.relationship.type = RelationType(type);
        break;
    }
    case DirectionColumn:
        relation.direction = value.toInt() == int(RelatedMedia::Direction::Incoming)
            ? RelatedMedia::Direction::Incoming
            : RelatedMedia::Direction::Outgoing;
        break;
    case WeightColumn: {
        bool ok = false;
        // A whole percentage; 1.5 is refused, not rounded.
        const double weight = value.toDouble(&ok);
        if (!ok || weight != std::floor(weight) || weight < 0 || weight > MaxRelationshipWeight)
            return false;
        relation.relationship.weight = int(weight);
        break;
    }
    case NotesColumn: relation.relationship.notes = value.toString(); break;
    default: return false; // the other item is chosen through setOther()
    }
    // The kind changes the direction's wording too.
    emitRowChanged(index.row());
    return true;
}

void RelationshipsModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant RelationshipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn: return tr("Relation");
    case DirectionColumn: return tr("This item…");
    case OtherColumn: return tr("Other item");
    case WeightColumn: return tr("Weight");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

} // namespace omt
