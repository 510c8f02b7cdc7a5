#include "ConnectionSettings.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace omt {

namespace {
const QStringList &sslModes()
{
    static const QStringList modes
        = { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
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
    // of an invalid address, and a password holding '/' ends QUrl's user
    // information early). No message repeats the address unredacted: a
    // password put there by mistake must not be echoed to the terminal.
    const qsizetype authorityStart = location.indexOf(QLatin1String("://")) + 3;
    const qsizetype at = location.lastIndexOf(QLatin1Char('@'));
    const bool hasPassword
        = at > authorityStart && location.mid(authorityStart, at - authorityStart).contains(QLatin1Char(':'));
    if (hasPassword)
        return Error::invalidInput(
            tr("Do not put the password in the server address: it would be visible to other programs. "
               "It is asked for, or read from standard input."));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalidInput(tr("“%1” is not a valid PostgreSQL address.").arg(redacted(location)));

    settings.backend = SqlDialect::Kind::PostgreSQL;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.databaseName = url.path().mid(1);
    if (settings.databaseName.isEmpty())
        return Error::invalidInput(tr("The server address “%1” names no database.").arg(redacted(location)));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return Error::invalidInput(tr("Unknown sslmode “%1”. Expected one of: %2.")
                                               .arg(value, sslModes().join(QStringLiteral(", "))));
            settings.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.isEmpty())
                return Error::invalidInput(tr("sslrootcert must name the file of a certificate authority."));
            settings.sslRootCert = QDir::cleanPath(QDir::current().absoluteFilePath(value));
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

bool ConnectionSettings::isLocalHost(const QString &host)
{
    static const QRegularExpression loopbackV4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")
        || host == QLatin1String("[::1]") || loopbackV4.match(host).hasMatch()
        || host.startsWith(QLatin1Char('/'));
}

QString ConnectionSettings::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isLocalHost(host) ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString ConnectionSettings::redacted(const QString &location)
{
    const qsizetype schemeEnd = location.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return location; // a file path
    const qsizetype authorityStart = schemeEnd + 3;
    const QString hidden = QStringLiteral("***");
    QString result = location.left(authorityStart);
    QString rest = location.mid(authorityStart);
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        result += colon < 0 ? userInfo : userInfo.left(colon) + QLatin1Char(':') + hidden;
        result += QLatin1Char('@');
        rest = rest.mid(at + 1);
    }
    // Without an '@' a password cannot be told from a port: anything after a
    // colon in the host part that is not a port number is hidden.
    const qsizetype hostEnd = [&rest] {
        const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
        return end < 0 ? rest.size() : end;
    }();
    const QString hostPart = rest.left(hostEnd);
    const qsizetype colon = hostPart.lastIndexOf(QLatin1Char(':'));
    static const QRegularExpression port(QStringLiteral("^[0-9]*$"));
    const bool bracketedIpv6 = hostPart.endsWith(QLatin1Char(']'));
    if (colon >= 0 && !bracketedIpv6 && !port.match(hostPart.mid(colon + 1)).hasMatch())
        return result + hostPart.left(colon) + QLatin1Char(':') + hidden;
    return result + rest;
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
