#include "HouseholdServer.h"

#include "storage/MemberAdministration.h"
#include "storage/ServerAccount.h"
#include "storage/ServerSetup.h"

#include <QRandomGenerator>

namespace omt::test {

std::unique_ptr<HouseholdServer> HouseholdServer::create(QString *why, bool *skip)
{
    std::unique_ptr<HouseholdServer> server(new HouseholdServer);
    server->m_database = TestDatabase::createEmpty(why, skip);
    if (!server->m_database)
        return nullptr;
    if (server->m_database->kind() != SqlDialect::Kind::PostgreSQL) {
        *why = QStringLiteral("a household server is a PostgreSQL database (OMT_TEST_BACKEND=postgresql)");
        return nullptr;
    }
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

QString HouseholdServer::uniqueName(const QString &stem)
{
    return stem + QLatin1Char('_')
        + QString::number(QRandomGenerator::global()->generate64() % 1000000000000ULL, 36);
}

} // namespace omt::test
