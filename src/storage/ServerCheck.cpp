#include "ServerCheck.h"

#include "Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace omt {

namespace {
using Severity = ServerFinding::Severity;

/// The library's tables, as a condition on pg_class c joined to pg_namespace n.
const char *const LibraryTables
    = "c.relkind IN ('r', 'p') AND (n.nspname IN ('media', 'users', 'interaction', 'auth')"
      " OR (n.nspname = 'public' AND c.relname = 'schema_version'))";

/// Roles granted omt_member or omt_invited directly: the household's members.
const char *const MemberRoles
    = "SELECT DISTINCT r.oid, r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb"
      " FROM pg_catalog.pg_roles r JOIN pg_catalog.pg_auth_members m ON m.member = r.oid"
      " WHERE m.roleid IN (SELECT oid FROM pg_catalog.pg_roles WHERE rolname IN ('omt_member', "
      "'omt_invited'))"
      " AND r.rolname <> 'omt_owner'";

class Checker
{
public:
    Checker(SqlConnection &sql, QList<ServerFinding> &findings)
        : m_sql(sql)
        , m_findings(findings)
    { }

    /// The rows of `statement`, one string list per row; an error ends the check.
    Result<QList<QStringList>> rows(const QString &statement)
    {
        const QString context = ServerCheck::tr("checking the server");
        auto query = m_sql.run(statement, {}, context);
        if (!query)
            return query.error();
        QList<QStringList> result;
        while (query->next()) {
            QStringList row;
            for (int i = 0; i < query->record().count(); ++i)
                row.append(query->value(i).toString());
            result.append(row);
        }
        if (auto read = m_sql.finishRows(*query, context); !read)
            return read.error();
        return result;
    }

    void add(Severity severity, const QString &text) { m_findings.append({ severity, text }); }

private:
    SqlConnection &m_sql;
    QList<ServerFinding> &m_findings;
};
} // namespace

ServerCheck::ServerCheck(Database &database)
    : m_database(database)
{ }

Result<QList<ServerFinding>> ServerCheck::run()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    QList<ServerFinding> findings;
    Checker check(*sql, findings);

    auto roles = check.rows(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname IN"
                                           " ('omt_owner', 'omt_member', 'omt_admin', 'omt_invited')"));
    if (!roles)
        return roles.error();
    if (roles->value(0).value(0).toInt() != 4) {
        check.add(
            Severity::Unsafe, tr("This database is not set up as a household server: run “server init”."));
        return findings;
    }

    // Row-level security on every table, forced, with policies.
    auto unprotected
        = check.rows(QStringLiteral("SELECT c.oid::regclass::text,"
                                    " c.relrowsecurity, c.relforcerowsecurity,"
                                    " EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)"
                                    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                                    " ON n.oid = c.relnamespace WHERE ")
            + QLatin1String(LibraryTables) + QStringLiteral(" ORDER BY 1"));
    if (!unprotected)
        return unprotected.error();
    int protectedTables = 0;
    for (const QStringList &row : *unprotected) {
        if (row[1] != QLatin1String("true"))
            check.add(Severity::Unsafe, tr("Row-level security is off on %1.").arg(row[0]));
        else if (row[2] != QLatin1String("true"))
            check.add(Severity::Unsafe, tr("Row-level security is not forced on %1.").arg(row[0]));
        else if (row[3] != QLatin1String("true"))
            check.add(Severity::Unsafe, tr("%1 has no row-level security policy.").arg(row[0]));
        else
            ++protectedTables;
    }
    if (protectedTables == unprotected->size())
        check.add(Severity::Fine,
            tr("Row-level security is enabled and forced on all %n tables.", nullptr, protectedTables));

    // Members own nothing and hold no power beyond their grants.
    auto owners = check.rows(QStringLiteral("WITH members AS (") + QLatin1String(MemberRoles)
        + QStringLiteral(") SELECT DISTINCT m.rolname FROM members m WHERE"
                         " EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relowner = m.oid)"
                         " OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.proowner = m.oid)"
                         " OR EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspowner = m.oid)"
                         " OR EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typowner = m.oid)"
                         " ORDER BY 1"));
    if (!owners)
        return owners.error();
    for (const QStringList &row : *owners)
        check.add(Severity::Unsafe, tr("The member %1 owns objects in this database.").arg(row[0]));

    auto powers = check.rows(QStringLiteral("WITH members AS (") + QLatin1String(MemberRoles)
        + QStringLiteral(
            ") SELECT m.rolname, m.rolsuper, m.rolbypassrls, m.rolcreaterole, m.rolcreatedb,"
            " (SELECT string_agg(n.nspname, ', ' ORDER BY n.nspname) FROM pg_catalog.pg_namespace n"
            "  WHERE pg_catalog.has_schema_privilege(m.oid, n.oid, 'CREATE')),"
            " pg_catalog.has_database_privilege(m.oid, current_database(), 'CREATE'),"
            " pg_catalog.has_database_privilege(m.oid, current_database(), 'TEMP')"
            " FROM members m ORDER BY 1"));
    if (!powers)
        return powers.error();
    int members = 0;
    int plainMembers = 0;
    for (const QStringList &row : *powers) {
        ++members;
        const qsizetype before = findings.size();
        if (row[1] == QLatin1String("true"))
            check.add(Severity::Unsafe, tr("The member %1 is a superuser.").arg(row[0]));
        if (row[2] == QLatin1String("true"))
            check.add(
                Severity::Unsafe, tr("The member %1 may bypass row-level security (BYPASSRLS).").arg(row[0]));
        if (row[3] == QLatin1String("true") || row[4] == QLatin1String("true"))
            check.add(Severity::Unsafe, tr("The member %1 may create roles or databases.").arg(row[0]));
        if (!row[5].isEmpty())
            check.add(Severity::Unsafe,
                tr("The member %1 may create objects in the schemas: %2.").arg(row[0], row[5]));
        if (row[6] == QLatin1String("true") || row[7] == QLatin1String("true"))
            check.add(Severity::Unsafe,
                tr("The member %1 may create schemas or temporary tables in this database.").arg(row[0]));
        if (findings.size() == before)
            ++plainMembers;
    }
    if (plainMembers == members)
        check.add(Severity::Fine,
            tr("None of the %n members owns anything or may bypass row-level security or create objects.",
                nullptr, members));

    // Authentication and TLS, as far as this account can see them.
    auto setting = check.rows(QStringLiteral(
        "SELECT r.rolsuper, current_setting('ssl'), current_setting('password_encryption'),"
        " current_setting('listen_addresses', true), current_setting('shared_preload_libraries', true),"
        " coalesce((SELECT s.ssl::text FROM pg_catalog.pg_stat_ssl s WHERE s.pid = pg_backend_pid()), "
        "'false'),"
        " coalesce(host(inet_client_addr()), '')"
        " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"));
    if (!setting)
        return setting.error();
    const QStringList s = setting->value(0);
    const bool superuser = s.value(0) == QLatin1String("true");
    const bool sslOn = s.value(1) == QLatin1String("on");
    const QString listen = s.value(3);
    const QStringList addresses = listen.split(QLatin1Char(','));
    const bool loopbackOnly
        = !listen.isEmpty() && std::all_of(addresses.cbegin(), addresses.cend(), [](const QString &a) {
              const QString address = a.trimmed();
              return address == QLatin1String("localhost") || address.startsWith(QLatin1String("127."))
                  || address == QLatin1String("::1");
          });
    if (s.value(2) != QLatin1String("scram-sha-256"))
        check.add(Severity::Unsafe,
            tr("password_encryption is %1: set it to scram-sha-256 in postgresql.conf.").arg(s.value(2)));
    if (sslOn)
        check.add(Severity::Fine,
            tr("TLS is on (ssl = on); this connection %1.")
                .arg(s.value(5) == QLatin1String("true") ? tr("is encrypted") : tr("is not encrypted")));
    else if (loopbackOnly)
        check.add(Severity::Advice,
            tr("TLS is off (ssl = off). The server only listens on this machine, so nothing crosses a "
               "network; switch it on before other computers connect."));
    else
        check.add(Severity::Unsafe,
            tr("TLS is off (ssl = off) while the server listens on the network (%1): passwords' "
               "exchanges and everyone's data cross it unencrypted. Set ssl = on with a certificate.")
                .arg(listen.isEmpty() ? tr("unknown addresses") : listen));

    if (!superuser) {
        check.add(Severity::Advice,
            tr("pg_hba.conf and the preloaded libraries are visible to the superuser only: run the check "
               "as the superuser to see them."));
        return findings;
    }

    // pg_hba.conf: every line that lets a network client in must ask for a
    // SCRAM password (or a certificate); trust, password and md5 are holes.
    auto hba = check.rows(QStringLiteral(
        "SELECT line_number, type, array_to_string(database, ','), array_to_string(user_name, ','),"
        " coalesce(address, ''), auth_method, coalesce(error, '') FROM pg_catalog.pg_hba_file_rules"
        " ORDER BY line_number"));
    if (!hba)
        return hba.error();
    bool hbaSafe = true;
    for (const QStringList &row : *hba) {
        const QString type = row[1];
        const QString method = row[5];
        if (!row[6].isEmpty()) {
            check.add(Severity::Unsafe, tr("pg_hba.conf line %1 has an error: %2").arg(row[0], row[6]));
            hbaSafe = false;
        } else if (type != QLatin1String("local")
            && (method == QLatin1String("trust") || method == QLatin1String("password")
                || method == QLatin1String("md5"))) {
            check.add(Severity::Unsafe,
                tr("pg_hba.conf line %1 lets %2 in over the network with “%3”: use scram-sha-256 "
                   "(hostssl where TLS is on).")
                    .arg(row[0], row[3], method));
            hbaSafe = false;
        } else if (type == QLatin1String("local") && method == QLatin1String("trust")
            && row[3] != QLatin1String("postgres")) {
            check.add(Severity::Unsafe,
                tr("pg_hba.conf line %1 lets any local account in as %2 without a password (trust).")
                    .arg(row[0], row[3]));
            hbaSafe = false;
        }
    }
    if (hbaSafe)
        check.add(
            Severity::Fine, tr("pg_hba.conf asks every network client for a SCRAM password or certificate."));

    if (s.value(4).contains(QLatin1String("auth_delay")))
        check.add(
            Severity::Fine, tr("auth_delay is loaded: each wrong password waits before it is refused."));
    else
        check.add(Severity::Advice,
            tr("auth_delay is not loaded: add it to shared_preload_libraries and set auth_delay.milliseconds "
               "(say 500), so that guessing passwords is slow."));
    return findings;
}

} // namespace omt
