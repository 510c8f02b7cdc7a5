#pragma once

#include "core/Enums.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace omt {

class Database;

/// What the server said when a member signed in.
struct SignIn
{
    enum class Status {
        SignedIn,
        /// Signed in with the one-time password: they must choose their own first.
        PasswordChangeRequired,
        OneTimePasswordExpired,
        /// The role has no account in this household (a superuser, another household's member).
        NotAMember,
        Disabled,
    };
    Status status = Status::NotAMember;
    QUuid userId;
    Role role = Role::Member;
    /// The session's secret, kept by the client to keep the session fresh and
    /// end it; the server has its hash. Empty unless signed in.
    QByteArray sessionToken;
};

/// One device's sign-in on the household server.
struct AccountSession
{
    QString deviceName;
    QString clientVersion;
    QDateTime startedAt;
    QDateTime lastSeenAt;
    /// Invalid while the session is open.
    QDateTime endedAt;
};

/// The signed-in member's own account on a household server: signing in
/// (after PostgreSQL checked the password), keeping the session fresh,
/// signing out, choosing a new password and listing their sessions. Each
/// call is one statement.
class ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerAccount)

public:
    explicit ServerAccount(Database &database);

    /// Whether the database is a household server (set up by `server init`),
    /// rather than a PostgreSQL library its owner uses with nobody to sign in as.
    Result<bool> isHouseholdServer();
    Result<SignIn> signIn(const QString &deviceName, const QString &clientVersion);
    /// The Error a sign-in that did not end in SignedIn means, naming `username`.
    static Error refusal(const SignIn &signIn, const QString &username);

    Result<void> touch(const QByteArray &sessionToken);
    Result<void> signOut(const QByteArray &sessionToken);
    /// Replaces the password the member connected with (a one-time one or
    /// their own) by `newPassword`; the old one stops working.
    Result<void> changePassword(const QString &newPassword);
    Result<QList<AccountSession>> sessions();

private:
    Database &m_database;
};

} // namespace omt
