#pragma once

#include "ConnectionSettings.h"
#include "ServerSetup.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace omt {

/// What setting a server up would do, seen before doing it.
struct ServerSurvey
{
    /// False when the database is still to be created.
    bool databaseExists = true;
    /// The schema version there now; 0 when it is not set up yet.
    int schemaVersion = 0;
    /// The version this program sets up.
    int latestVersion = 0;
    /// Whether the household has an active administrator already.
    bool hasAdministrator = false;
    /// Tables of something else in a database not set up yet: set-up would
    /// change its grants, so it is refused (0 for a new or empty database).
    int foreignTables = 0;
};

/// `server init` for the set-up wizard: from a PostgreSQL superuser's
/// connection to a household server, on the calling (worker) thread. Unlike
/// the command-line tool it creates the database when there is none yet, so
/// that a fresh PostgreSQL needs nothing but this program.
class ServerInstallation
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerInstallation)

public:
    /// Connects as `superuser` and looks: whether the database exists, its
    /// version, whether it has an administrator, whether it holds something
    /// else. Fails unless the account is a superuser, when the database is
    /// newer than this program, or when it does not store text as UTF-8.
    static Result<ServerSurvey> survey(const ConnectionSettings &superuser);

    /// Creates the database when missing (in UTF-8), then sets it up or
    /// upgrades it (ServerSetup::initialize) with `adminName` as its first
    /// administrator (empty: nobody new). The name is checked before
    /// anything is made: its form, and that no role of the cluster has it.
    static Result<ServerSetupReport> install(
        const ConnectionSettings &superuser, const QString &adminName, const QString &adminPassword);

private:
    static Result<void> createDatabase(const ConnectionSettings &superuser);
    static Result<void> requireFreeRoleName(Database &database, const QString &name);
    static Result<void> requireUtf8(Database &database);
    static Result<int> countForeignTables(Database &database);
    static ConnectionSettings maintenanceDatabase(ConnectionSettings superuser);
};

} // namespace omt
