#pragma once

#include "SqlDialect.h"
#include "core/Error.h"

#include <QString>

namespace omt {

/// Where a library lives: a SQLite file or a PostgreSQL server.
struct ConnectionSettings
{
    SqlDialect::Kind backend = SqlDialect::Kind::SQLite;

    /// SQLite: the library file.
    QString sqlitePath;
    /// SQLite: create the file when it does not exist (otherwise opening a
    /// missing library is an error rather than a silently empty one).
    bool createIfMissing = false;

    /// PostgreSQL server.
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName;
    QString user;
    /// Never parsed from a URL or command line; filled from a prompt, standard
    /// input or the keychain. Empty lets libpq use PGPASSWORD or ~/.pgpass.
    QString password;
    /// libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    int connectTimeoutSeconds = 5;

    /// Parses what `--db` takes: a file path, or
    /// postgresql://user@host:port/dbname?sslmode=verify-full&connect_timeout=5.
    /// A password inside the URL is refused: secrets never go on a command line.
    static Result<ConnectionSettings> parse(const QString &location);

    /// The location without any secret, for titles and messages.
    QString displayName() const;
};

} // namespace omt
