#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::ConnectionSettings", text);
}

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                      QStringLiteral("prefer"), QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}
} // namespace

Result<ConnectionSettings> ConnectionSettings::parse(const QString &location)
{
    ConnectionSettings settings;
    const bool isUrl = location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
    if (!isUrl) {
        if (location.trimmed().isEmpty())
            return Error::invalidInput(tr("No library given."));
        settings.backend = SqlDialect::Kind::SQLite;
        settings.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(location));
        return settings;
    }

    // The password check comes first, on the raw text (QUrl forgets the parts
    // of an invalid address), and no message repeats the user information: a
    // password put there by mistake must not be echoed to the terminal.
    const qsizetype authorityStart = location.indexOf(QLatin1String("://")) + 3;
    const qsizetype authorityEnd = location.indexOf(QLatin1Char('/'), authorityStart);
    const QString authority = location.mid(authorityStart, authorityEnd < 0 ? -1 : authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const bool hasPassword = at >= 0 && authority.left(at).contains(QLatin1Char(':'));
    const QString withoutUser = location.left(authorityStart) + authority.mid(at + 1)
        + (authorityEnd < 0 ? QString() : location.mid(authorityEnd));
    const QUrl url(location, QUrl::StrictMode);
    if (hasPassword)
        return Error::invalidInput(
            tr("Do not put the password in the server address: it would be visible to other programs. "
               "It is asked for, or read from standard input."));
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalidInput(tr("“%1” is not a valid PostgreSQL address.").arg(withoutUser));

    settings.backend = SqlDialect::Kind::PostgreSQL;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.databaseName = url.path().mid(1);
    if (settings.databaseName.isEmpty())
        return Error::invalidInput(tr("The server address “%1” names no database.").arg(url.toDisplayString()));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return Error::invalidInput(tr("Unknown sslmode “%1”. Expected one of: %2.")
                                               .arg(value, sslModes().join(QStringLiteral(", "))));
            settings.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return Error::invalidInput(tr("connect_timeout must be a number of seconds from 1 to 600."));
            settings.connectTimeoutSeconds = seconds;
        } else {
            return Error::invalidInput(tr("Unknown option “%1” in the server address.").arg(key));
        }
    }
    return settings;
}

QString ConnectionSettings::displayName() const
{
    if (backend == SqlDialect::Kind::SQLite)
        return QDir::toNativeSeparators(sqlitePath);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toDisplayString();
}

} // namespace omt
