#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace omt::test {

/// A fresh, migrated library for one test case, on the backend named by the
/// OMT_TEST_BACKEND environment variable ("sqlite", the default, or
/// "postgresql"). PostgreSQL databases are cloned from a per-process template
/// on the server started by the test command (OMT_TEST_PG_URL and
/// OMT_TEST_PG_PASSWORD) and dropped afterwards.
class TestDatabase
{
public:
    /// Returns null and sets `why` when no database can be had; `skip` is
    /// true when that is because PostgreSQL is not configured and not required.
    static std::unique_ptr<TestDatabase> create(QString *why, bool *skip);
    /// The same on the given backend, whatever OMT_TEST_BACKEND says: for
    /// tests that compare both backends in one process.
    static std::unique_ptr<TestDatabase> create(SqlDialect::Kind kind, QString *why, bool *skip);
    ~TestDatabase();

    Database &database() { return *m_database; }
    SqlDialect::Kind kind() const { return m_database->kind(); }
    static SqlDialect::Kind requestedKind();
    /// Settings for another Database on the same library (second thread, reopen).
    ConnectionSettings settings() const { return m_database->settings(); }

    /// Settings for an empty, unmigrated database on the same backend.
    static std::unique_ptr<TestDatabase> createEmpty(QString *why, bool *skip);
    /// The same on the given backend, whatever OMT_TEST_BACKEND says.
    static std::unique_ptr<TestDatabase> createEmpty(SqlDialect::Kind kind, QString *why, bool *skip);

private:
    TestDatabase() = default;
    static std::unique_ptr<TestDatabase> make(SqlDialect::Kind kind, bool migrated, QString *why, bool *skip);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_pgDatabaseName;
};

/// Adds a user with this username and returns its id; aborts the test
/// program when that fails (a broken fixture, not a test result).
QUuid addUser(Database &database, const QString &username);

} // namespace omt::test

/// Creates a TestDatabase from `factory` (create or createEmpty) into `var`
/// or skips/fails the current test.
#define OMT_TEST_DATABASE(var, factory)                                                                      \
    do {                                                                                                     \
        QString omtWhy_;                                                                                     \
        bool omtSkip_ = false;                                                                               \
        var = ::omt::test::TestDatabase::factory(&omtWhy_, &omtSkip_);                                       \
        if (!var) {                                                                                          \
            if (omtSkip_)                                                                                    \
                QSKIP(qPrintable(omtWhy_));                                                                  \
            QFAIL(qPrintable(omtWhy_));                                                                      \
        }                                                                                                    \
    } while (false)

/// A fresh, migrated library for the current test.
#define OMT_FRESH_DATABASE(var) OMT_TEST_DATABASE(var, create)
/// A fresh, empty (unmigrated) database for the current test.
#define OMT_EMPTY_DATABASE(var) OMT_TEST_DATABASE(var, createEmpty)

/// Fails the current test with the error's text when a Result is not ok.
#define OMT_VERIFY_OK(result)                                                                                \
    do {                                                                                                     \
        const auto &omtResult_ = (result);                                                                   \
        if (!omtResult_.ok())                                                                                \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + omtResult_.error().toString()));         \
    } while (false)
