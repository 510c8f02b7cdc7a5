#include "HouseholdServer.h"

#include "storage/MemberAdministration.h"
#include "storage/ServerAccount.h"
#include "storage/ServerSetup.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>

namespace omt::test {

std::unique_ptr<HouseholdServer> HouseholdServer::create(QString *why, bool *skip)
{
    std::unique_ptr<HouseholdServer> server(new HouseholdServer);
    server->m_database = TestDatabase::createEmpty(SqlDialect::Kind::PostgreSQL, why, skip);
    if (!server->m_database)
        return nullptr;
    server->m_admin.name = uniqueName(QStringLiteral("admin"));
    server->m_admin.password = QStringLiteral("admin password ") + uniqueName(QStringLiteral("pw"));
    auto report = ServerSetup(server->superuser()).initialize(server->m_admin.name, server->m_admin.password);
    if (!report) {
        *why = QStringLiteral("server init: ") + report.error().toString();
        return nullptr;
    }
    return server;
}

ConnectionSettings HouseholdServer::settingsFor(const QString &user, const QString &password) const
{
    ConnectionSettings settings = m_database->settings();
    settings.user = user;
    settings.password = password;
    return settings;
}

std::unique_ptr<Database> HouseholdServer::connect(const Member &member) const
{
    return std::make_unique<Database>(settingsFor(member.name, member.password));
}

Result<HouseholdServer::Member> HouseholdServer::addInvitedMember(const QString &stem, Role role)
{
    Database admin(settingsFor(m_admin.name, m_admin.password));
    auto made = MemberAdministration(admin).add(uniqueName(stem), role);
    admin.closeAllConnections();
    if (!made)
        return made.error();
    return Member { made->username, made->oneTimePassword, made->id };
}

Result<HouseholdServer::Member> HouseholdServer::addMember(const QString &stem, Role role)
{
    auto invited = addInvitedMember(stem, role);
    if (!invited)
        return invited.error();
    Member member = *invited;
    {
        auto database = connect(member);
        member.password = QStringLiteral("own password of ") + member.name;
        if (auto changed = ServerAccount(*database).changePassword(member.password); !changed)
            return changed.error();
    }
    return member;
}

Result<HouseholdServer::Member> HouseholdServer::enrol(const QUuid &userId, const QString &stem)
{
    Member member { uniqueName(stem), QStringLiteral("password of ") + uniqueName(stem), userId };
    auto sql = superuser().sql();
    if (!sql)
        return sql.error();
    // Names and password are made here of letters, digits, '_' and ' ' only.
    const QString context = QStringLiteral("enrolling ") + member.name;
    if (auto made = sql->runDirect(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE omt_member")
                                       .arg(member.name, member.password),
            context);
        !made)
        return made.error();
    if (auto linked = sql->run(QStringLiteral("UPDATE users.users SET db_role = ? WHERE id = %1")
                                   .arg(sql->dialect().param(ColumnType::Uuid)),
            { member.name, SqlValues::uuid(userId) }, context);
        !linked)
        return linked.error();
    return member;
}

QString HouseholdServer::uniqueName(const QString &stem)
{
    return stem + QLatin1Char('_')
        + QString::number(QRandomGenerator::global()->generate64() % 1000000000000ULL, 36);
}

} // namespace omt::test
