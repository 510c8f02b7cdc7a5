#include "CliContext.h"

#include "CliCommand.h"
#include "Console.h"
#include "storage/Migrator.h"

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

std::optional<int> CliContext::open(Open mode)
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
    if (mode != Open::Existing && m_database->isReadOnly())
        return fail(Error { Error::Code::AccessDenied,
            tr("The library %1 is read-only (on read-only media, without write permission, or "
               "opened with --read-only); this command changes it.")
                .arg(m_database->settings().displayName()),
            {}, {} });
    return std::nullopt;
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
