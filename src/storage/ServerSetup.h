#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace omt {

class Database;

/// What `server init` did.
struct ServerSetupReport
{
    int versionBefore = 0;
    int versionAfter = 0;
    /// The first administrator was made now (not there before).
    bool adminCreated = false;
};

/// Makes a PostgreSQL database a household server, or brings one up to date
/// (DESIGN §7): the owner and group roles, the schema (migrated as the owner,
/// who then owns every object), grants, row-level security, the
/// administration and sign-in functions, the change notifications, and the
/// first administrator. Runs as a superuser; running it again is safe and
/// upgrades what an older client set up.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerSetup)

public:
    explicit ServerSetup(Database &database);

    /// Fails unless the connection is a PostgreSQL superuser's.
    Result<void> requireSuperuser();
    /// Whether `username` is already a member of the household (false on a
    /// database that is not set up yet).
    Result<bool> hasMember(const QString &username);
    /// Whether the household has an active administrator.
    Result<bool> hasAdministrator();

    /// Sets the server up or upgrades it; makes `adminName` an administrator
    /// with `adminPassword` (their own: no change is asked for) unless they
    /// are a member already. An empty `adminName` makes nobody.
    Result<ServerSetupReport> initialize(const QString &adminName, const QString &adminPassword);

private:
    Result<void> runScript(const QString &resourcePath, const QString &context);
    Result<void> createAdministrator(const QString &name, const QString &password);

    Database &m_database;
};

} // namespace omt
