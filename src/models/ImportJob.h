#pragma once

#include "ImportReport.h"
#include "LongJob.h"
#include "importexport/ImportFormats.h"
#include "storage/LibraryImport.h"

#include <QUuid>

#include <memory>

namespace omt {

class AsyncStorage;
class Database;

/// Imports an export file into one person's library on the long-job thread,
/// or, as a dry run, finds out what importing it would do: the import
/// wizard's preview. Progress goes by the bytes of the file read; cancelling
/// undoes everything (the import is one transaction).
class ImportJob : public LongJob
{
public:
    /// The report the job fills in as it runs; read it once the job has finished.
    using SharedReport = std::shared_ptr<ImportReport>;

    /// Without a format, the job tells it from the file (ImportFormats::detect)
    /// and says which in the report.
    static std::unique_ptr<LongJob> create(AsyncStorage &storage, const QUuid &userId,
        std::optional<ImportFormat> format, const QString &path, LibraryImport::Mode mode,
        SharedReport report);

    ImportJob(Database &database, const QUuid &userId, std::optional<ImportFormat> format, QString path,
        LibraryImport::Mode mode, SharedReport report);

    Result<QString> run(JobControl &control) override;

    /// "Imported 1,234 rows: 1,200 new, 20 updated, 14 unchanged."
    static QString summary(const ImportReport &report, LibraryImport::Mode mode);

private:
    Database &m_database;
    QUuid m_userId;
    std::optional<ImportFormat> m_format;
    QString m_path;
    LibraryImport::Mode m_mode;
    SharedReport m_report;
};

} // namespace omt
