#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace omt {

class Database;

/// Brings a library's schema up to the version this build knows, one
/// numbered script (schema/<dialect>/NNNN_name.sql, embedded as resources) at
/// a time, each in its own transaction with its version recorded. A library
/// written by a newer build is refused and left untouched.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(omt::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database &database);

    /// The version of the library as it is now (0 for an empty database).
    Result<int> currentVersion() const;
    /// The newest version this build knows.
    int latestVersion() const;
    QList<Migration> migrations() const;

    /// Applies what is missing; returns the version reached.
    Result<int> migrate();
    /// Applies the migrations up to and including `version` only (for tests
    /// that start from an older library); returns the version reached.
    Result<int> migrateTo(int version);

    /// Fails with Error::Code::NewerSchema when the library is newer than this build.
    Result<void> checkNotNewer() const;

private:
    Result<void> apply(const Migration &migration);

    Database &m_database;
};

} // namespace omt
