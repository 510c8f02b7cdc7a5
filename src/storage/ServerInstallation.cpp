#include "ServerInstallation.h"

#include "Database.h"
#include "Migrator.h"
#include "core/ServerUsernames.h"

#include <QSqlQuery>

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
    if (auto utf8 = requireUtf8(database); !utf8)
        return utf8.error();
    if (survey.schemaVersion == 0) {
        auto foreign = countForeignTables(database);
        if (!foreign)
            return foreign.error();
        survey.foreignTables = *foreign;
    }
    auto admin = setup.hasAdministrator();
    if (!admin)
        return admin.error();
    survey.hasAdministrator = *admin;
    return survey;
}

Result<ServerSetupReport> ServerInstallation::install(
    const ConnectionSettings &superuser, const QString &adminName, const QString &adminPassword)
{
    if (!adminName.isEmpty())
        if (auto valid = ServerUsernames::validate(adminName); !valid)
            return valid.error();
    {
        Database probe(superuser);
        auto connection = probe.connection();
        if (!connection && isMissingDatabase(connection.error())) {
            if (!adminName.isEmpty()) {
                Database maintenance(maintenanceDatabase(superuser));
                if (auto free = requireFreeRoleName(maintenance, adminName); !free)
                    return free.error();
            }
            if (auto created = createDatabase(superuser); !created)
                return created.error();
        } else if (!connection) {
            return connection.error();
        }
    }
    Database database(superuser);
    ServerSetup setup(database);
    if (auto utf8 = requireUtf8(database); !utf8)
        return utf8.error();
    auto version = Migrator(database).currentVersion();
    if (!version)
        return version.error();
    if (*version == 0) {
        auto foreign = countForeignTables(database);
        if (!foreign)
            return foreign.error();
        if (*foreign > 0)
            return Error::invalidInput(
                tr("The database “%1” holds %n table(s) of something else: setting it up would change who "
                   "may use it. Choose a new or empty database.",
                    nullptr, *foreign)
                    .arg(superuser.databaseName));
    }
    if (!adminName.isEmpty()) {
        auto exists = setup.hasMember(adminName);
        if (!exists)
            return exists.error();
        if (*exists)
            return Error::invalidInput(
                tr("“%1” is already a member of this household; choose another name for the new "
                   "administrator, or leave it empty to only update the server.")
                    .arg(adminName));
        if (auto free = requireFreeRoleName(database, adminName); !free)
            return free.error();
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
    // CREATE DATABASE takes no bound values; the name is quoted as an
    // identifier. Titles come in every script: the database stores UTF-8
    // whatever the cluster's default, with the cluster's locale when it
    // allows that and the neutral C locale when it does not (a Latin-1 one).
    const QString context = tr("creating the database %1").arg(superuser.databaseName);
    const QString create = QStringLiteral("CREATE DATABASE ") + quotedIdentifier(superuser.databaseName)
        + QStringLiteral(" TEMPLATE template0 ENCODING 'UTF8'");
    auto created = sql->runDirect(create, context);
    if (!created && created.error().detail.contains(QLatin1String("incompatible with the encoding")))
        created = sql->runDirect(create + QStringLiteral(" LC_COLLATE 'C' LC_CTYPE 'C'"), context);
    return created;
}

Result<void> ServerInstallation::requireFreeRoleName(Database &database, const QString &name)
{
    auto sql = database.sql();
    if (!sql)
        return sql.error();
    auto role = sql->run(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), { name },
        tr("looking for the user %1").arg(name));
    if (!role)
        return role.error();
    if (role->next())
        return Error { Error::Code::AlreadyExists,
            tr("The server already has a user “%1” (users belong to the whole PostgreSQL server, not to one "
               "database); choose another name.")
                .arg(name),
            {}, {} };
    return sql->finishRows(*role);
}

Result<void> ServerInstallation::requireUtf8(Database &database)
{
    auto sql = database.sql();
    if (!sql)
        return sql.error();
    auto encoding = sql->run(QStringLiteral("SELECT current_setting('server_encoding')"), {},
        tr("reading the database's encoding"));
    if (!encoding)
        return encoding.error();
    if (!encoding->next()) {
        if (auto read = sql->finishRows(*encoding); !read)
            return read.error();
    }
    const QString name = encoding->value(0).toString();
    if (name != QLatin1String("UTF8"))
        return Error::invalidInput(
            tr("The database “%1” stores text as %2, which cannot hold titles in every "
               "language. Choose a new database: it will be made in UTF-8.")
                .arg(database.settings().databaseName, name));
    return {};
}

Result<int> ServerInstallation::countForeignTables(Database &database)
{
    auto sql = database.sql();
    if (!sql)
        return sql.error();
    auto tables = sql->run(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables"
                                          " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"),
        {}, tr("looking at what the database holds"));
    if (!tables)
        return tables.error();
    if (tables->next())
        return tables->value(0).toInt();
    if (auto read = sql->finishRows(*tables); !read)
        return read.error();
    return 0;
}

} // namespace omt
