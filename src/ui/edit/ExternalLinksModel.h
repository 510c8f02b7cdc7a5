#pragma once

#include "core/Media.h"

#include <QAbstractTableModel>

namespace omt {

/// The external links of the item being edited, one row each, as a table of
/// Source, Identifier and Address.
class ExternalLinksModel : public QAbstractTableModel
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

    /// The first incomplete or wrong row, described for people ("row 2 has no
    /// identifier"); empty when every row is complete.
    QString problem() const;
    /// The row problem() is about, or -1.
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

    QList<ExternalLink> m_links;
};

} // namespace omt
