#include "UserCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "storage/MemberAdministration.h"
#include "storage/ServerAccount.h"

#include <QLocale>

namespace omt::cli {

namespace {
constexpr int DefaultEvents = 50;
constexpr int MaxEvents = 10000;

QCommandLineOption adminOption()
{
    return QCommandLineOption(
        QStringLiteral("admin"), UserCommand::tr("add: make the new member an administrator."));
}

QCommandLineOption limitOption()
{
    return QCommandLineOption(QStringLiteral("limit"),
        UserCommand::tr("events: show the newest N (default %1).").arg(DefaultEvents), QStringLiteral("N"),
        QString::number(DefaultEvents));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

/// How many words each action takes after its name.
int wordsFor(const QString &action)
{
    if (action == QLatin1String("add") || action == QLatin1String("reset")
        || action == QLatin1String("disable") || action == QLatin1String("enable"))
        return 1;
    if (action == QLatin1String("role"))
        return 2;
    if (action == QLatin1String("passwd") || action == QLatin1String("list")
        || action == QLatin1String("events"))
        return 0;
    return -1;
}
} // namespace

QString UserCommand::summary() const
{
    return tr(
        "Manage a household server's members (add, reset, passwd, disable, enable, role, list, events).");
}

QString UserCommand::description() const
{
    return tr(
        "Run as a member of the household: --db postgresql://NAME@host/database.\n"
        "  user add NAME [--admin]   make a member; prints their one-time password last\n"
        "  user reset NAME           give a member a new one-time password\n"
        "  user passwd               change your own password (reads the current one, then the new one)\n"
        "  user disable NAME         stop a member from signing in and end their connections\n"
        "  user enable NAME          let a disabled member sign in again\n"
        "  user role NAME admin|member\n"
        "  user list                 the members, tab-separated\n"
        "  user events [--limit N]   the newest entries of the account record\n"
        "All but passwd are for administrators.");
}

QList<QCommandLineOption> UserCommand::options() const
{
    return { adminOption(), limitOption() };
}

void UserCommand::addPositionalArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("add, reset, passwd, disable, enable, role, list or events."),
        QStringLiteral("action [arguments]"));
}

int UserCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList words = arguments(parser);
    if (words.isEmpty())
        return context.usage(
            tr("user needs an action: add, reset, passwd, disable, enable, role, list or events."));
    const QString &action = words.first();
    const int expected = wordsFor(action);
    if (expected < 0)
        return context.usage(tr("Unknown user action “%1”.").arg(action));
    if (words.size() - 1 != expected)
        return context.usage(tr("user %1 takes %n argument(s).", nullptr, expected).arg(action));
    if (parser.isSet(adminOption()) && action != QLatin1String("add"))
        return context.usage(tr("--admin is for user add."));
    if (parser.isSet(limitOption()) && action != QLatin1String("events"))
        return context.usage(tr("--limit is for user events."));
    int limit = DefaultEvents;
    if (action == QLatin1String("events")) {
        bool ok = false;
        limit = parser.value(limitOption()).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxEvents)
            return context.usage(tr("--limit must be a number from 1 to %1.").arg(MaxEvents));
    }

    if (action == QLatin1String("passwd"))
        return passwd(context);
    if (auto stop = context.open(CliContext::Open::ForWriting))
        return *stop;
    if (context.database().kind() != SqlDialect::Kind::PostgreSQL)
        return context.usage(tr("Members live on a household server; give --db postgresql://…"));

    MemberAdministration administration(context.database());
    if (action == QLatin1String("add"))
        return add(context, words.at(1), parser.isSet(adminOption()));
    if (action == QLatin1String("reset"))
        return reset(context, words.at(1));
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        if (auto done = administration.setEnabled(words.at(1), enable); !done)
            return context.fail(done.error());
        context.out() << (enable ? tr("%1 can sign in again.")
                                 : tr("%1 is disabled and signed out everywhere."))
                             .arg(words.at(1))
                      << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("role")) {
        const auto role = fromDbString<Role>(words.at(2));
        if (!role)
            return context.usage(tr("A member's role is admin or member, not “%1”.").arg(words.at(2)));
        if (auto done = administration.setRole(words.at(1), *role); !done)
            return context.fail(done.error());
        context.out() << tr("%1 is now %2.").arg(words.at(1), displayName(*role)) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("list"))
        return list(context);
    return events(context, limit);
}

int UserCommand::add(CliContext &context, const QString &username, bool admin)
{
    auto member = MemberAdministration(context.database()).add(username, admin ? Role::Admin : Role::Member);
    if (!member)
        return context.fail(member.error());
    context.out() << tr("Added %1 (%2). They sign in with this one-time password and then choose their own, "
                        "before %3:")
                         .arg(username, displayName(admin ? Role::Admin : Role::Member),
                             timeText(member->expiresAt))
                  << '\n'
                  << member->oneTimePassword << '\n';
    return ExitOk;
}

int UserCommand::reset(CliContext &context, const QString &username)
{
    auto member = MemberAdministration(context.database()).resetPassword(username);
    if (!member)
        return context.fail(member.error());
    context.out() << tr("%1's password no longer works. Their new one-time password, valid until %2:")
                         .arg(username, timeText(member->expiresAt))
                  << '\n'
                  << member->oneTimePassword << '\n';
    return ExitOk;
}

int UserCommand::passwd(CliContext &context)
{
    // The current password is the one the connection is made with.
    if (auto stop = context.open(CliContext::Open::ForWriting, CliContext::Account::ConnectOnly))
        return *stop;
    Database &database = context.database();
    if (database.kind() != SqlDialect::Kind::PostgreSQL)
        return context.usage(tr("Passwords belong to household servers; give --db postgresql://NAME@…"));
    const QString username = database.settings().user;
    auto password = context.readNewPassword(username);
    if (!password)
        return context.fail(password.error());
    if (auto changed = ServerAccount(database).changePassword(*password); !changed)
        return context.fail(changed.error());
    context.out() << tr("The password of %1 is changed.").arg(username) << '\n';
    return ExitOk;
}

int UserCommand::list(CliContext &context)
{
    auto members = MemberAdministration(context.database()).members();
    if (!members)
        return context.fail(members.error());
    for (const ServerMember &member : *members)
        context.out() << Console::printable(member.username) << '\t' << toDbString(member.role) << '\t'
                      << (member.isActive ? QStringLiteral("active") : QStringLiteral("disabled")) << '\t'
                      << (member.passwordPending ? QStringLiteral("one-time-password")
                                                 : QStringLiteral("own-password"))
                      << '\t' << timeText(member.lastLoginAt) << '\n';
    return ExitOk;
}

int UserCommand::events(CliContext &context, int count)
{
    auto events = MemberAdministration(context.database()).recentEvents(count);
    if (!events)
        return context.fail(events.error());
    for (const AccountEvent &event : *events)
        context.out() << timeText(event.occurredAt) << '\t' << Console::printable(event.username) << '\t'
                      << event.event << '\t'
                      << (event.succeeded ? QStringLiteral("ok") : QStringLiteral("failed")) << '\t'
                      << Console::printable(event.reason) << '\t' << Console::printable(event.actor) << '\t'
                      << Console::printable(event.clientAddress) << '\n';
    return ExitOk;
}

} // namespace omt::cli
