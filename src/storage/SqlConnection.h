#pragma once

#include "SqlDialect.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <memory>
#include <vector>

namespace omt {

class LibraryHealth;
class ScopedTransaction;

/// The calling thread's connection together with its dialect, for the
/// duration of one repository call. Every statement is prepared, every value
/// bound, every result checked.
class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(omt::SqlConnection)

public:
    /// `health` hears of statements that find the library damaged;
    /// `statements` counts every statement executed (Database::statementsRun).
    SqlConnection(QSqlDatabase db, const SqlDialect &dialect, LibraryHealth *health = nullptr,
        std::atomic<quint64> *statements = nullptr);

    const SqlDialect &dialect() const { return *m_dialect; }
    SqlDialect::Kind kind() const { return m_dialect->kind(); }
    QString table(Table table) const { return m_dialect->table(table); }

    /// Prepares sql, binds values in order and executes it. `context` completes
    /// "… while <context>" in error messages.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &context) const;
    Result<QSqlQuery> run(const SqlFragment &fragment, const QString &context) const
    {
        return run(fragment.sql, fragment.values, context);
    }

    /// Call when `query.next()` returned false, after a `while (query.next())`
    /// loop or instead of taking a missing row for "not found": next() also
    /// returns false when a row could not be read (a damaged page, a lost
    /// connection), and that must not pass for the end of the rows.
    Result<void> finishRows(const QSqlQuery &query, const QString &context = {}) const;

    /// Runs a statement without parameters and without preparing it: for
    /// transaction control, pragmas and schema changes, which PostgreSQL does
    /// not accept in a prepared statement.
    Result<void> runDirect(const QString &sql, const QString &context) const;

    /// Runs a statement once per row of values (SQLite: one prepared statement
    /// stepped per row inside the caller's transaction, which is SQLite's
    /// fastest bulk path).
    Result<void> runBatch(const QString &sql, const QList<QVariantList> &rows, const QString &context) const;

    /// Starts a write transaction that rolls back unless committed.
    Result<ScopedTransaction> beginWrite(const QString &context) const;

    /// Rows changed by the last statement run through this connection's query.
    static int rowsAffected(const QSqlQuery &query) { return query.numRowsAffected(); }

private:
    friend class ScopedTransaction;
    Error failure(QSqlQuery &&query, const QString &context) const;
    Error classify(const QSqlError &error, const QString &context) const;
    void endTransaction() const;
    void countExecution() const;

    QSqlDatabase m_db;
    const SqlDialect *m_dialect;
    LibraryHealth *m_health;
    std::atomic<quint64> *m_statements;
    /// Failed statements of the open transaction, kept until it ends:
    /// PostgreSQL refuses to free a prepared statement inside an aborted
    /// transaction, so freeing it right away would leak it on the server.
    mutable std::unique_ptr<std::vector<QSqlQuery>> m_failedInTransaction;
};

/// RAII write transaction: rolled back on destruction unless committed.
class ScopedTransaction
{
public:
    ScopedTransaction(ScopedTransaction &&other) noexcept;
    ScopedTransaction &operator=(ScopedTransaction &&) = delete;
    ScopedTransaction(const ScopedTransaction &) = delete;
    ~ScopedTransaction();

    Result<void> commit();

private:
    friend class SqlConnection;
    ScopedTransaction(const SqlConnection &connection, QString context);

    const SqlConnection *m_connection;
    QString m_context;
    bool m_active = true;
};

} // namespace omt
