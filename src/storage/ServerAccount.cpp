#include "ServerAccount.h"

#include "Database.h"
#include "ScramVerifier.h"
#include "ServerRefusals.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace omt {

namespace {
QByteArray newSessionToken()
{
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(token.begin(), token.end());
    return token;
}

QByteArray digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

SignIn::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("ok"))
        return SignIn::Status::SignedIn;
    if (text == QLatin1String("password_change_required"))
        return SignIn::Status::PasswordChangeRequired;
    if (text == QLatin1String("one_time_password_expired"))
        return SignIn::Status::OneTimePasswordExpired;
    if (text == QLatin1String("disabled"))
        return SignIn::Status::Disabled;
    return SignIn::Status::NotAMember;
}
} // namespace

ServerAccount::ServerAccount(Database &database)
    : m_database(database)
{ }

Result<bool> ServerAccount::isHouseholdServer()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("connecting");
    auto query = sql->run(
        QStringLiteral("SELECT to_regprocedure('auth.sign_in(text,text,bytea)') IS NOT NULL"), {}, context);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query, context); !read)
            return read.error();
        return false;
    }
    return query->value(0).toBool();
}

Result<SignIn> ServerAccount::signIn(const QString &deviceName, const QString &clientVersion)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("signing in");
    const QByteArray token = newSessionToken();
    auto query = sql->run(QStringLiteral("SELECT status, user_id, role FROM auth.sign_in(?, ?, ?)"),
        { deviceName, clientVersion, digest(token) }, context);
    if (!query) {
        // A database that is not a household server has no auth.sign_in().
        if (query.error().detail.contains(QLatin1String("[42883]"))
            || query.error().detail.contains(QLatin1String("[3F000]")))
            return Error { Error::Code::NotFound,
                tr("%1 is not a household server: nobody has set it up with “server init” yet.")
                    .arg(m_database.settings().displayName()),
                query.error().detail, {} };
        return query.error();
    }
    if (!query->next()) {
        if (auto read = sql->finishRows(*query, context); !read)
            return read.error();
        return Error::internal(tr("The server did not answer the sign-in."), {});
    }
    SignIn result;
    result.status = statusFrom(query->value(0).toString());
    result.userId = query->value(1).toUuid();
    const auto role = fromDbString<Role>(query->value(2).toString());
    result.role = role ? *role : Role::Member;
    if (result.status == SignIn::Status::SignedIn)
        result.sessionToken = token;
    return result;
}

Error ServerAccount::refusal(const SignIn &signIn, const QString &username)
{
    switch (signIn.status) {
    case SignIn::Status::SignedIn: break;
    case SignIn::Status::PasswordChangeRequired:
        return Error { Error::Code::AccessDenied,
            tr("%1 is still signing in with a one-time password; choose your own password first.")
                .arg(username),
            {}, QStringLiteral("password_change_required") };
    case SignIn::Status::OneTimePasswordExpired:
        return Error { Error::Code::AccessDenied,
            tr("The one-time password of %1 has expired; ask an administrator for a new one.").arg(username),
            {}, QStringLiteral("one_time_password_expired") };
    case SignIn::Status::NotAMember:
        return Error { Error::Code::AccessDenied, tr("%1 is not a member of this household.").arg(username),
            {}, QStringLiteral("not_a_member") };
    case SignIn::Status::Disabled:
        return Error { Error::Code::AccessDenied,
            tr("The account %1 is disabled; an administrator can enable it again.").arg(username), {},
            QStringLiteral("disabled") };
    }
    return Error::internal(tr("The sign-in succeeded."), {});
}

Result<void> ServerAccount::touch(const QByteArray &sessionToken)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("SELECT auth.touch_session(?)"), { digest(sessionToken) },
        tr("keeping the session open"));
    if (!query)
        return query.error();
    return {};
}

Result<void> ServerAccount::signOut(const QByteArray &sessionToken)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query
        = sql->run(QStringLiteral("SELECT auth.sign_out(?)"), { digest(sessionToken) }, tr("signing out"));
    if (!query)
        return query.error();
    return {};
}

Result<void> ServerAccount::changePassword(const QString &newPassword)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString username = m_database.settings().user;
    auto verifier = ScramVerifier::compute(*db, username, newPassword);
    if (!verifier)
        return verifier.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(
        QStringLiteral("SELECT auth.set_own_password(?)"), { *verifier }, tr("changing the password"));
    if (!query)
        return ServerRefusals::reword(query.error(), username);
    // Connections opened later (another thread's, a reconnect) need the new one.
    m_database.replacePassword(newPassword);
    return {};
}

Result<QList<AccountSession>> ServerAccount::sessions()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("listing your sessions");
    auto query = sql->run(QStringLiteral("SELECT device_name, client_version, started_at, last_seen_at,"
                                         " ended_at FROM auth.my_sessions()"),
        {}, context);
    if (!query)
        return query.error();
    QList<AccountSession> result;
    while (query->next())
        result.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toDateTime(),
            query->value(3).toDateTime(), query->value(4).toDateTime() });
    if (auto read = sql->finishRows(*query, context); !read)
        return read.error();
    return result;
}

} // namespace omt
