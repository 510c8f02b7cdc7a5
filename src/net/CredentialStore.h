#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace omt {

/// Secrets (a server profile's password, a provider's API key) in the
/// operating system's keychain: the Secret Service on Linux, the Keychain on
/// macOS, the Credential Manager on Windows, through QtKeychain (DESIGN §7).
///
/// Never anywhere else: QtKeychain's insecure fallback (a plain file) stays
/// off, so where no keychain is available every call fails with
/// Error::Code::Unavailable and a message saying that the secret will be
/// asked for each time; nothing is written.
///
/// The keychain may ask the person to unlock it, so every call is
/// asynchronous: `done` runs later on this object's thread, never inside the call.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    /// `service` groups the secrets of one application in the keychain.
    explicit CredentialStore(QString service, QObject *parent = nullptr);

    /// The secret stored under `key`, or an empty optional when none is.
    void read(const QString &key, std::function<void(Result<std::optional<QString>>)> done);
    /// Stores `secret` under `key`, replacing any it had.
    void write(const QString &key, const QString &secret, std::function<void(Result<void>)> done);
    /// Forgets the secret under `key`; forgetting one that is not there succeeds.
    void remove(const QString &key, std::function<void(Result<void>)> done);

private:
    template<typename T>
    void deliver(const std::function<void(Result<T>)> &done, Result<T> result);

    QString m_service;
};

} // namespace omt
