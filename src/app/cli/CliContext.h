#pragma once

#include "core/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <QUuid>

#include <memory>

namespace omt::cli {

/// What every command needs: the library named by --db, the output streams
/// and the error conventions (one line on standard error, exit codes).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::CliContext)

public:
    enum class Open {
        /// The library must exist; it is only read (search, smart, check).
        Existing,
        /// The library must exist and be writable (generate).
        ForWriting,
        /// SQLite: create the file when it is missing (init); must be writable.
        CreateIfMissing,
    };

    /// On a household server, whether the command runs as the signed-in member.
    enum class Account {
        /// Sign in (a session row, ended when the command ends); a member who
        /// must first change their one-time password, or a disabled one, is refused.
        SignIn,
        /// Only connect: the superuser setting the server up, or a member
        /// changing the password they connected with.
        ConnectOnly,
    };

    CliContext(QString applicationName, QString location, bool verbose, bool readOnly);
    ~CliContext();

    /// Standard output, UTF-8.
    QTextStream &out() { return m_out; }
    bool verbose() const { return m_verbose; }

    /// Opens the library given with --db. A PostgreSQL server that asks for
    /// a password gets one from the terminal (echo off) or standard input.
    /// Returns the exit code to stop with when it fails (already reported).
    std::optional<int> open(Open mode, Account account = Account::SignIn);
    /// The library opened by open().
    Database &database() { return *m_database; }
    /// Whether open() signed in to a household server (DESIGN §7), rather
    /// than opening a library file or a plain PostgreSQL library.
    bool isHouseholdServer() const { return !m_sessionToken.isEmpty(); }
    /// The signed-in member's user id on a household server; null otherwise.
    const QUuid &memberId() const { return m_memberId; }

    /// Checks that the opened library has exactly the schema this build
    /// knows: refuses a newer one untouched and asks for init on an older one.
    std::optional<int> requireCurrentSchema();

    /// Reports an error on standard error; returns ExitFailure. A damaged
    /// library is reported with the check command to run.
    int fail(const Error &error);
    /// The exit code of a command that ended with `exitCode`: a failure when
    /// a statement found the library damaged on the way.
    int finish(int exitCode);
    /// Reports a command-line mistake on standard error; returns ExitUsage.
    int usage(const QString &message);
    /// Writes "<application>: <message>" as one line on standard error.
    void printError(const QString &message);

    /// Reads a new password: twice on a terminal (they must match), once
    /// from standard input. An empty password is refused.
    Result<QString> readNewPassword(const QString &whose);

private:
    std::optional<int> signIn();

    QString m_applicationName;
    QString m_location;
    bool m_verbose;
    bool m_readOnly;
    QTextStream m_out;
    std::unique_ptr<Database> m_database;
    /// The household-server session this command opened; ended at exit.
    QByteArray m_sessionToken;
    QUuid m_memberId;
};

} // namespace omt::cli
