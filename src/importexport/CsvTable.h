#pragma once

#include "CsvReader.h"
#include "TextEncoding.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QIODevice;

namespace omt {

/// A delimited text file with a header row, read row by row: finds its
/// encoding (UTF-8, with or without a byte-order mark, or Windows-1252) and
/// its delimiter (',', ';' or tab, as spreadsheets save it), and gives the
/// values of each row by column name, never by position, because columns
/// come and go between export versions.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(omt::CsvTable)

public:
    struct Row
    {
        QStringList values;
        int line = 0;
        /// Some of the row's bytes were not valid UTF-8 (replaced by U+FFFD).
        bool invalidText = false;
        /// More values than the header has columns (quotes gone wrong).
        bool extraValues = false;
    };

    /// `name` is how messages call the file (its name, or the entry of an archive).
    CsvTable(std::unique_ptr<QIODevice> device, QString name);
    ~CsvTable();

    /// Opens a file on disk.
    static Result<std::unique_ptr<CsvTable>> open(const QString &path);

    /// Looks at the encoding and reads the header row. A file without one
    /// (empty) is an error; a header without rows is not.
    Result<void> start();

    const QString &name() const { return m_name; }
    /// How far reading has come in the file (what was read ahead included), and its size.
    qint64 position() const;
    qint64 size() const;
    TextEncoding encoding() const { return m_scan.encoding; }
    char delimiter() const { return m_reader.delimiter(); }
    /// The header's column names, trimmed, as written.
    const QStringList &columns() const { return m_columns; }
    /// The column's index, or -1. Names compare without regard to case,
    /// spaces around them or a byte-order mark.
    int column(QStringView name) const;
    /// Those of `names` the header lacks.
    QStringList missing(const QStringList &names) const;

    /// Reads the next row; false at the end or when the reading failed.
    bool next(Row &row);
    /// Why reading stopped early, when it did: a quote never closed, a row
    /// too large, a read error.
    std::optional<Error> failure() const;

    /// The trimmed value of a column in a row; empty when the column is
    /// missing or the row shorter.
    static QString value(const Row &row, int column);

private:
    static QString key(QStringView name);

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    EncodingScan m_scan;
    CsvReader m_reader;
    QStringList m_columns;
    QHash<QString, int> m_index;
    CsvReader::Record m_record;
};

} // namespace omt
