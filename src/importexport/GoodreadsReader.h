#pragma once

#include "CsvImportReader.h"

namespace omt {

/// Goodreads' library export ("My Books" → Export Library), old and new
/// column sets alike: the exclusive shelf gives the status, the other shelves
/// become lists in their order, stars become ratings, the review and private
/// notes become notes, the read count the number of completions.
class GoodreadsReader : public CsvImportReader
{
    Q_DECLARE_TR_FUNCTIONS(omt::GoodreadsReader)

public:
    using CsvImportReader::CsvImportReader;

    QString sourceName() const override { return QStringLiteral("goodreads"); }

    /// The columns that tell a Goodreads export apart from other CSV files.
    static QStringList signatureColumns();

protected:
    QString formatName() const override;
    QStringList requiredColumns() const override { return signatureColumns(); }
    void mapColumns(const CsvTable &table) override;
    std::optional<ImportedItem> readRow(const CsvTable::Row &row) override;

private:
    struct Columns
    {
        int bookId = -1, title = -1, author = -1, additionalAuthors = -1, isbn = -1, isbn13 = -1,
            myRating = -1, publisher = -1, binding = -1, pages = -1, yearPublished = -1, originalYear = -1,
            dateRead = -1, dateAdded = -1, shelves = -1, shelvesWithPositions = -1, exclusiveShelf = -1,
            review = -1, privateNotes = -1, readCount = -1;
    };

    QList<ImportedListEntry> shelves(const CsvTable::Row &row, const QString &exclusiveShelf) const;

    Columns m_columns;
};

} // namespace omt
