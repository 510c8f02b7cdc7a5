#include "CliContext.h"

#include "CliCommand.h"
#include "Console.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

#include <cstdio>

namespace omt::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::cli::CliContext", text);
}
} // namespace

CliContext::CliContext(QString applicationName, QString location, bool verbose)
    : m_applicationName(std::move(applicationName))
    , m_location(std::move(location))
    , m_verbose(verbose)
    , m_out(stdout)
{ }

CliContext::~CliContext()
{
    m_out.flush();
}

void CliContext::printError(const QString &message)
{
    m_out.flush();
    QString line = m_applicationName + QStringLiteral(": ") + message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

int CliContext::fail(const Error &error)
{
    printError(m_verbose ? error.toString() : error.message);
    return ExitFailure;
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
