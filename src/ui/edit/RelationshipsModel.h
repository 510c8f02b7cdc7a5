#pragma once

#include "core/Media.h"

#include <QAbstractTableModel>

namespace omt {

/// The relationships of the item being edited, seen from it: one row per
/// relationship with its kind, direction, other item, weight and notes.
///
/// A stored relationship reads "target is a <type> of source" (a sequel's
/// row has the earlier work as source). Outgoing rows have this item as the
/// source, incoming rows as the target.
class RelationshipsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RelationColumn, DirectionColumn, OtherColumn, WeightColumn, NotesColumn, ColumnCount };

    explicit RelationshipsModel(QObject *parent = nullptr);

    /// How the row reads after "This item": "is a sequel of", "has the sequel", …
    static QString phrase(RelationType type, RelatedMedia::Direction direction);
    /// True when both directions say the same (same franchise, related).
    static bool isSymmetric(RelationType type);

    /// The item being edited; null while it has not been saved yet.
    void setMediaId(const QUuid &id);
    QUuid mediaId() const { return m_mediaId; }

    /// The rows, with each relationship's source and target set from its
    /// direction and this item's id.
    QList<RelatedMedia> related() const;
    void setRelated(const QList<RelatedMedia> &related);
    /// Adds a row (related, outgoing) and returns its number.
    int appendRelation();
    /// Makes the row point at another item.
    void setOther(int row, const MediaSummary &other);

    /// The first row that cannot be saved, described for people; empty when all can.
    QString problem() const;
    int problemRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Check
    {
        QString problem;
        int row = -1;
    };
    Check check() const;
    void emitRowChanged(int row);

    QUuid m_mediaId;
    QList<RelatedMedia> m_rows;
};

} // namespace omt
