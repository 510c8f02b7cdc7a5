#include "CliContext.h"

#include "CliCommand.h"
#include "Console.h"
#include "storage/LibraryOpening.h"
#include "storage/Migrator.h"
#include "storage/ServerAccount.h"

#include <QSysInfo>

#include <cstdio>

namespace omt::cli {

CliContext::CliContext(QString applicationName, QString location, bool verbose, bool readOnly)
    : m_applicationName(std::move(applicationName))
    , m_location(std::move(location))
    , m_verbose(verbose)
    , m_readOnly(readOnly)
    , m_out(stdout)
{ }

CliContext::~CliContext()
{
    if (m_database && !m_sessionToken.isEmpty())
        (void)ServerAccount(*m_database).signOut(m_sessionToken);
    m_out.flush();
}

void CliContext::printError(const QString &message)
{
    m_out.flush();
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Messages quote names and titles from the library and the command line.
    const QString line
        = m_applicationName + QStringLiteral(": ") + Console::printable(text, Console::Backslashes::Keep);
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

int CliContext::fail(const Error &error)
{
    QString message = m_verbose ? error.toString() : error.message;
    if (error.code == Error::Code::Corrupt)
        message += QLatin1Char(' ')
            + tr("Run “%1 --db %2 check” for a report.")
                  .arg(m_applicationName, ConnectionSettings::redacted(m_location));
    printError(message);
    return ExitFailure;
}

int CliContext::finish(int exitCode)
{
    // A statement that found damaged pages while its caller went on with
    // the rows it had (see SqlConnection::finishRows) still makes the
    // command fail: its output may be incomplete.
    if (exitCode == ExitOk && m_database && m_database->health().damageSeen())
        return fail(Error { Error::Code::Corrupt,
            tr("The library is damaged: part of its file could not be read, "
               "so the output above may be incomplete."),
            {}, {} });
    return exitCode;
}

int CliContext::usage(const QString &message)
{
    printError(message);
    return ExitUsage;
}

std::optional<int> CliContext::open(Open mode, Account account)
{
    if (m_location.isEmpty())
        return usage(
            tr("No library given: add --db PATH (a SQLite file) or --db postgresql://user@host/database."));
    auto parsed = ConnectionSettings::parse(m_location);
    if (!parsed)
        return usage(parsed.error().message);
    ConnectionSettings settings = *parsed;
    settings.createIfMissing = mode == Open::CreateIfMissing;
    settings.readOnly = m_readOnly;
    if (m_readOnly && settings.backend != SqlDialect::Kind::SQLite)
        return usage(tr("--read-only is for library files; on a server, rights come with the account."));

    m_database = std::make_unique<Database>(settings);
    auto connection = m_database->connection();
    const bool asksForPassword = !connection && connection.error().code == Error::Code::AccessDenied
        && settings.backend == SqlDialect::Kind::PostgreSQL && settings.password.isEmpty();
    if (asksForPassword) {
        auto password = Console::readSecret(tr("Password for %1: ").arg(settings.displayName()));
        if (!password)
            return fail(password.error());
        settings.password = *password;
        m_database = std::make_unique<Database>(settings);
        connection = m_database->connection();
    }
    if (!connection)
        return fail(connection.error());
    if (settings.backend == SqlDialect::Kind::PostgreSQL && account == Account::SignIn) {
        if (auto stop = signIn())
            return stop;
    }
    if (mode != Open::Existing && m_database->isReadOnly())
        return fail(Error { Error::Code::AccessDenied,
            tr("The library %1 is read-only (on read-only media, without write permission, or "
               "opened with --read-only); this command changes it.")
                .arg(m_database->settings().displayName()),
            {}, {} });
    return std::nullopt;
}

std::optional<int> CliContext::signIn()
{
    // A library on PostgreSQL that is not a household server (made with
    // init, used by its superuser) has nobody to sign in as.
    auto isServer = ServerAccount(*m_database).isHouseholdServer();
    if (!isServer)
        return fail(isServer.error());
    if (!*isServer)
        return std::nullopt;

    const QString version = QCoreApplication::applicationVersion() + QStringLiteral(" (command line)");
    auto signedIn = ServerAccount(*m_database).signIn(QSysInfo::machineHostName(), version);
    if (!signedIn)
        return fail(signedIn.error());
    if (signedIn->status != SignIn::Status::SignedIn) {
        Error refusal = ServerAccount::refusal(*signedIn, m_database->settings().user);
        if (signedIn->status == SignIn::Status::PasswordChangeRequired)
            refusal.message += QLatin1Char(' ')
                + tr("Run “%1 --db %2 user passwd”.")
                      .arg(m_applicationName, ConnectionSettings::redacted(m_location));
        return fail(refusal);
    }
    m_sessionToken = signedIn->sessionToken;
    m_memberId = signedIn->userId;
    return std::nullopt;
}

Result<QString> CliContext::readNewPassword(const QString &whose)
{
    auto password = Console::readSecret(tr("New password for %1: ").arg(whose));
    if (!password)
        return password;
    if (password->isEmpty())
        return Error::invalidInput(tr("The new password is empty."));
    if (Console::stdinIsTerminal()) {
        auto again = Console::readSecret(tr("The same again: "));
        if (!again)
            return again;
        if (*again != *password)
            return Error::invalidInput(tr("The two passwords differ; nothing was changed."));
    }
    return password;
}

std::optional<int> CliContext::requireCurrentSchema()
{
    Migrator migrator(*m_database);
    if (auto checked = migrator.checkNotNewer(); !checked)
        return fail(checked.error());
    auto version = migrator.currentVersion();
    if (!version)
        return fail(version.error());
    const QString location = m_database->settings().displayName();
    if (*version == 0)
        return fail(Error { Error::Code::NotFound,
            tr("There is no library in %1 yet; create it with the init command.").arg(location), {}, {} });
    if (*version < migrator.latestVersion() && !m_sessionToken.isEmpty())
        // A member cannot update a server; its administrator can.
        return fail(LibraryOpening::outdatedServer(location, *version, migrator.latestVersion()));
    if (*version < migrator.latestVersion())
        return fail(Error { Error::Code::Unavailable,
            tr("The library %1 needs an update (version %2 to %3); run the init command.")
                .arg(location)
                .arg(*version)
                .arg(migrator.latestVersion()),
            {}, {} });
    return std::nullopt;
}

} // namespace omt::cli
