#pragma once

#include "core/Error.h"
#include "core/ImportProblem.h"
#include "core/ImportedItem.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace omt {

/// Reads one tracker's export, a batch of rows at a time, so that a file of
/// any size costs the memory of one batch. Rows it cannot take are reported
/// as problems (file, line, reason) and left out; a file it cannot read on
/// (a quote never closed, the wrong kind of file) is a failure, and the
/// import that reads it must not keep anything of it.
class ImportReader
{
public:
    virtual ~ImportReader() = default;

    /// The source key kept with what it imports ("goodreads").
    virtual QString sourceName() const = 0;

    /// Opens the export and checks that it is what this reader reads.
    virtual Result<void> open() = 0;

    /// Up to `maximum` items; fewer only at the end of the export or on a
    /// failure (see failure()).
    virtual QList<ImportedItem> read(int maximum) = 0;

    /// How far reading has come, in bytes of the export, for a progress bar.
    virtual qint64 bytesRead() const = 0;
    /// The size of the export in bytes; 0 when not known.
    virtual qint64 totalBytes() const = 0;

    /// The reader as a source of batches (for LibraryImport::run): each call
    /// reads up to `size` items; a failure to read on is returned as the Error.
    /// The reader must outlive the function.
    std::function<Result<QList<ImportedItem>>()> batches(int size)
    {
        return [this, size]() -> Result<QList<ImportedItem>> {
            QList<ImportedItem> items = read(size);
            if (m_failure)
                return *m_failure;
            return items;
        };
    }

    /// Rows per batch that suit most imports: a batch's few statements cost
    /// little per row, and its items take little memory.
    static constexpr int DefaultBatchSize = 2000;

    /// Why reading stopped before the end, when it did.
    const std::optional<Error> &failure() const { return m_failure; }
    /// Rows left out or taken only in part, in the order met; the first
    /// MaxKeptProblems of them (a file of another kind has a problem in
    /// every row).
    const QList<ImportProblem> &problems() const { return m_problems; }
    /// How many problems there were, kept or not.
    qint64 problemCount() const { return m_problemCount; }

    static constexpr int MaxKeptProblems = 1000;
    /// What people should know about the file as a whole ("converted from
    /// Windows-1252").
    const QStringList &notices() const { return m_notices; }

protected:
    void addProblem(const QString &file, int line, const QString &message)
    {
        if (m_problemCount++ < MaxKeptProblems)
            m_problems.append(ImportProblem { file, line, message });
    }
    void addNotice(const QString &notice) { m_notices.append(notice); }
    void setFailure(Error error) { m_failure = std::move(error); }

private:
    std::optional<Error> m_failure;
    QList<ImportProblem> m_problems;
    qint64 m_problemCount = 0;
    QStringList m_notices;
};

} // namespace omt
