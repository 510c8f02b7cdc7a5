#pragma once

#include "BulkWriter.h"
#include "core/Error.h"
#include "core/GenerationReport.h"
#include "core/LibraryGenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace omt {

class Database;

/// Writes a generated library (LibraryGenerator) into an empty, migrated
/// library through BulkWriter, streaming batch by batch so that memory does
/// not grow with the size of the library. All or nothing, in one of two ways:
///
/// - At once (the default, for the command-line tool): everything in one
///   transaction, so a run that fails, is canceled or is interrupted (a
///   killed process, a power cut) leaves the library as it was, and running
///   it again starts afresh. On SQLite that transaction holds the write lock
///   for the whole run: nobody else can write meanwhile.
/// - In chunks (commitInChunks, for a library in use): each transaction
///   holds a few hundred items with everything attached to them (links,
///   relationships, interactions), or one list with its items, so others
///   only ever see whole items and whole lists, and their reads and edits go
///   between the chunks. A run that fails or is canceled removes what it
///   committed (in batches, newest first, each batch whole items again) and
///   so leaves the library as it was. What remains is the window that no
///   code can close: a process killed (or a connection lost for good)
///   midway leaves the chunks committed so far. They are whole items, which
///   can be deleted like any other; a new run refuses the library until
///   they are. Edits made meanwhile to generated items (a rating, a place in
///   a list) go when those items go.
class LibraryGeneration
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryGeneration)

public:
    /// `stage` is a short translated name ("media"); done/total count its rows.
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;
    /// Asked between batches (any thread's function: it is called on the
    /// generating one); true stops the run, which then undoes what it wrote.
    using Canceled = std::function<bool()>;

    /// Items per transaction in chunks: small enough that a waiting edit
    /// gets its turn within a fraction of a second, large enough that
    /// committing (a sync to disk on SQLite) costs little of the run.
    static constexpr int DefaultChunkItems = 250;

    explicit LibraryGeneration(Database &database, int batchSize = BulkWriter::DefaultBatchSize);

    /// The stages progress reports in chunks, in order (translated): the
    /// users, the items with what is attached to them (done/total count
    /// items), the lists (done/total count list items).
    static QString usersStage();
    static QString itemsStage();
    static QString listsStage();

    /// Commits every `items` items with what is attached to them in a
    /// transaction of its own, instead of everything at once (see the class
    /// comment).
    void commitInChunks(int items = DefaultChunkItems);

    /// Refuses an invalid spec and a library that already holds items. A
    /// canceled run returns Error::Code::Canceled, with nothing kept.
    Result<GenerationReport> run(
        const GeneratorSpec &spec, const Progress &progress = {}, const Canceled &canceled = {});

private:
    /// What a run in chunks has committed so far, to undo it.
    struct Committed
    {
        /// Users this run made (not those that existed already).
        QList<QUuid> users;
        /// Items [0, media) and lists [0, lists) of the generator.
        int media = 0;
        int lists = 0;
    };

    Result<GenerationReport> runAtOnce(
        const GeneratorSpec &spec, const Progress &progress, const Canceled &canceled) const;
    Result<GenerationReport> runInChunks(
        const GeneratorSpec &spec, const Progress &progress, const Canceled &canceled) const;
    Result<void> checkEmpty(const SqlConnection &sql) const;
    Error canceledError() const;
    /// Writes everything within the caller's transaction on `sql`.
    Result<void> write(const SqlConnection &sql, const GeneratorSpec &spec, const Progress &progress,
        const Canceled &canceled, GenerationReport &report) const;
    /// Writes chunk by chunk, each in a transaction of its own, noting what committed.
    Result<void> writeChunks(const LibraryGenerator &generator, const Progress &progress,
        const Canceled &canceled, GenerationReport &report, Committed &committed) const;
    /// Writes the users in the first chunk's transaction; returns the stored
    /// id of every generated user (an existing account keeps its own) and
    /// adds those it made to `made`.
    Result<QHash<QUuid, QUuid>> writeUsers(
        BulkWriter &writer, const LibraryGenerator &generator, QList<QUuid> &made) const;
    /// Deletes what a run in chunks committed, in batches.
    Result<void> removeCommitted(const LibraryGenerator &generator, const Committed &committed) const;
    /// PostgreSQL: gathers planner statistics after a load.
    Result<void> analyze(const SqlConnection &sql) const;

    Database &m_database;
    int m_batchSize;
    /// Items per transaction; 0: everything in one.
    int m_chunkItems = 0;
};

/// Points the cover of every item at `urlPrefix` + n + ".jpg", n counting
/// the items in title order and wrapping at `distinct` (so any `distinct`
/// neighbours in the title order have different covers), in one statement.
/// For benchmark libraries, whose covers come from a local server whose
/// address changes on every run. Returns the number of items changed.
Result<int> assignCoverUrls(Database &database, const QString &urlPrefix, int distinct);

} // namespace omt
