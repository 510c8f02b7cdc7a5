#pragma once

#include "CsvImportReader.h"

namespace omt {

/// IMDb's ratings export and list exports (the watchlist and one's own
/// lists), with the older header (tvSeries, no "Original Title") and the
/// newer one ("TV Series"). A rated title is one watched; the watchlist
/// holds titles planned; any other list becomes a list of that name, in its
/// order. Episodes are left out (they are not tracked on their own).
class ImdbReader : public CsvImportReader
{
    Q_DECLARE_TR_FUNCTIONS(omt::ImdbReader)

public:
    explicit ImdbReader(const QString &path);

    QString sourceName() const override { return QStringLiteral("imdb"); }

    /// The columns that tell an IMDb export apart from other CSV files.
    static QStringList signatureColumns();

protected:
    QString formatName() const override;
    QStringList requiredColumns() const override { return signatureColumns(); }
    void mapColumns(const CsvTable &table) override;
    std::optional<ImportedItem> readRow(const CsvTable::Row &row) override;

private:
    struct Columns
    {
        int id = -1, rating = -1, dateRated = -1, title = -1, titleType = -1, runtime = -1, year = -1,
            genres = -1, releaseDate = -1, directors = -1, position = -1, created = -1;
    };

    /// The list the file is: empty for the ratings export.
    QString m_listName;
    bool m_watchlist = false;
    Columns m_columns;
};

} // namespace omt
