#pragma once

#include "SqlDialect.h"
#include "core/Error.h"

#include <QCoreApplication>
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
    /// SQLite: open the library read-only even when it could be written. A
    /// library that cannot be written (read-only media, no permission) is
    /// opened read-only anyway (Database::isReadOnly).
    bool readOnly = false;

    /// PostgreSQL server.
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName;
    QString user;
    /// Never parsed from a URL or command line; filled from a prompt, standard
    /// input or the keychain. Empty lets libpq use PGPASSWORD or ~/.pgpass.
    QString password;
    /// libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full;
    /// empty chooses by host (effectiveSslMode).
    QString sslMode;
    /// The file of the certificate authority that signed the server's
    /// certificate (libpq's sslrootcert); empty uses ~/.postgresql/root.crt.
    QString sslRootCert;
    int connectTimeoutSeconds = 5;
    /// The server cancels a statement that runs longer (0: never). Bounds a
    /// server that takes a lock forever; a link that stops answering is
    /// found by TCP keepalives instead.
    int statementTimeoutSeconds = 60;

    /// The sslmode a connection uses: the one asked for, otherwise
    /// verify-full (encrypted, and the certificate must name the host), or
    /// prefer for this machine's own server (loopback or a socket folder),
    /// where traffic never crosses a network. Never a silent prefer over one.
    QString effectiveSslMode() const;
    /// Whether `host` is this machine: localhost, a loopback address, or a
    /// Unix socket folder.
    static bool isLocalHost(const QString &host);

    /// Parses what `--db` takes: a file path, or
    /// postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=FILE&connect_timeout=5.
    /// A password inside the URL is refused: secrets never go on a command line.
    static Result<ConnectionSettings> parse(const QString &location);

    /// The location without any secret, for titles and messages.
    QString displayName() const;

    /// `location` as given on a command line or in a profile, with any
    /// password in it hidden, for messages about an address that could not
    /// be parsed. Every message that repeats an address uses this or
    /// displayName(); a password may hold '/', '@', '?' or ':', so the user
    /// information is taken to end at the last '@', and without one a
    /// port that is not a number is hidden as well ("user:secret/db").
    static QString redacted(const QString &location);

    Q_DECLARE_TR_FUNCTIONS(omt::ConnectionSettings)
};

} // namespace omt
