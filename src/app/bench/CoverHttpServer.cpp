#include "CoverHttpServer.h"

#include <QBuffer>
#include <QFont>
#include <QHash>
#include <QHostAddress>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace omt {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, bool close)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + (close ? "\r\nConnection: close\r\n\r\n" : "\r\nConnection: keep-alive\r\n\r\n") + body;
}

} // namespace

// Owns the listening socket, the connections and the cover cache, all made
// and destroyed inside run() on the server thread.
class CoverHttpServer::Thread : public QThread
{
public:
    explicit Thread(int distinctCovers)
        : m_distinctCovers(distinctCovers)
    {
        setObjectName(QStringLiteral("CoverHttpServer"));
    }

    quint16 waitUntilListening()
    {
        m_ready.acquire();
        return m_port;
    }
    QString error() const { return m_error; }
    int requestsServed() const { return m_served.load(); }

    void pregenerate()
    {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                for (int n = 0; n < m_distinctCovers; ++n)
                    cover(n);
            },
            Qt::BlockingQueuedConnection);
    }

protected:
    void run() override
    {
        QTcpServer server;
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        if (server.listen(QHostAddress::LocalHost, 0)) {
            m_port = server.serverPort();
            m_context = &server;
        } else {
            m_error = server.errorString();
        }
        m_ready.release();
        if (m_port != 0)
            exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        auto pending = std::make_shared<QByteArray>();
        connect(socket, &QIODevice::readyRead, socket, [this, socket, pending] {
            *pending += socket->readAll();
            // Requests are answered in order, several per connection.
            while (socket->state() == QAbstractSocket::ConnectedState) {
                const qsizetype end = pending->indexOf("\r\n\r\n");
                if (end < 0) {
                    if (pending->size() > kMaxRequestHead)
                        socket->abort();
                    return;
                }
                const QByteArray head = pending->left(end);
                pending->remove(0, end + 4);
                answer(socket, head);
            }
        });
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const qsizetype lineEnd = head.indexOf("\r\n");
        const QList<QByteArray> requestLine = head.left(lineEnd < 0 ? head.size() : lineEnd).split(' ');
        const bool close = head.toLower().contains("\r\nconnection: close");
        ++m_served;
        if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
            socket->write(response(400, "text/plain", "Bad request\n", true));
            socket->disconnectFromHost();
            return;
        }
        const QByteArray path = requestLine.at(1);
        bool isNumber = false;
        const int n = path.startsWith("/cover/") && path.endsWith(".jpg")
            ? path.mid(7, path.size() - 11).toInt(&isNumber)
            : -1;
        if (isNumber && n >= 0 && n < m_distinctCovers)
            socket->write(response(200, "image/jpeg", cover(n), close));
        else
            socket->write(response(404, "text/plain", "No such cover\n", close));
        if (close)
            socket->disconnectFromHost();
    }

    const QByteArray &cover(int n)
    {
        auto it = m_covers.find(n);
        if (it == m_covers.end())
            it = m_covers.insert(n, renderCover(n));
        return *it;
    }

    const int m_distinctCovers;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QString m_error;
    QObject *m_context = nullptr;
    std::atomic<int> m_served { 0 };
    QHash<int, QByteArray> m_covers; // server thread only
};

CoverHttpServer::CoverHttpServer(int distinctCovers)
    : m_distinctCovers(std::max(1, distinctCovers))
{ }

CoverHttpServer::~CoverHttpServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool CoverHttpServer::start()
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<Thread>(m_distinctCovers);
    m_thread->start();
    m_port = m_thread->waitUntilListening();
    if (m_port == 0) {
        qWarning("CoverHttpServer: cannot listen on 127.0.0.1: %s", qPrintable(m_thread->error()));
        m_thread->wait();
        m_thread.reset();
        return false;
    }
    return true;
}

void CoverHttpServer::pregenerate()
{
    if (m_thread)
        m_thread->pregenerate();
}

QUrl CoverHttpServer::coverUrl(int n) const
{
    const int index = ((n % m_distinctCovers) + m_distinctCovers) % m_distinctCovers;
    return QUrl(urlPrefix() + QString::number(index) + QStringLiteral(".jpg"));
}

QString CoverHttpServer::urlPrefix() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port) + QStringLiteral("/cover/");
}

int CoverHttpServer::requestsServed() const
{
    return m_thread ? m_thread->requestsServed() : 0;
}

QByteArray CoverHttpServer::renderCover(int n)
{
    constexpr int width = 400;
    constexpr int height = 600;
    // Golden-angle hue steps, so neighbouring covers never look alike.
    const int hue = static_cast<int>((static_cast<qint64>(n) * 137) % 360);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    QLinearGradient background(0, 0, width * 0.3, height);
    background.setColorAt(0, QColor::fromHsv(hue, 140, 235));
    background.setColorAt(1, QColor::fromHsv((hue + 35) % 360, 230, 70));
    painter.fillRect(image.rect(), background);

    // A printed-paper grain: real covers carry texture, and a JPEG of a bare
    // gradient would be unrealistically small.
    QRandomGenerator grain(static_cast<quint32>(n) * 2654435761U + 1U);
    for (int i = 0; i < 9000; ++i) {
        const int shade = grain.bounded(2) ? 255 : 0;
        painter.setPen(QColor(shade, shade, shade, 18 + grain.bounded(30)));
        const int x = grain.bounded(width);
        const int y = grain.bounded(height);
        painter.drawLine(x, y, x + grain.bounded(-3, 4), y + grain.bounded(-3, 4));
    }

    painter.setPen(QPen(QColor(255, 255, 255, 170), 3));
    painter.drawRect(QRect(18, 18, width - 36, height - 36));

    QFont font;
    font.setBold(true);
    font.setPixelSize(n < 1000 ? 150 : 100);
    painter.setFont(font);
    painter.setPen(QColor(255, 255, 255, 230));
    painter.drawText(QRect(0, 60, width, 260), Qt::AlignCenter, QString::number(n));

    const QRect band(40, 360, width - 80, 170);
    painter.fillRect(band, QColor(0, 0, 0, 120));
    font.setPixelSize(32);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(band.adjusted(12, 12, -12, -60), Qt::AlignCenter | Qt::TextWordWrap,
        QStringLiteral("The Book of ") + QString::number(n));
    font.setBold(false);
    font.setPixelSize(20);
    painter.setFont(font);
    painter.setPen(QColor::fromHsv(hue, 60, 255));
    painter.drawText(band.adjusted(12, 110, -12, -12), Qt::AlignCenter, QStringLiteral("A. N. Author"));
    painter.end();

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

} // namespace omt
