#pragma once

#include "core/Error.h"
#include "core/ImportProblem.h"
#include "core/ImportTally.h"
#include "core/ImportedItem.h"

#include <QCoreApplication>
#include <QUuid>

#include <functional>

namespace omt {

class Database;

/// Puts what a reader read from another tracker's export into one person's
/// library, batch by batch, in one transaction: all of it or, when the
/// reading fails, the person cancels or the program dies, none of it.
///
/// Each item is matched to what the catalogue holds, by its identifiers
/// first and then by type, title and year, so that importing a file twice
/// never makes a duplicate item, interaction or list entry. A row changes the
/// person's state only when it is newer than what the library knows
/// (ImportMerge). A dry run does all of it and rolls it back: what it counts
/// is exactly what the import would do.
///
/// Each batch costs a constant number of statements, whatever its size.
class LibraryImport
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryImport)

public:
    enum class Mode { Write, DryRun };
    /// The next batch of items; an empty one ends the import, an Error stops
    /// it and undoes it.
    using NextBatch = std::function<Result<QList<ImportedItem>>()>;
    /// Asked between batches; true undoes the import and ends it with
    /// Error::Code::Canceled.
    using CancelCheck = std::function<bool()>;
    /// After each batch: how many rows are done.
    using Progress = std::function<void(qint64 rows)>;

    /// `source` is the reader's source key ("goodreads"), kept with every
    /// interaction it writes.
    LibraryImport(Database &database, QUuid userId, QString source);
    ~LibraryImport();

    void setCancelCheck(CancelCheck canceled) { m_canceled = std::move(canceled); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Result<ImportTally> run(const NextBatch &next, Mode mode);

    /// Items left out because the data model refuses them (a blank title
    /// after trimming, an identifier that cannot be one), by line; the file
    /// is the caller's to fill in.
    const QList<ImportProblem> &problems() const { return m_problems; }
    /// Problems kept at most; a file of another kind would fill memory.
    static constexpr int MaxKeptProblems = 1000;

private:
    class Batch;

    Database &m_database;
    QUuid m_userId;
    QString m_source;
    CancelCheck m_canceled;
    Progress m_progress;
    QList<ImportProblem> m_problems;
};

} // namespace omt
