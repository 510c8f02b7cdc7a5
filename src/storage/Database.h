#pragma once

#include "ConnectionSettings.h"
#include "LibraryHealth.h"
#include "SqlConnection.h"
#include "SqlDialect.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <utility>

namespace omt {

/// Owns where the library is and opens one connection per thread, lazily, in
/// the thread that uses it (QSqlDatabase objects must not cross threads).
/// Repositories ask for the calling thread's connection on every call and
/// never keep it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(omt::Database)

public:
    explicit Database(ConnectionSettings settings);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Where the library is. Its password is the one connections began
    /// with; after replacePassword() new connections use the new one.
    const ConnectionSettings &settings() const { return m_settings; }
    /// PostgreSQL: the password connections opened from now on use, after
    /// the member changed theirs (connections already open stay open).
    void replacePassword(const QString &password);
    const SqlDialect &dialect() const { return *m_dialect; }
    SqlDialect::Kind kind() const { return m_dialect->kind(); }

    /// True when the library is opened read-only: asked for in the settings,
    /// or a SQLite file (or its folder) this process cannot write. Decided
    /// when the Database is made; writes then fail and callers should not
    /// offer them.
    bool isReadOnly() const { return m_readOnly; }

    /// Reports statements that found the library damaged, from any thread.
    LibraryHealth &health() { return m_health; }
    /// Statements executed so far on every connection (transaction control
    /// included; a batch counts each row): what a change costs, for tests
    /// and benchmarks.
    quint64 statementsRun() const { return m_statements.load(std::memory_order_relaxed); }

    /// The calling thread's connection, opened (and configured) on first use
    /// and reopened after the server dropped it.
    Result<QSqlDatabase> connection();
    /// The calling thread's connection with the dialect, for one repository call.
    Result<SqlConnection> sql();

    /// Runs `work(sql)` in a write transaction on the calling thread's
    /// connection: commits when it returns a value, rolls back when it
    /// returns an error. Returns work's result, or the error of opening the
    /// connection, beginning the transaction or committing it. `work`
    /// returns a Result<T> or Result<void>.
    template<typename Work>
    auto write(const QString &context, Work &&work) -> decltype(work(std::declval<SqlConnection &>()))
    {
        auto sql = this->sql();
        if (!sql)
            return sql.error();
        auto transaction = sql->beginWrite(context);
        if (!transaction)
            return transaction.error();
        auto result = std::forward<Work>(work)(*sql);
        if (!result)
            return result; // the transaction rolls back as it goes
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        return result;
    }

    /// SQLite: copies what the write-ahead log holds into the library file,
    /// flushes it to disk and empties the log, so that readers after a bulk
    /// write neither look pages up in a long log nor wait behind the disk
    /// writing them. Nothing to do on PostgreSQL.
    Result<void> checkpoint();

    /// Closes and forgets the calling thread's connection; call it from a
    /// worker thread before the thread ends.
    void closeThreadConnection();

    /// Closes every connection this object opened. Only when no other
    /// thread is using the database any more (shutdown, tests).
    void closeAllConnections();

private:
    QString threadConnectionName() const;
    Result<void> open(QSqlDatabase &db) const;
    Result<void> openSqlite(QSqlDatabase &db) const;
    Result<void> openPostgres(QSqlDatabase &db) const;
    Result<void> configureSqlite(QSqlDatabase &db) const;

    ConnectionSettings m_settings;
    std::unique_ptr<SqlDialect> m_dialect;
    bool m_readOnly = false;
    LibraryHealth m_health;
    std::atomic<quint64> m_statements { 0 };
    QString m_namePrefix;
    mutable QMutex m_mutex;
    QSet<QString> m_connectionNames;
    /// Guarded by m_mutex; starts as the settings' password.
    QString m_password;
};

} // namespace omt
