#include "ConnectionMonitor.h"

#include "LibraryService.h"
#include "storage/AsyncStorage.h"
#include "storage/ServerAccount.h"

#include <chrono>

namespace omt {

ConnectionMonitor::ConnectionMonitor(LibraryService &service, QByteArray sessionToken, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_sessionToken(std::move(sessionToken))
{
    m_heartbeat.setInterval(std::chrono::seconds(HeartbeatSeconds));
    connect(&m_heartbeat, &QTimer::timeout, this, &ConnectionMonitor::beat);
    m_heartbeat.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionMonitor::attempt);
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionMonitor::waiting);
    connect(&m_service, &LibraryService::connectionLost, this, &ConnectionMonitor::noticeFailure);
    connect(&m_service, &LibraryService::failed, this, [this](const Error &error) {
        if (LibraryService::isConnectionFailure(error))
            noticeFailure(error);
    });
}

int ConnectionMonitor::secondsUntilRetry() const
{
    return m_retry.isActive() ? (m_retry.remainingTime() + 999) / 1000 : 0;
}

void ConnectionMonitor::beat()
{
    if (m_lost)
        return;
    const QByteArray token = m_sessionToken;
    m_service.storage().run([token](Repositories &r) { return ServerAccount(r.database).touch(token); }, this,
        [this](const Result<void> &touched) {
            if (!touched && LibraryService::isConnectionFailure(touched.error()))
                noticeFailure(touched.error());
            else if (touched)
                Q_EMIT alive();
        });
}

void ConnectionMonitor::noticeFailure(const Error &error)
{
    m_error = error;
    if (m_lost)
        return;
    m_lost = true;
    m_attempts = 0;
    m_service.setHoldingWrites(true);
    Q_EMIT lost(error);
    scheduleAttempt();
}

void ConnectionMonitor::scheduleAttempt()
{
    const int seconds = std::min(MaxBackoffSeconds, 1 << std::min(m_attempts, 5));
    m_retry.start(std::chrono::seconds(seconds));
    m_countdown.start();
    Q_EMIT waiting();
}

void ConnectionMonitor::retryNow()
{
    if (!m_lost || m_attempting)
        return;
    m_retry.stop();
    attempt();
}

void ConnectionMonitor::attempt()
{
    m_attempting = true;
    m_countdown.stop();
    ++m_attempts;
    const QByteArray token = m_sessionToken;
    m_service.storage().run(
        [token](Repositories &r) {
            // A connection the server dropped is noticed by its first
            // statement, which closes it; the second opens a new one.
            auto touched = ServerAccount(r.database).touch(token);
            if (!touched && touched.error().subject == QLatin1String("connection_lost"))
                touched = ServerAccount(r.database).touch(token);
            return touched;
        },
        this,
        [this](const Result<void> &touched) {
            m_attempting = false;
            if (!touched) {
                // Still gone, or the server refuses this session now (the
                // password changed elsewhere, the account was disabled): the
                // edits stay held, the banner says why, and it tries again.
                m_error = touched.error();
                scheduleAttempt();
                return;
            }
            m_lost = false;
            m_countdown.stop();
            m_service.setHoldingWrites(false);
            m_service.retryHeldWrites();
            Q_EMIT restored();
            Q_EMIT alive();
        });
}

} // namespace omt
