#include "ServerInstallation.h"

#include "Database.h"
#include "Migrator.h"

namespace omt {

namespace {

bool isMissingDatabase(const Error &error)
{
    return error.code == Error::Code::NotFound && error.subject == QLatin1String("database");
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ConnectionSettings ServerInstallation::maintenanceDatabase(ConnectionSettings superuser)
{
    // Every PostgreSQL cluster has it, and a superuser may connect to it.
    superuser.databaseName = QStringLiteral("postgres");
    return superuser;
}

Result<ServerSurvey> ServerInstallation::survey(const ConnectionSettings &superuser)
{
    ServerSurvey survey;
    Database database(superuser);
    auto connection = database.connection();
    if (!connection && isMissingDatabase(connection.error())) {
        // Whether it may be created: the superuser, checked where they can connect.
        Database maintenance(maintenanceDatabase(superuser));
        if (auto required = ServerSetup(maintenance).requireSuperuser(); !required)
            return required.error();
        survey.databaseExists = false;
        survey.latestVersion = Migrator(maintenance).latestVersion();
        return survey;
    }
    if (!connection)
        return connection.error();
    ServerSetup setup(database);
    if (auto required = setup.requireSuperuser(); !required)
        return required.error();
    Migrator migrator(database);
    if (auto newer = migrator.checkNotNewer(); !newer)
        return newer.error();
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    survey.schemaVersion = *version;
    survey.latestVersion = migrator.latestVersion();
    auto admin = setup.hasAdministrator();
    if (!admin)
        return admin.error();
    survey.hasAdministrator = *admin;
    return survey;
}

Result<ServerSetupReport> ServerInstallation::install(
    const ConnectionSettings &superuser, const QString &adminName, const QString &adminPassword)
{
    {
        Database probe(superuser);
        auto connection = probe.connection();
        if (!connection && isMissingDatabase(connection.error())) {
            if (auto created = createDatabase(superuser); !created)
                return created.error();
        } else if (!connection) {
            return connection.error();
        }
    }
    Database database(superuser);
    ServerSetup setup(database);
    if (!adminName.isEmpty()) {
        auto exists = setup.hasMember(adminName);
        if (!exists)
            return exists.error();
        if (*exists)
            return Error::invalidInput(
                tr("“%1” is already a member of this household; choose another name for the new "
                   "administrator, or leave it empty to only update the server.")
                    .arg(adminName));
    } else {
        auto hasAdmin = setup.hasAdministrator();
        if (!hasAdmin)
            return hasAdmin.error();
        if (!*hasAdmin)
            return Error::invalidInput(tr("The household has no administrator yet: name one."));
    }
    return setup.initialize(adminName, adminPassword);
}

Result<void> ServerInstallation::createDatabase(const ConnectionSettings &superuser)
{
    Database maintenance(maintenanceDatabase(superuser));
    if (auto required = ServerSetup(maintenance).requireSuperuser(); !required)
        return required.error();
    auto sql = maintenance.sql();
    if (!sql)
        return sql.error();
    // CREATE DATABASE takes no bound values; the name is quoted as an identifier.
    return sql->runDirect(QStringLiteral("CREATE DATABASE ") + quotedIdentifier(superuser.databaseName),
        tr("creating the database %1").arg(superuser.databaseName));
}

} // namespace omt
