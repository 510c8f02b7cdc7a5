#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

namespace omt::test {

namespace detail {
struct LocalHttpState;
class LocalHttpThread;
} // namespace detail

/// What the server answers for one path. The defaults are a plain `200 OK`
/// with an empty body; every field can be bent to imitate a misbehaving host.
struct HttpRoute
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    /// Extra response headers, sent as given (e.g. {"Location", "..."}).
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Content-Length sent instead of body.size(). The body itself is sent
    /// whole, and the connection is closed after it (unannounced), since the
    /// framing no longer tells where the next response would start.
    std::optional<qint64> declaredLength;
    /// Transfer-Encoding: chunked, no Content-Length.
    bool chunked = false;
    /// Wait this long before sending the response head.
    int delayMs = 0;
    /// > 0: the body goes out one byte per interval, the first byte one
    /// interval after the head (a "slow drip").
    int dripIntervalMs = 0;

    /// A `status` redirect to `target` (empty body).
    static HttpRoute redirect(const QUrl &target, int status = 302);
    /// A 200 with this content type and body.
    static HttpRoute ok(const QByteArray &contentType, const QByteArray &body);
};

/// A scriptable HTTP/1.1 (or HTTPS) server on 127.0.0.1, any free port, for
/// tests of network clients. It runs on its own thread, so a test that blocks
/// or spins its own event loop does not starve it; every method may be called
/// from any thread. Connections are kept alive (several requests each, in
/// order) unless the request says `Connection: close`. Unknown paths get a
/// 404 with a short text body. Routes and counters are keyed by the URL path
/// without its query.
class LocalHttpServer
{
public:
    enum class Scheme { Http, Https };

    explicit LocalHttpServer(Scheme scheme = Scheme::Http);
    /// Stops the thread and drops every open connection.
    ~LocalHttpServer();
    LocalHttpServer(const LocalHttpServer &) = delete;
    LocalHttpServer &operator=(const LocalHttpServer &) = delete;

    /// Listens on 127.0.0.1 on a free port; false (and a warning) on failure.
    bool start();
    Scheme scheme() const { return m_scheme; }
    quint16 port() const { return m_port; }
    /// scheme://127.0.0.1:port/path (path like "/a.jpg"; may carry a query).
    QUrl url(const QString &path) const;

    void setRoute(const QString &path, const HttpRoute &route);
    void removeRoute(const QString &path);

    /// Requests received for the path (any method), counted when the request
    /// head has arrived, before any delay.
    int requestCount(const QString &path) const;
    int totalRequests() const;
    /// Connections accepted since start (keep-alive reuse shows as fewer
    /// connections than requests).
    int connectionCount() const;
    /// Connections open right now: goes back to 0 once clients hang up.
    int openConnections() const;
    /// The value of a header of the last request for the path (name is
    /// case-insensitive); empty when absent.
    QByteArray lastRequestHeader(const QString &path, const QByteArray &name) const;

    /// The self-signed certificate of the HTTPS mode (127.0.0.1 and
    /// localhost), which a client must trust to get through the handshake.
    static QList<QSslCertificate> caCertificates();

private:
    Scheme m_scheme;
    quint16 m_port = 0;
    std::shared_ptr<detail::LocalHttpState> m_state;
    std::unique_ptr<detail::LocalHttpThread> m_thread;
};

} // namespace omt::test
