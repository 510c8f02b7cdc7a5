#include "ConnectionProfile.h"

#include <QFileInfo>

namespace omt {

QStringList ConnectionProfile::sslModes()
{
    return { QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require"),
        QStringLiteral("disable") };
}

QString ConnectionProfile::sslModeDescription(const QString &mode)
{
    if (mode == QLatin1String("verify-full"))
        return tr("Encrypted, certificate and server name verified");
    if (mode == QLatin1String("verify-ca"))
        return tr("Encrypted, certificate verified (any server name)");
    if (mode == QLatin1String("require"))
        return tr("Encrypted, certificate not verified");
    return tr("Not encrypted");
}

QString ConnectionProfile::defaultSslMode(const QString &host)
{
    return ConnectionSettings::isLocalHost(host) ? QStringLiteral("disable") : QStringLiteral("verify-full");
}

bool ConnectionProfile::isPlaintextOverNetwork() const
{
    return kind == Kind::Server && sslMode == QLatin1String("disable")
        && !ConnectionSettings::isLocalHost(host);
}

ConnectionProfile ConnectionProfile::libraryFile(const QString &path)
{
    ConnectionProfile profile;
    profile.kind = Kind::LibraryFile;
    profile.filePath = QFileInfo(path).absoluteFilePath();
    profile.id = fileProfileId(profile.filePath);
    profile.name = QFileInfo(profile.filePath).completeBaseName();
    return profile;
}

QUuid ConnectionProfile::fileProfileId(const QString &path)
{
    static const QUuid filesNamespace(QStringLiteral("{6f1c2a5e-0d47-4c1e-9b7a-3f0e8c2d9a41}"));
    return QUuid::createUuidV5(filesNamespace, QFileInfo(path).absoluteFilePath());
}

QString ConnectionProfile::keychainKey() const
{
    return QStringLiteral("server-profile/") + id.toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::displayName() const
{
    if (kind == Kind::LibraryFile)
        return name;
    return tr("%1 on %2 (%3)").arg(username, name, host);
}

Result<void> ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the connection a name."));
    if (kind == Kind::LibraryFile)
        return filePath.isEmpty() ? Result<void>(Error::invalidInput(tr("Choose a library file.")))
                                  : Result<void>();
    if (host.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the server's address."));
    if (port < 1 || port > 65535)
        return Error::invalidInput(tr("The port is a number from 1 to 65535."));
    if (databaseName.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the name of the household's database on the server."));
    if (username.trimmed().isEmpty())
        return Error::invalidInput(tr("Give your user name on the server."));
    if (!sslModes().contains(sslMode))
        return Error::invalidInput(tr("“%1” is not a TLS mode this program uses.").arg(sslMode));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        return Error::invalidInput(tr("The certificate authority file “%1” does not exist.").arg(caFile));
    return {};
}

ConnectionSettings ConnectionProfile::connectionSettings(const QString &password) const
{
    ConnectionSettings settings;
    if (kind == Kind::LibraryFile) {
        settings.backend = SqlDialect::Kind::SQLite;
        settings.sqlitePath = filePath;
        return settings;
    }
    settings.backend = SqlDialect::Kind::PostgreSQL;
    settings.host = host.trimmed();
    settings.port = port;
    settings.databaseName = databaseName.trimmed();
    settings.user = username.trimmed();
    settings.password = password;
    settings.sslMode = sslMode;
    settings.sslRootCert = caFile;
    return settings;
}

} // namespace omt
