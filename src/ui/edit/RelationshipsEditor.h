#pragma once

#include "MediaEditContext.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace omt {

class RelationshipsModel;

/// The item's relationships to other items (sequels, adaptations, …) in
/// both directions: a table whose other-item cells search the library.
class RelationshipsEditor : public QWidget
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
    QString problem() const;
    void showProblem();

    QTableView *view() const { return m_view; }
    RelationshipsModel *model() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void addRelation();
    void removeSelected();
    void updateState();

    RelationshipsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    MediaEditContext::Search m_search;
};

} // namespace omt
