#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace omt {

namespace {
/// Whether the keychain service itself cannot be reached. On Linux,
/// QtKeychain reports a session bus or Secret Service that is not there as
/// an "other" error with the text of libsecret's D-Bus failure.
bool keychainMissing(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return true;
    if (job.error() != QKeychain::OtherError)
        return false;
    const QString text = job.errorString();
    for (const char *sign :
        { "Could not connect", "org.freedesktop.secrets", "D-Bus", "DBus", "autolaunch" }) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// What the keychain's refusal means to the person, and what happens next.
Error keychainError(const QKeychain::Job &job, const QString &doing)
{
    const QString detail = job.errorString();
    if (keychainMissing(job))
        return Error { Error::Code::Unavailable,
            CredentialStore::tr("No keychain is available on this computer, so passwords cannot be "
                                "remembered: they are asked for each time."),
            detail, QStringLiteral("no_keychain") };
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return Error { Error::Code::AccessDenied,
            CredentialStore::tr("The keychain was not unlocked while %1.").arg(doing), detail,
            QStringLiteral("keychain_locked") };
    case QKeychain::AccessDenied:
        return Error { Error::Code::AccessDenied,
            CredentialStore::tr("The keychain refused access while %1.").arg(doing), detail,
            QStringLiteral("keychain_denied") };
    default:
        return Error { Error::Code::Internal,
            CredentialStore::tr("The keychain reported an error while %1.").arg(doing), detail,
            QStringLiteral("keychain") };
    }
}

/// Sets the job up the same way for every call: no insecure fallback, and
/// deleted once its result has been delivered.
template<typename JobType>
JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void CredentialStore::read(const QString &key, std::function<void(Result<std::optional<QString>>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        const auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        Result<std::optional<QString>> result = std::optional<QString> {};
        if (reading->error() == QKeychain::NoError)
            result = std::optional<QString> { reading->textData() };
        else if (reading->error() != QKeychain::EntryNotFound)
            result = keychainError(*reading, tr("reading a password"));
        deliver(done, std::move(result));
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        Result<void> result;
        if (finished->error() != QKeychain::NoError)
            result = keychainError(*finished, tr("storing a password"));
        deliver(done, std::move(result));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *finished) {
        Result<void> result;
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            result = keychainError(*finished, tr("forgetting a password"));
        deliver(done, std::move(result));
    });
    job->start();
}

template<typename T>
void CredentialStore::deliver(const std::function<void(Result<T>)> &done, Result<T> result)
{
    // A job may finish inside start() (no keychain at all): the caller is
    // still in the call, so the answer waits for the event loop.
    QMetaObject::invokeMethod(
        this, [done, result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace omt
