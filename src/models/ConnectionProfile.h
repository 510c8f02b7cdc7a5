#pragma once

#include "core/Error.h"
#include "storage/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace omt {

/// Where the desktop application opens a library: a library file, or a
/// household server with the member who signs in. A profile never holds a
/// secret; a server's password lives in the keychain under keychainKey().
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(omt::ConnectionProfile)

public:
    enum class Kind { LibraryFile, Server };

    QUuid id;
    Kind kind = Kind::LibraryFile;
    /// What menus and titles show ("Home server"; a file's name).
    QString name;

    /// LibraryFile: the library's path.
    QString filePath;

    /// Server.
    QString host;
    int port = 5432;
    QString databaseName;
    QString username;
    /// libpq sslmode, one of sslModes(); prefer and allow are never used:
    /// they fall back to plaintext without saying so.
    QString sslMode = QStringLiteral("verify-full");
    /// The certificate authority that signed the server's certificate.
    QString caFile;
    /// Whether the password is kept in the keychain.
    bool rememberPassword = false;

    /// The TLS modes a profile may use, strictest first.
    static QStringList sslModes();
    /// What a mode does, for menus: "Encrypted, certificate and server name verified".
    static QString sslModeDescription(const QString &mode);
    /// verify-full, or disable for this computer's own server (loopback or a
    /// socket folder), where traffic never crosses a network.
    static QString defaultSslMode(const QString &host);
    /// Whether the profile would send passwords and data over a network
    /// unencrypted: only with an explicit choice, after a warning.
    bool isPlaintextOverNetwork() const;

    static ConnectionProfile libraryFile(const QString &path);
    /// A file profile's id follows from its path, so opening the same file
    /// twice finds the same profile.
    static QUuid fileProfileId(const QString &path);

    /// The key of this profile's password in the keychain.
    QString keychainKey() const;
    /// "reader1 on Home server (nas.local)".
    QString displayName() const;

    /// Checks what a person typed: a name, a host, a database, a user, a
    /// known TLS mode and an existing CA file.
    Result<void> validate() const;

    /// The connection to open, with `password` (empty for a file).
    ConnectionSettings connectionSettings(const QString &password = {}) const;
};

} // namespace omt
