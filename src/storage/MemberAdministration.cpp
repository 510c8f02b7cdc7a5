#include "MemberAdministration.h"

#include "Database.h"
#include "ScramVerifier.h"
#include "ServerRefusals.h"
#include "core/OneTimePassword.h"

#include <QSqlQuery>

namespace omt {

namespace {
QString validity()
{
    return QStringLiteral("%1 days").arg(MemberAdministration::OneTimePasswordDays);
}

Result<QString> verifierFor(Database &database, const QString &username, const QString &password)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return ScramVerifier::compute(*db, username, password);
}
} // namespace

MemberAdministration::MemberAdministration(Database &database)
    : m_database(database)
{ }

Result<NewMember> MemberAdministration::add(const QString &username, Role role)
{
    return create(username, role, OneTimePassword::generate(), true);
}

Result<NewMember> MemberAdministration::addWithPassword(
    const QString &username, Role role, const QString &password)
{
    return create(username, role, password, false);
}

Result<NewMember> MemberAdministration::create(
    const QString &username, Role role, const QString &password, bool oneTime)
{
    auto verifier = verifierFor(m_database, username, password);
    if (!verifier)
        return verifier.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("adding the member %1").arg(username);
    const QVariant hash
        = oneTime ? QVariant(OneTimePassword::digest(password)) : QVariant(QMetaType::fromType<QByteArray>());
    auto query = sql->run(QStringLiteral("SELECT auth.add_member(?, ?, ?, ?, ?::interval),"
                                         " now() + ?::interval"),
        { username, *verifier, hash, role == Role::Admin, validity(), validity() }, context);
    if (!query)
        return ServerRefusals::reword(query.error(), username);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query, context); !read)
            return read.error();
        return Error::internal(tr("The server did not confirm the new member."), {});
    }
    NewMember member;
    member.id = query->value(0).toUuid();
    member.username = username;
    if (oneTime) {
        member.oneTimePassword = password;
        member.expiresAt = query->value(1).toDateTime();
    }
    return member;
}

Result<NewMember> MemberAdministration::resetPassword(const QString &username)
{
    const QString password = OneTimePassword::generate();
    auto verifier = verifierFor(m_database, username, password);
    if (!verifier)
        return verifier.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("giving %1 a one-time password").arg(username);
    auto query = sql->run(QStringLiteral("SELECT auth.reset_member_password(?, ?, ?, ?::interval),"
                                         " now() + ?::interval"),
        { username, *verifier, OneTimePassword::digest(password), validity(), validity() }, context);
    if (!query)
        return ServerRefusals::reword(query.error(), username);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query, context); !read)
            return read.error();
        return Error::internal(tr("The server did not confirm the new password."), {});
    }
    NewMember member;
    member.username = username;
    member.oneTimePassword = password;
    member.expiresAt = query->value(1).toDateTime();
    return member;
}

Result<void> MemberAdministration::setEnabled(const QString &username, bool enabled)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context
        = enabled ? tr("enabling the member %1").arg(username) : tr("disabling the member %1").arg(username);
    auto query
        = sql->run(QStringLiteral("SELECT auth.set_member_enabled(?, ?)"), { username, enabled }, context);
    if (!query)
        return ServerRefusals::reword(query.error(), username);
    return {};
}

Result<void> MemberAdministration::setRole(const QString &username, Role role)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("changing the role of %1").arg(username);
    auto query = sql->run(
        QStringLiteral("SELECT auth.set_member_role(?, ?)"), { username, toDbString(role) }, context);
    if (!query)
        return ServerRefusals::reword(query.error(), username);
    return {};
}

Result<QList<ServerMember>> MemberAdministration::members()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("listing the household's members");
    auto query = sql->run(QStringLiteral("SELECT username, role, is_active, password_pending, created_at,"
                                         " last_login_at FROM auth.members()"),
        {}, context);
    if (!query)
        return ServerRefusals::reword(query.error(), {});
    QList<ServerMember> result;
    while (query->next()) {
        ServerMember member;
        member.username = query->value(0).toString();
        const auto role = fromDbString<Role>(query->value(1).toString());
        member.role = role ? *role : Role::Member;
        member.isActive = query->value(2).toBool();
        member.passwordPending = query->value(3).toBool();
        member.createdAt = query->value(4).toDateTime();
        member.lastLoginAt = query->value(5).toDateTime();
        result.append(member);
    }
    if (auto read = sql->finishRows(*query, context); !read)
        return read.error();
    return result;
}

Result<QList<AccountEvent>> MemberAdministration::recentEvents(int count)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("reading the account record");
    auto query = sql->run(QStringLiteral("SELECT occurred_at, username, event, succeeded, reason, actor,"
                                         " client_address FROM auth.recent_events(?)"),
        { count }, context);
    if (!query)
        return ServerRefusals::reword(query.error(), {});
    QList<AccountEvent> result;
    while (query->next()) {
        AccountEvent event;
        event.occurredAt = query->value(0).toDateTime();
        event.username = query->value(1).toString();
        event.event = query->value(2).toString();
        event.succeeded = query->value(3).toBool();
        event.reason = query->value(4).toString();
        event.actor = query->value(5).toString();
        event.clientAddress = query->value(6).toString();
        result.append(event);
    }
    if (auto read = sql->finishRows(*query, context); !read)
        return read.error();
    return result;
}

} // namespace omt
