#pragma once

#include "StorageBenchmark.h"

#include <QUuid>

namespace omt {

/// Measures importing: writes a Goodreads library export of `rows` rows
/// (books with ISBNs, statuses, ratings, dates, reviews and shelves, made
/// from `seed`), imports it into the library for `userId`, then imports it
/// again, and reports import_rows_per_s and reimport_rows_per_s. The library
/// keeps what the first import adds: run it on a copy or a bench server, with
/// a new seed for each run that should import new items.
class ImportBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(omt::ImportBenchmark)

public:
    ImportBenchmark(Database &database, QUuid userId, StorageBenchmark::Report report);

    Result<void> run(int rows, quint64 seed);

    /// Writes the export the benchmark imports.
    static Result<void> writeExport(const QString &path, int rows, quint64 seed);

private:
    Database &m_database;
    QUuid m_userId;
    StorageBenchmark::Report m_report;
};

} // namespace omt
