#pragma once

#include "CsvImportReader.h"

namespace omt {

/// The StoryGraph's export (Manage Account → Export StoryGraph Library): the
/// read status gives the status, quarter-star ratings become ratings (rounded
/// to half stars), "Dates Read" ranges give start and finish, the read count
/// the number of completions, tags become lists, and the moods, pace and
/// character questions stay with the row.
class StoryGraphReader : public CsvImportReader
{
    Q_DECLARE_TR_FUNCTIONS(omt::StoryGraphReader)

public:
    using CsvImportReader::CsvImportReader;

    QString sourceName() const override { return QStringLiteral("storygraph"); }

    /// The columns that tell a StoryGraph export apart from other CSV files.
    static QStringList signatureColumns();

protected:
    QString formatName() const override;
    QStringList requiredColumns() const override { return signatureColumns(); }
    void mapColumns(const CsvTable &table) override;
    std::optional<ImportedItem> readRow(const CsvTable::Row &row) override;

private:
    struct Columns
    {
        int title = -1, authors = -1, isbn = -1, format = -1, status = -1, dateAdded = -1, lastRead = -1,
            datesRead = -1, readCount = -1, rating = -1, review = -1, tags = -1;
    };

    Columns m_columns;
};

} // namespace omt
