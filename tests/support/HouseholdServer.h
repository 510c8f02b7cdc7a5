#pragma once

#include "TestDatabase.h"
#include "core/Enums.h"

#include <QUuid>

#include <memory>

namespace omt::test {

/// A fresh PostgreSQL database set up as a household server by ServerSetup
/// (what `server init` does), with an administrator of its own. Member roles
/// belong to the whole test cluster, so every name made here is unique.
/// Always on PostgreSQL, whatever OMT_TEST_BACKEND says.
class HouseholdServer
{
public:
    struct Member
    {
        QString name;
        QString password;
        QUuid id;
    };

    /// Null with `why` (and `skip` when PostgreSQL is not configured nor
    /// required) when it cannot be had.
    static std::unique_ptr<HouseholdServer> create(QString *why, bool *skip);

    /// The superuser's connection to the household's database.
    Database &superuser() { return m_database->database(); }
    const Member &admin() const { return m_admin; }

    /// Settings for connecting to the household's database as `user`.
    ConnectionSettings settingsFor(const QString &user, const QString &password) const;
    std::unique_ptr<Database> connect(const Member &member) const;

    /// A member made by the administrator who has exchanged the one-time
    /// password for their own (`password`), ready to sign in.
    Result<Member> addMember(const QString &stem, Role role = Role::Member);
    /// A member made by the administrator, still holding the one-time
    /// password (returned as their password).
    Result<Member> addInvitedMember(const QString &stem, Role role = Role::Member);

    /// Makes a user written by the superuser (a filled library) a member
    /// signing in as a role of their own, the way `user add` would have.
    Result<Member> enrol(const QUuid &userId, const QString &stem);

    /// "<stem>_<random>", a server username no other test takes.
    static QString uniqueName(const QString &stem);

private:
    HouseholdServer() = default;

    std::unique_ptr<TestDatabase> m_database;
    Member m_admin;
};

} // namespace omt::test

/// Creates a HouseholdServer into `var` or skips/fails the current test.
#define OMT_HOUSEHOLD_SERVER(var)                                                                            \
    do {                                                                                                     \
        QString omtWhy_;                                                                                     \
        bool omtSkip_ = false;                                                                               \
        var = ::omt::test::HouseholdServer::create(&omtWhy_, &omtSkip_);                                     \
        if (!var) {                                                                                          \
            if (omtSkip_)                                                                                    \
                QSKIP(qPrintable(omtWhy_));                                                                  \
            QFAIL(qPrintable(omtWhy_));                                                                      \
        }                                                                                                    \
    } while (false)
