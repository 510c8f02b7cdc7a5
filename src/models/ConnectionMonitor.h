#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace omt {

class LibraryService;

/// Watches the connection to a household server and brings it back. A
/// heartbeat (which also keeps the session's last-seen time fresh) and every
/// write notice when the server is gone; then writes are held, and the
/// connection is tried again after 1, 2, 4 … at most MaxBackoffSeconds
/// seconds, or at once when asked. When it is back, held writes run, and
/// restored() tells the views to read again what they may have missed.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int HeartbeatSeconds = 30;
    static constexpr int MaxBackoffSeconds = 30;

    ConnectionMonitor(LibraryService &service, QByteArray sessionToken, QObject *parent = nullptr);

    bool isLost() const { return m_lost; }
    /// Seconds until the next attempt while lost.
    int secondsUntilRetry() const;
    /// Why the connection is lost, while it is: the connection's failure, or
    /// the server's refusal of the session when it answered again.
    const Error &lastError() const { return m_error; }

    /// Tries the connection now (the banner's button), unless an attempt runs.
    void retryNow();

Q_SIGNALS:
    void lost(const omt::Error &error);
    /// Another attempt failed, or the countdown to the next one moved.
    void waiting();
    void restored();
    /// A heartbeat or an attempt reached the server (possibly over a new
    /// connection, after a read noticed the old one gone).
    void alive();

private:
    void beat();
    void noticeFailure(const Error &error);
    void attempt();
    void scheduleAttempt();

    LibraryService &m_service;
    QByteArray m_sessionToken;
    QTimer m_heartbeat;
    QTimer m_retry;
    QTimer m_countdown;
    bool m_lost = false;
    bool m_attempting = false;
    int m_attempts = 0;
    Error m_error;
};

} // namespace omt
