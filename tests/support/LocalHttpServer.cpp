#include "LocalHttpServer.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace omt::test {

namespace {

// A request head larger than this is refused (431), so a client bug cannot
// make the test server buffer without bound.
constexpr qsizetype kMaxRequestHead = 64 * 1024;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("LocalHttpServer: missing resource %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

struct Request
{
    bool valid = false;
    QByteArray method;
    QString path;
    bool http10 = false;
    HeaderList headers; // names in lower case

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

Request parseRequestHead(const QByteArray &head)
{
    Request request;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return request;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return request;
    request.method = requestLine.at(0);
    request.path = QUrl::fromEncoded(requestLine.at(1)).path();
    request.http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    request.valid = !request.path.isEmpty();
    return request;
}

bool wantsClose(const Request &request)
{
    const QByteArray connection = request.header("connection").toLower();
    if (request.http10)
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

} // namespace

namespace detail {

struct LocalHttpState
{
    mutable QMutex mutex;
    QHash<QString, HttpRoute> routes;
    QHash<QString, int> requestCounts;
    QHash<QString, HeaderList> lastHeaders;
    int totalRequests = 0;
    int connections = 0;
    int openConnections = 0;
};

namespace {

// One client connection: parses the requests on it in order and answers each
// from the route table, one at a time (later pipelined requests wait in m_in).
// A child of its socket, so it and its timers go when the socket goes.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, std::shared_ptr<LocalHttpState> state)
        : QObject(socket)
        , m_socket(socket)
        , m_state(std::move(state))
    {
        {
            QMutexLocker lock(&m_state->mutex);
            ++m_state->connections;
            ++m_state->openConnections;
        }
        m_drip.setTimerType(Qt::PreciseTimer);
        connect(&m_drip, &QTimer::timeout, this, &Connection::dripOneByte);
        connect(m_socket, &QIODevice::readyRead, this, &Connection::readRequests);
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
            // Stop writing at once; the socket (and this) go on the next loop turn.
            m_closing = true;
            m_drip.stop();
            m_socket->deleteLater();
        });
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_closing = true;
            m_socket->deleteLater();
            return;
        }
        readRequests();
    }

    ~Connection() override
    {
        QMutexLocker lock(&m_state->mutex);
        --m_state->openConnections;
    }

private:
    void readRequests()
    {
        m_in += m_socket->readAll();
        serveNext();
    }

    void serveNext()
    {
        while (!m_busy && !m_closing) {
            if (m_bodyToSkip > 0) {
                const qsizetype skipped = std::min<qsizetype>(m_bodyToSkip, m_in.size());
                m_in.remove(0, skipped);
                m_bodyToSkip -= skipped;
                if (m_bodyToSkip > 0)
                    return;
            }
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_in.size() > kMaxRequestHead)
                    respondAndClose(431);
                return;
            }
            const Request request = parseRequestHead(m_in.left(end));
            m_in.remove(0, end + 4);
            if (!request.valid) {
                respondAndClose(400);
                return;
            }
            m_bodyToSkip = std::max<qint64>(0, request.header("content-length").toLongLong());

            HttpRoute route;
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->totalRequests;
                ++m_state->requestCounts[request.path];
                m_state->lastHeaders.insert(request.path, request.headers);
                const auto it = m_state->routes.constFind(request.path);
                if (it != m_state->routes.constEnd()) {
                    route = *it;
                } else {
                    route.status = 404;
                    route.contentType = "text/plain; charset=utf-8";
                    route.body = "Not found: " + request.path.toUtf8() + '\n';
                }
            }
            m_closeAfter = wantsClose(request);
            m_busy = true;
            if (route.delayMs > 0) {
                QTimer::singleShot(route.delayMs, Qt::PreciseTimer, this, [this, route] {
                    if (m_closing)
                        return;
                    respond(route);
                    serveNext();
                });
            } else {
                respond(route);
            }
        }
    }

    void respondAndClose(int status)
    {
        HttpRoute route;
        route.status = status;
        route.contentType = "text/plain; charset=utf-8";
        route.body = reasonPhrase(status) + '\n';
        m_closeAfter = true;
        m_busy = true;
        respond(route);
    }

    void respond(const HttpRoute &route)
    {
        // A lying Content-Length breaks the framing of the connection, so it is
        // closed after the body, but without announcing it: with
        // `Connection: close` a client may take the end of the connection as
        // the end of the body and miss the lie.
        const bool framingBroken
            = !route.chunked && route.declaredLength && *route.declaredLength != route.body.size();

        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonPhrase(route.status)
            + "\r\nServer: omt-test\r\n";
        if (!route.contentType.isEmpty())
            head += "Content-Type: " + route.contentType + "\r\n";
        for (const auto &[name, value] : route.headers)
            head += name + ": " + value + "\r\n";
        if (route.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: " + QByteArray::number(route.declaredLength.value_or(route.body.size()))
                + "\r\n";
        head += m_closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        send(head);
        if (framingBroken)
            m_closeAfter = true;

        if (route.dripIntervalMs > 0 && !route.body.isEmpty()) {
            m_dripBody = route.body;
            m_dripChunked = route.chunked;
            m_dripPosition = 0;
            m_drip.start(route.dripIntervalMs);
            return;
        }
        if (route.chunked) {
            // Several chunks, so a client has to join them.
            const qsizetype size = std::clamp<qsizetype>((route.body.size() + 2) / 3, 1, 1024);
            for (qsizetype at = 0; at < route.body.size(); at += size)
                send(chunk(route.body.mid(at, size)));
            send("0\r\n\r\n");
        } else {
            send(route.body);
        }
        finishResponse();
    }

    void dripOneByte()
    {
        if (m_closing) {
            m_drip.stop();
            return;
        }
        const QByteArray byte = m_dripBody.mid(m_dripPosition++, 1);
        send(m_dripChunked ? chunk(byte) : byte);
        if (m_dripPosition < m_dripBody.size())
            return;
        m_drip.stop();
        m_dripBody.clear();
        if (m_dripChunked)
            send("0\r\n\r\n");
        finishResponse();
        serveNext();
    }

    void finishResponse()
    {
        m_busy = false;
        if (m_closeAfter) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after the buffered response is written
        }
    }

    void send(const QByteArray &data)
    {
        if (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(data);
    }

    QTcpSocket *m_socket;
    std::shared_ptr<LocalHttpState> m_state;
    QByteArray m_in;
    qint64 m_bodyToSkip = 0;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_closing = false;
    QTimer m_drip;
    QByteArray m_dripBody;
    qsizetype m_dripPosition = 0;
    bool m_dripChunked = false;
};

QSslConfiguration serverSslConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certificates = LocalHttpServer::caCertificates();
    if (!certificates.isEmpty())
        config.setLocalCertificate(certificates.first());
    config.setPrivateKey(QSslKey(readResource(QStringLiteral(":/omt/test/certs/localhost.key")), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace

// Everything the server owns is created and destroyed inside run(), on the
// server thread; the test thread only talks to it through LocalHttpState.
class LocalHttpThread : public QThread
{
public:
    LocalHttpThread(LocalHttpServer::Scheme scheme, std::shared_ptr<LocalHttpState> state)
        : m_scheme(scheme)
        , m_state(std::move(state))
    {
        setObjectName(QStringLiteral("LocalHttpServer"));
    }

    /// Blocks until the server listens (true) or has failed to (false).
    bool waitUntilListening()
    {
        m_ready.acquire();
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

protected:
    void run() override
    {
        QObject root;
        QTcpServer *server = nullptr;
        if (m_scheme == LocalHttpServer::Scheme::Https) {
            auto *sslServer = new QSslServer(&root);
            sslServer->setSslConfiguration(serverSslConfiguration());
            server = sslServer;
        } else {
            server = new QTcpServer(&root);
        }
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server, &root] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                socket->setParent(&root);
                new Connection(socket, m_state);
            }
        });
        if (server->listen(QHostAddress::LocalHost, 0))
            m_port = server->serverPort();
        else
            m_error = server->errorString();
        const bool listening = m_port != 0;
        m_ready.release();
        if (listening)
            exec();
        // `root` takes the server, the sockets and their connections with it, here on this thread.
    }

private:
    LocalHttpServer::Scheme m_scheme;
    std::shared_ptr<LocalHttpState> m_state;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace detail

HttpRoute HttpRoute::redirect(const QUrl &target, int status)
{
    HttpRoute route;
    route.status = status;
    route.headers.append({ "Location", target.toEncoded() });
    return route;
}

HttpRoute HttpRoute::ok(const QByteArray &contentType, const QByteArray &body)
{
    HttpRoute route;
    route.contentType = contentType;
    route.body = body;
    return route;
}

LocalHttpServer::LocalHttpServer(Scheme scheme)
    : m_scheme(scheme)
    , m_state(std::make_shared<detail::LocalHttpState>())
{ }

LocalHttpServer::~LocalHttpServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool LocalHttpServer::start()
{
    if (m_thread)
        return m_port != 0;
    if (m_scheme == Scheme::Https && !QSslSocket::supportsSsl()) {
        qWarning("LocalHttpServer: no TLS backend available for HTTPS");
        return false;
    }
    m_thread = std::make_unique<detail::LocalHttpThread>(m_scheme, m_state);
    m_thread->start();
    if (!m_thread->waitUntilListening()) {
        qWarning("LocalHttpServer: cannot listen on 127.0.0.1: %s", qPrintable(m_thread->error()));
        m_thread->wait();
        m_thread.reset();
        return false;
    }
    m_port = m_thread->port();
    return true;
}

QUrl LocalHttpServer::url(const QString &path) const
{
    const QString scheme = m_scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(m_port) + path);
}

void LocalHttpServer::setRoute(const QString &path, const HttpRoute &route)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.insert(path, route);
}

void LocalHttpServer::removeRoute(const QString &path)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.remove(path);
}

int LocalHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requestCounts.value(path);
}

int LocalHttpServer::totalRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->totalRequests;
}

int LocalHttpServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

int LocalHttpServer::openConnections() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->openConnections;
}

QByteArray LocalHttpServer::lastRequestHeader(const QString &path, const QByteArray &name) const
{
    const QByteArray key = name.toLower();
    QMutexLocker lock(&m_state->mutex);
    for (const auto &[headerName, value] : m_state->lastHeaders.value(path)) {
        if (headerName == key)
            return value;
    }
    return {};
}

QList<QSslCertificate> LocalHttpServer::caCertificates()
{
    return QSslCertificate::fromData(readResource(QStringLiteral(":/omt/test/certs/localhost.crt")));
}

} // namespace omt::test
