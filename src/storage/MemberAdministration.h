#pragma once

#include "core/Enums.h"
#include "core/Error.h"
#include "core/ServerMember.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace omt {

class Database;

/// A member made by an administrator, with the one-time password to hand them.
struct NewMember
{
    QUuid id;
    QString username;
    /// Empty when the member was given a password of their own (benchmarks).
    QString oneTimePassword;
    QDateTime expiresAt;
};

/// What an administrator does to the household's accounts on a server
/// (DESIGN §7), through the server's administration functions: the server
/// checks that the signed-in member is an administrator. Passwords are
/// turned into SCRAM verifiers here and never sent.
class MemberAdministration
{
    Q_DECLARE_TR_FUNCTIONS(omt::MemberAdministration)

public:
    /// How long a one-time password can be exchanged for the member's own.
    static constexpr int OneTimePasswordDays = 7;

    explicit MemberAdministration(Database &database);

    /// Makes a member (login role and account) with a fresh one-time
    /// password, which they must change when they first sign in.
    Result<NewMember> add(const QString &username, Role role);
    /// Makes a member whose password is `password` with nothing to change
    /// (generated benchmark households).
    Result<NewMember> addWithPassword(const QString &username, Role role, const QString &password);
    /// A new one-time password for a member; their current password stops working.
    Result<NewMember> resetPassword(const QString &username);
    /// Disabling makes the role unable to sign in and ends its connections.
    Result<void> setEnabled(const QString &username, bool enabled);
    Result<void> setRole(const QString &username, Role role);
    Result<QList<ServerMember>> members();
    /// The newest `count` entries of the account record, newest first.
    Result<QList<AccountEvent>> recentEvents(int count);

private:
    Result<NewMember> create(const QString &username, Role role, const QString &password, bool oneTime);

    Database &m_database;
};

} // namespace omt
