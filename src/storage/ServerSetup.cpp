#include "ServerSetup.h"

#include "Database.h"
#include "Migrator.h"
#include "ScramVerifier.h"
#include "ServerRefusals.h"
#include "SqlScript.h"
#include "StorageLog.h"

#include <QFile>
#include <QSqlQuery>

namespace omt {

namespace {
const QString RolesScript = QStringLiteral(":/schema/server/0_roles.sql");
const QString SecurityScript = QStringLiteral(":/schema/server/1_security.sql");
const QString OwnerRole = QStringLiteral("omt_owner");

bool isRaceOnSharedRoles(const Error &error)
{
    return error.detail.contains(QLatin1String("tuple concurrently updated"))
        || error.detail.contains(QLatin1String("[23505]")) || error.detail.contains(QLatin1String("[42710]"));
}

/// Whether the database has the accounts table with server roles yet.
Result<bool> hasAccounts(SqlConnection &sql, const QString &context)
{
    auto query
        = sql.run(QStringLiteral("SELECT to_regclass('users.users') IS NOT NULL"
                                 " AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute"
                                 " WHERE attrelid = to_regclass('users.users') AND attname = 'db_role')"),
            {}, context);
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0).toBool();
    if (auto read = sql.finishRows(*query, context); !read)
        return read.error();
    return Error::internal(ServerSetup::tr("The server did not answer a question about its tables."), {});
}

/// Acts as the owner role on this connection until destroyed, so that what
/// the migrations and the security script make belongs to the owner.
class ActingAsOwner
{
public:
    explicit ActingAsOwner(SqlConnection &sql)
        : m_sql(sql)
    { }
    ~ActingAsOwner()
    {
        if (m_active)
            (void)m_sql.runDirect(QStringLiteral("RESET ROLE"), QString());
    }
    Result<void> begin(const QString &context)
    {
        auto set = m_sql.runDirect(QStringLiteral("SET ROLE ") + OwnerRole, context);
        m_active = set.ok();
        return set;
    }

private:
    SqlConnection &m_sql;
    bool m_active = false;
};
} // namespace

ServerSetup::ServerSetup(Database &database)
    : m_database(database)
{ }

Result<void> ServerSetup::requireSuperuser()
{
    if (m_database.kind() != SqlDialect::Kind::PostgreSQL)
        return Error::invalidInput(
            tr("A household server is a PostgreSQL database; a library file is not one."));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("checking the server account");
    auto query = sql->run(
        QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"), {}, context);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query, context); !read)
            return read.error();
        return Error::internal(tr("The server did not say who is connected."), {});
    }
    if (!query->value(0).toBool())
        return Error { Error::Code::AccessDenied,
            tr("Setting up a household server needs the PostgreSQL superuser (such as postgres), "
               "not the member “%1”.")
                .arg(m_database.settings().user),
            {}, {} };
    return {};
}

Result<bool> ServerSetup::hasMember(const QString &username)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("looking for the member %1").arg(username);
    auto setUp = hasAccounts(*sql, context);
    if (!setUp || !*setUp)
        return setUp;
    auto member
        = sql->run(QStringLiteral("SELECT 1 FROM users.users WHERE db_role = ?"), { username }, context);
    if (!member)
        return member.error();
    if (member->next())
        return true;
    if (auto read = sql->finishRows(*member, context); !read)
        return read.error();
    return false;
}

Result<bool> ServerSetup::hasAdministrator()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("looking for an administrator");
    auto setUp = hasAccounts(*sql, context);
    if (!setUp || !*setUp)
        return setUp;
    auto admin = sql->run(QStringLiteral("SELECT 1 FROM users.users"
                                         " WHERE db_role IS NOT NULL AND role = 'admin' AND is_active"),
        {}, context);
    if (!admin)
        return admin.error();
    if (admin->next())
        return true;
    if (auto read = sql->finishRows(*admin, context); !read)
        return read.error();
    return false;
}

Result<void> ServerSetup::runScript(const QString &resourcePath, const QString &context)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(tr("Part of the server set-up is missing from this program."), resourcePath);
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    return m_database.write(context, [&](SqlConnection &sql) -> Result<void> {
        for (const QString &statement : statements) {
            if (auto done = sql.runDirect(statement, context); !done) {
                Error error = done.error();
                error.detail = statement.left(200) + QStringLiteral(" … ") + error.detail;
                return error;
            }
        }
        return {};
    });
}

Result<ServerSetupReport> ServerSetup::initialize(const QString &adminName, const QString &adminPassword)
{
    if (auto superuser = requireSuperuser(); !superuser)
        return superuser.error();
    // Building the indexes of a large existing library may take longer than
    // a statement is otherwise given.
    {
        auto sql = m_database.sql();
        if (!sql)
            return sql.error();
        if (auto unbounded
            = sql->runDirect(QStringLiteral("SET statement_timeout = 0"), tr("setting up the server"));
            !unbounded)
            return unbounded.error();
    }
    Migrator migrator(m_database);
    if (auto newer = migrator.checkNotNewer(); !newer)
        return newer.error();
    ServerSetupReport report;
    auto before = migrator.currentVersion();
    if (!before)
        return before.error();
    report.versionBefore = *before;

    // Roles belong to the whole cluster: two databases of one cluster set up
    // at once (tests do) race to make them, and the loser fails; its second
    // try finds them made.
    auto roles = runScript(RolesScript, tr("setting up the server's roles"));
    for (int attempt = 1; !roles && attempt < 3 && isRaceOnSharedRoles(roles.error()); ++attempt)
        roles = runScript(RolesScript, tr("setting up the server's roles"));
    if (!roles)
        return roles.error();
    {
        auto sql = m_database.sql();
        if (!sql)
            return sql.error();
        ActingAsOwner owner(*sql);
        if (auto acting = owner.begin(tr("acting as the owner of the library")); !acting)
            return acting.error();
        auto after = migrator.migrate();
        if (!after)
            return after.error();
        report.versionAfter = *after;
        if (auto secured = runScript(SecurityScript, tr("setting up the server's access control")); !secured)
            return secured.error();
    }

    if (!adminName.isEmpty()) {
        auto exists = hasMember(adminName);
        if (!exists)
            return exists.error();
        if (!*exists) {
            if (auto created = createAdministrator(adminName, adminPassword); !created)
                return created.error();
            report.adminCreated = true;
        }
    }
    qCInfo(lcStorage) << "household server set up:" << m_database.settings().displayName() << "version"
                      << report.versionAfter;
    return report;
}

Result<void> ServerSetup::createAdministrator(const QString &name, const QString &password)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto verifier = ScramVerifier::compute(*db, name, password);
    if (!verifier)
        return verifier.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("making %1 the household's administrator").arg(name);
    auto made = sql->run(QStringLiteral("SELECT auth.add_member(?, ?, NULL, true, interval '0')"),
        { name, *verifier }, context);
    if (!made)
        return ServerRefusals::reword(made.error(), name);
    return {};
}

} // namespace omt
