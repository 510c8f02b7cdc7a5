#pragma once

#include "SqlConnection.h"
#include "SqlDialect.h"
#include "core/Error.h"
#include "core/Interaction.h"
#include "core/Media.h"
#include "core/MediaList.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace omt {

class Database;

/// Writes many rows fast (generated libraries, imports): rows go in batches,
/// one transaction per batch, or all into the caller's transaction. On SQLite one prepared statement is
/// stepped per row, SQLite's fastest path. Media are stepped into a temporary table and moved with one INSERT
/// … SELECT per batch: their full-text trigger makes every statement flush the FTS5 index (a new segment per
/// row, then merges), which made row-by-row inserts three times slower. On PostgreSQL each batch is one
/// INSERT … SELECT reading the whole batch from one JSON array parameter, so a batch costs one round trip.
///
/// Rows are written as given (ids, timestamps) — only missing timestamps are
/// set to now — and must not exist yet, except users (see writeUsers).
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(omt::BulkWriter)

public:
    /// Rows per batch (and per transaction when the writer commits). Large
    /// enough that the randomly placed index entries (UUID keys) of one batch
    /// share pages: each commit rewrites every index page it touched, and
    /// 10,000 measured 20–30% faster than 5,000.
    static constexpr int DefaultBatchSize = 10000;

    /// Commits every batch (loadMedia: every load) in a transaction of its own.
    explicit BulkWriter(Database &database, int batchSize = DefaultBatchSize);
    /// Writes everything into the write transaction the caller has begun on
    /// `transaction` (SqlConnection::beginWrite) and commits or rolls back
    /// itself: so that many writes are kept all together or not at all. The
    /// connection must outlive the writer.
    explicit BulkWriter(const SqlConnection &transaction, int batchSize = DefaultBatchSize);

    int batchSize() const { return m_batchSize; }

    /// Validates every item first (MediaValidation); computes sort_title.
    Result<void> writeMedia(const QList<Media> &media);
    /// Loads many items in one transaction, batch by batch: `next` gives the
    /// batches until it returns an empty one. Returns how many were written;
    /// when anything fails, nothing is.
    ///
    /// SQLite, into a catalogue without items: the table's secondary indexes
    /// and full-text trigger are set aside during the load and rebuilt at the
    /// end, about twice as fast as maintaining them row by row.
    Result<qint64> loadMedia(const std::function<QList<Media>()> &next);
    Result<void> writeLinks(const QList<ExternalLink> &links);
    Result<void> writeRelationships(const QList<Relationship> &relationships);
    /// Users whose username is taken already are skipped: the existing
    /// account stays as it is (look its id up with userIds).
    Result<void> writeUsers(const QList<User> &users);
    /// The ids of the users with these names, as stored.
    Result<QHash<QString, QUuid>> userIds(const QStringList &usernames);
    Result<void> writeInteractions(const QList<Interaction> &interactions);
    /// Writes the states, replacing what is stored for the same user and item
    /// (all but its creation time). One state per user and item.
    Result<void> upsertInteractions(const QList<Interaction> &interactions);
    /// Manual lists only (smart lists need their rule: ListRepository::create).
    Result<void> writeLists(const QList<MediaList> &lists);
    Result<void> writeListItems(const QList<ListItem> &items);

private:
    /// One table's insert: the columns in order and what to do on a conflict.
    struct Target
    {
        Table table;
        QList<RecordColumn> columns;
        QString onConflict;
        QString context;
        /// SQLite: stage rows in a temporary table, move them with one
        /// statement per batch (see the class comment).
        bool staged = false;
    };

    /// Row i's values in the common text representation (SqlValues), in column order.
    using RowFunction = std::function<QVariantList(qsizetype)>;
    struct Statements
    {
        QString insert;
        /// SQLite, staged targets: moves the staged rows into the table.
        QString moveStaged;
    };

    /// The connection to write on: the caller's (see the constructor) or,
    /// kept in `own`, the thread's connection to the database.
    Result<const SqlConnection *> connection(std::optional<SqlConnection> &own) const;
    /// Writes `count` rows batch by batch, one transaction each unless the
    /// caller's transaction holds them all.
    Result<void> write(const Target &target, qsizetype count, const RowFunction &row);
    /// The statements for a target (creates the staging table where one is used).
    static Result<Statements> prepare(const SqlConnection &sql, const Target &target);
    /// Writes rows [start, end) within the caller's transaction.
    Result<void> writeRows(const SqlConnection &sql, const Target &target, const Statements &statements,
        qsizetype start, qsizetype end, const RowFunction &row) const;
    static Result<void> validateMedia(const QList<Media> &media);
    static Target mediaTarget();
    static QVariantList mediaRow(const Media &media, const QDateTime &now);
    /// SQLite, empty catalogue: drops what loadMedia rebuilds afterwards; returns what it dropped.
    struct SchemaObject
    {
        QString type;
        QString name;
        QString sql;
    };
    static Result<QList<SchemaObject>> setAside(const SqlConnection &sql, const QString &context);
    static Result<void> restore(const SqlConnection &sql, const QList<SchemaObject> &objects);

    static QString statement(const SqlDialect &dialect, const Target &target);
    /// SQLite: the temporary table a staged target's rows go through.
    static QString stagingTable(const Target &target);

    /// Exactly one of the two is set.
    Database *m_database = nullptr;
    const SqlConnection *m_transaction = nullptr;
    int m_batchSize;
};

} // namespace omt
