#pragma once

#include <QUrl>

#include <memory>

namespace omt {

/// Serves synthetic book covers over HTTP/1.1 on 127.0.0.1 (any free port),
/// for the GUI benchmark: `GET /cover/<n>.jpg`, n in [0, distinctCovers), is
/// a deterministic 400×600 JPEG (a gradient whose hue depends on n, the
/// number and a title drawn on it), made once per n and kept in memory;
/// anything else is a 404. Connections are kept alive. It runs on its own
/// thread so the measured GUI thread never serves; every method may be
/// called from any thread.
class CoverHttpServer
{
public:
    explicit CoverHttpServer(int distinctCovers);
    /// Stops the thread and drops every open connection.
    ~CoverHttpServer();
    CoverHttpServer(const CoverHttpServer &) = delete;
    CoverHttpServer &operator=(const CoverHttpServer &) = delete;

    /// Listens on 127.0.0.1; false (and a warning) on failure.
    bool start();
    /// Makes every cover now (blocking), so that the first requests of a
    /// measurement do not also pay for drawing and encoding.
    void pregenerate();
    /// The URL of cover `n % distinctCovers()`, so any item index can be used.
    QUrl coverUrl(int n) const;
    /// What every cover URL starts with: coverUrl(n) is this, n and ".jpg".
    QString urlPrefix() const;
    int distinctCovers() const { return m_distinctCovers; }
    /// Requests answered so far (any status).
    int requestsServed() const;

    /// The cover image itself, as served for `n` (exposed for checks).
    static QByteArray renderCover(int n);

private:
    class Thread;

    int m_distinctCovers;
    quint16 m_port = 0;
    std::unique_ptr<Thread> m_thread;
};

} // namespace omt
