#pragma once

#include "RowListModel.h"
#include "core/Media.h"

namespace omt {

/// The relationships of the item being edited, seen from it: one row per
/// relationship with its kind, direction, other item, weight and notes.
///
/// A stored relationship reads "target is a <type> of source" (a sequel's
/// row has the earlier work as source). Outgoing rows have this item as the
/// source, incoming rows as the target.
class RelationshipsModel : public RowListModel<RelatedMedia>
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Check check() const override;

private:
    void emitRowChanged(int row);

    QUuid m_mediaId;
};

} // namespace omt
