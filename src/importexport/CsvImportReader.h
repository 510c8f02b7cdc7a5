#pragma once

#include "CsvTable.h"
#include "ImportReader.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace omt {

/// What every reader of a CSV export shares: opening the file, checking its
/// columns, reading it row by row and reporting rows whose text or shape is
/// broken. A subclass turns one row into an item.
class CsvImportReader : public ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(omt::CsvImportReader)

public:
    explicit CsvImportReader(QString path);
    ~CsvImportReader() override;

    Result<void> open() override;
    QList<ImportedItem> read(int maximum) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

protected:
    /// The export's name for people ("Goodreads library export").
    virtual QString formatName() const = 0;
    /// The columns without which a file is not this export.
    virtual QStringList requiredColumns() const = 0;
    /// Called once the header is read: look up the columns' indexes.
    virtual void mapColumns(const CsvTable &table) = 0;
    /// The item a row holds, or nothing when the row is left out (after
    /// reporting why with addProblem()).
    virtual std::optional<ImportedItem> readRow(const CsvTable::Row &row) = 0;

    const QString &fileName() const { return m_table->name(); }
    void addRowProblem(const CsvTable::Row &row, const QString &message)
    {
        addProblem(fileName(), row.line, message);
    }
    /// A date read from `text` (found in column `columnName`); invalid when
    /// empty or unreadable, which is reported as a problem of the row.
    QDate dateIn(const CsvTable::Row &row, const QString &text, const QString &columnName);
    /// The row's title, or nothing, reported, when it has none.
    std::optional<QString> titleOf(const CsvTable::Row &row, int column);
    /// Names separated by commas ("Frank Herbert, Brian Herbert") appended
    /// to `names`, trimmed, each once.
    static void appendNames(QStringList &names, const QString &text);

    /// The index of a column whose values the reader takes into fields of
    /// its own (-1 when the file lacks it): sourceRow() leaves it out.
    int takenColumn(const CsvTable &table, QStringView name);
    /// What the row says that no field holds: its other non-empty values by
    /// column name, kept with the interaction so that nothing is lost,
    /// without storing twice what is stored already.
    QJsonObject sourceRow(const CsvTable::Row &row) const;

private:
    QString m_path;
    std::unique_ptr<CsvTable> m_table;
    /// Per column: taken into a field of its own.
    QList<bool> m_taken;
};

} // namespace omt
