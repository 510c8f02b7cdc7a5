#include "ServerCommand.h"

#include "CliContext.h"
#include "storage/ServerCheck.h"
#include "storage/ServerSetup.h"

namespace omt::cli {

namespace {
QCommandLineOption adminOption()
{
    return QCommandLineOption(QStringLiteral("admin"),
        ServerCommand::tr("init: make this member the first administrator (their new password is read "
                          "after the superuser's)."),
        QStringLiteral("name"));
}
} // namespace

QString ServerCommand::summary() const
{
    return tr("Set up a household server (init) or check that it is safe (check).");
}

QString ServerCommand::description() const
{
    return tr("server init: as the PostgreSQL superuser (--db postgresql://postgres@host/database), "
              "creates or upgrades the household's schema, roles, row-level security and functions, "
              "and makes --admin NAME its first administrator. Running it again is safe.\n"
              "server check: reports row-level security, what members own and may create, "
              "pg_hba.conf, TLS and auth_delay; exits with 1 when something is unsafe.");
}

QList<QCommandLineOption> ServerCommand::options() const
{
    return { adminOption() };
}

void ServerCommand::addPositionalArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("init or check."), QStringLiteral("init|check"));
}

int ServerCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList words = arguments(parser);
    if (words.size() != 1)
        return context.usage(tr("server needs one action: init or check."));
    if (words.first() == QLatin1String("init"))
        return init(context, parser);
    if (parser.isSet(adminOption()))
        return context.usage(tr("--admin is for server init."));
    if (words.first() == QLatin1String("check"))
        return check(context);
    return context.usage(tr("Unknown server action “%1”: use init or check.").arg(words.first()));
}

int ServerCommand::init(CliContext &context, const QCommandLineParser &parser)
{
    if (auto stop = context.open(CliContext::Open::ForWriting, CliContext::Account::ConnectOnly))
        return *stop;
    Database &database = context.database();
    if (database.kind() != SqlDialect::Kind::PostgreSQL)
        return context.usage(tr("server init sets up a PostgreSQL database; give --db postgresql://…"));
    ServerSetup setup(database);
    if (auto superuser = setup.requireSuperuser(); !superuser)
        return context.fail(superuser.error());

    const QString admin = parser.value(adminOption());
    QString adminPassword;
    if (!admin.isEmpty()) {
        auto exists = setup.hasMember(admin);
        if (!exists)
            return context.fail(exists.error());
        if (!*exists) {
            auto password = context.readNewPassword(admin);
            if (!password)
                return context.fail(password.error());
            adminPassword = *password;
        }
    } else {
        auto hasAdmin = setup.hasAdministrator();
        if (!hasAdmin)
            return context.fail(hasAdmin.error());
        if (!*hasAdmin)
            return context.usage(tr("The household has no administrator yet: add --admin NAME."));
    }

    auto report = setup.initialize(admin, adminPassword);
    if (!report)
        return context.fail(report.error());
    const QString location = database.settings().displayName();
    if (report->versionBefore == 0)
        context.out()
            << tr("Set up the household server %1 (version %2).").arg(location).arg(report->versionAfter)
            << '\n';
    else if (report->versionBefore < report->versionAfter)
        context.out() << tr("Updated the household server %1 from version %2 to %3.")
                             .arg(location)
                             .arg(report->versionBefore)
                             .arg(report->versionAfter)
                      << '\n';
    else
        context.out() << tr("The household server %1 is up to date (version %2); its roles, grants and "
                            "row-level security were applied again.")
                             .arg(location)
                             .arg(report->versionAfter)
                      << '\n';
    if (report->adminCreated)
        context.out() << tr("%1 is its administrator.").arg(admin) << '\n';
    return ExitOk;
}

int ServerCommand::check(CliContext &context)
{
    if (auto stop = context.open(CliContext::Open::Existing, CliContext::Account::ConnectOnly))
        return *stop;
    if (context.database().kind() != SqlDialect::Kind::PostgreSQL)
        return context.usage(tr("server check looks at a PostgreSQL server; give --db postgresql://…"));
    auto findings = ServerCheck(context.database()).run();
    if (!findings)
        return context.fail(findings.error());
    int unsafe = 0;
    for (const ServerFinding &finding : *findings) {
        QString mark;
        switch (finding.severity) {
        case ServerFinding::Severity::Fine: mark = tr("ok"); break;
        case ServerFinding::Severity::Advice: mark = tr("advice"); break;
        case ServerFinding::Severity::Unsafe:
            mark = tr("UNSAFE");
            ++unsafe;
            break;
        }
        context.out() << mark << '\t' << finding.text << '\n';
    }
    if (unsafe > 0) {
        context.out().flush();
        context.printError(tr("The server is not safe: %n problem(s) above.", nullptr, unsafe));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace omt::cli
