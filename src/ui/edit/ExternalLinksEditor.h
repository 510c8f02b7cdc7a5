#pragma once

#include "core/Media.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace omt {

class ExternalLinksModel;

/// The item's identities in other catalogues (IMDb, ISBN, MusicBrainz, …):
/// a table of source, identifier and optional address.
class ExternalLinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExternalLinksEditor(QWidget *parent = nullptr);
    ~ExternalLinksEditor() override;

    QList<ExternalLink> links() const;
    void setLinks(const QList<ExternalLink> &links);
    /// The first incomplete row, described for people; empty when all are complete.
    QString problem() const;
    /// Selects and starts editing the cell problem() is about.
    void showProblem();

    QTableView *view() const { return m_view; }
    ExternalLinksModel *model() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void addLink();
    void removeSelected();
    void updateState();

    ExternalLinksModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace omt
