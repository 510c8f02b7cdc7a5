#pragma once

#include "RowTableEditor.h"
#include "core/Media.h"

namespace omt {

class ExternalLinksModel;

/// The item's identities in other catalogues (IMDb, ISBN, MusicBrainz, …):
/// a table of source, identifier and optional address.
class ExternalLinksEditor : public RowTableEditor
{
    Q_OBJECT

public:
    explicit ExternalLinksEditor(QWidget *parent = nullptr);
    ~ExternalLinksEditor() override;

    QList<ExternalLink> links() const;
    void setLinks(const QList<ExternalLink> &links);
    QString problem() const override;

    ExternalLinksModel *model() const { return m_model; }

protected:
    int appendRow() override;
    int firstColumnOfNewRow() const override;
    int problemRow() const override;
    int problemColumn(int row) const override;

private:
    ExternalLinksModel *m_model = nullptr;
};

} // namespace omt
