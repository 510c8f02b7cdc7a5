#pragma once

#include "ConnectionSettings.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace omt {

class Database;

/// A throw-away, migrated library on the same backend as a given one — a
/// temporary SQLite file, or a temporary database on the same PostgreSQL
/// server (the account needs CREATEDB) — removed again on destruction. For
/// benchmarks that must not touch the real library.
class ScratchLibrary
{
    Q_DECLARE_TR_FUNCTIONS(omt::ScratchLibrary)

public:
    static Result<std::unique_ptr<ScratchLibrary>> create(const ConnectionSettings &like);
    ~ScratchLibrary();

    Database &database() { return *m_database; }

private:
    ScratchLibrary() = default;

    ConnectionSettings m_admin;
    QString m_pgDatabaseName;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace omt
