#pragma once

#include "RowListModel.h"
#include "core/Media.h"

namespace omt {

/// The external links of the item being edited, one row each, as a table of
/// Source, Identifier and Address.
class ExternalLinksModel : public RowListModel<ExternalLink>
{
    Q_OBJECT

public:
    enum Column { SourceColumn, IdentifierColumn, AddressColumn, ColumnCount };

    explicit ExternalLinksModel(QObject *parent = nullptr);

    /// The sources offered when choosing one ("imdb", "isbn", …); others may be typed.
    static QStringList knownSources();
    /// True for a usable source key: lower-case letters, digits and underscores.
    static bool isValidSource(const QString &source);

    QList<ExternalLink> links() const;
    void setLinks(const QList<ExternalLink> &links);
    /// Adds an empty row and returns its number.
    int appendLink();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Check check() const override;
};

} // namespace omt
