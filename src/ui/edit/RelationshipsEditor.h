#pragma once

#include "MediaEditContext.h"
#include "RowTableEditor.h"

namespace omt {

class RelationshipsModel;

/// The item's relationships to other items (sequels, adaptations, …) in
/// both directions: a table whose other-item cells search the library.
class RelationshipsEditor : public RowTableEditor
{
    Q_OBJECT

public:
    explicit RelationshipsEditor(QWidget *parent = nullptr);
    ~RelationshipsEditor() override;

    /// Where other items are searched for; without it rows can be kept and
    /// edited but no new item chosen.
    void setSearch(MediaEditContext::Search search);
    /// The item being edited (null for a new one): left out of searches and
    /// used as this end of each relationship.
    void setMediaId(const QUuid &id);

    QList<RelatedMedia> related() const;
    void setRelated(const QList<RelatedMedia> &related);
    QString problem() const override;

    RelationshipsModel *model() const { return m_model; }

protected:
    int appendRow() override;
    int firstColumnOfNewRow() const override;
    int problemRow() const override;
    int problemColumn(int row) const override;
    bool canEdit(const QModelIndex &index) const override;

private:
    RelationshipsModel *m_model = nullptr;
    MediaEditContext::Search m_search;
};

} // namespace omt
