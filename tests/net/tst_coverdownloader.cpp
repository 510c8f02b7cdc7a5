// CoverDownloader on its own, against a local HTTP(S) server that imitates
// well-behaved and hostile hosts. What a user would notice: a cover that
// never arrives, a broken or HTML "cover" kept in the cache, a download that
// hangs forever or fills the disk, or a failure worded so vaguely that they
// cannot tell a typo in the address from a server that is down.

#include "net/CoverDiskCache.h"
#include "net/CoverDownloader.h"
#include "support/LocalHttpServer.h"
#include "support/TestImages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using omt::CoverDiskCache;
using omt::CoverDownloader;
using omt::CoverLimits;
using omt::DownloadOutcome;
using omt::NetworkPolicy;
using omt::test::HttpRoute;
using omt::test::LocalHttpServer;
namespace TestImages = omt::test::TestImages;

namespace {

/// How one download ended, as the finished signal told it.
struct Ended
{
    QString url;
    DownloadOutcome outcome = DownloadOutcome::Failed;
    QString error;
};

const char *name(DownloadOutcome outcome)
{
    switch (outcome) {
    case DownloadOutcome::Stored: return "Stored";
    case DownloadOutcome::Refused: return "Refused";
    case DownloadOutcome::Failed: return "Failed";
    case DownloadOutcome::Unreachable: return "Unreachable";
    }
    return "?";
}

/// "Stored", or "Failed: <the error>": a failed comparison shows why.
QString outcomeOf(const Ended &ended)
{
    const QString outcome = QString::fromLatin1(name(ended.outcome));
    return ended.outcome == DownloadOutcome::Stored ? outcome : outcome + QStringLiteral(": ") + ended.error;
}

} // namespace

class TestCoverDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cache
            = std::make_unique<CoverDiskCache>(m_dir->filePath(QStringLiteral("cache")), 50 * 1024 * 1024);
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->start());
        m_policy = NetworkPolicy {};
        m_policy.idleTimeoutMs = 5000;
        m_policy.totalTimeoutMs = 10000;
        m_limits = CoverLimits {};
    }

    void cleanup()
    {
        m_server.reset();
        m_cache.reset();
        m_dir.reset();
    }

    void coverIsStored()
    {
        const QByteArray cover = TestImages::jpeg(QSize(300, 450), Qt::red);
        m_server->setRoute(QStringLiteral("/a.jpg"), HttpRoute::ok("image/jpeg", cover));
        const Ended ended = download(QStringLiteral("/a.jpg"));
        QCOMPARE(outcomeOf(ended), QStringLiteral("Stored"));
        QVERIFY(ended.error.isEmpty());
        QCOMPARE(m_cache->read(url(QStringLiteral("/a.jpg"))), std::optional<QByteArray>(cover));
        QCOMPARE(m_server->requestCount(QStringLiteral("/a.jpg")), 1);
        // The server is told who asks and what is wanted.
        QVERIFY(
            m_server->lastRequestHeader(QStringLiteral("/a.jpg"), "User-Agent").startsWith("OmniMediaTrak/"));
        QVERIFY(m_server->lastRequestHeader(QStringLiteral("/a.jpg"), "Accept").contains("image/jpeg"));
    }

    void chunkedCoverIsStored()
    {
        const QByteArray cover = TestImages::png(QSize(200, 300), Qt::blue);
        HttpRoute route = HttpRoute::ok("image/png", cover);
        route.chunked = true;
        m_server->setRoute(QStringLiteral("/c.png"), route);
        const Ended ended = download(QStringLiteral("/c.png"));
        QCOMPARE(outcomeOf(ended), QStringLiteral("Stored"));
        QCOMPARE(m_cache->read(url(QStringLiteral("/c.png"))), std::optional<QByteArray>(cover));
    }

    void notFoundIsRefused()
    {
        const Ended ended = download(QStringLiteral("/missing.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.startsWith(QStringLiteral("The server has no cover at this address (404")),
            qPrintable(ended.error));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/missing.jpg"))));
    }

    void serverErrorIsWorthAnotherTry()
    {
        HttpRoute route = HttpRoute::ok("text/html", TestImages::notAnImage());
        route.status = 503;
        m_server->setRoute(QStringLiteral("/busy.jpg"), route);
        const Ended ended = download(QStringLiteral("/busy.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Failed, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.contains(QStringLiteral("503")), qPrintable(ended.error));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/busy.jpg"))));
    }

    void redirectsAreFollowedWithinTheLimit()
    {
        // Three hops, the limit: the cover is stored under the address asked for.
        const QByteArray cover = TestImages::jpeg(QSize(100, 150), Qt::green);
        m_server->setRoute(QStringLiteral("/r1"), HttpRoute::redirect(m_server->url(QStringLiteral("/r2"))));
        m_server->setRoute(
            QStringLiteral("/r2"), HttpRoute::redirect(m_server->url(QStringLiteral("/r3")), 301));
        m_server->setRoute(
            QStringLiteral("/r3"), HttpRoute::redirect(m_server->url(QStringLiteral("/final.jpg")), 307));
        m_server->setRoute(QStringLiteral("/final.jpg"), HttpRoute::ok("image/jpeg", cover));
        const Ended ended = download(QStringLiteral("/r1"));
        QCOMPARE(outcomeOf(ended), QStringLiteral("Stored"));
        QCOMPARE(m_cache->read(url(QStringLiteral("/r1"))), std::optional<QByteArray>(cover));
        QCOMPARE(m_server->requestCount(QStringLiteral("/final.jpg")), 1);
    }

    void coverBehindARedirectIsStoredEveryTime()
    {
        // Covers are often served through a redirect (http to https, a
        // CDN). Qt can merge the redirect's headers into the final
        // response's ("Content-Length: 0, 910") depending on timing, so one
        // try proves little: a hundred in a row must all succeed.
        const QByteArray cover = TestImages::jpeg(QSize(100, 150), Qt::green);
        m_server->setRoute(QStringLiteral("/final.jpg"), HttpRoute::ok("image/jpeg", cover));
        m_server->setRoute(
            QStringLiteral("/moved.jpg"), HttpRoute::redirect(m_server->url(QStringLiteral("/final.jpg"))));
        for (int i = 0; i < 100; ++i) {
            m_cache->remove(url(QStringLiteral("/moved.jpg")));
            const Ended ended = download(QStringLiteral("/moved.jpg"));
            QCOMPARE(outcomeOf(ended), QStringLiteral("Stored"));
            QCOMPARE(m_cache->read(url(QStringLiteral("/moved.jpg"))), std::optional<QByteArray>(cover));
        }
    }

    void redirectsBeyondTheLimitAreRefused()
    {
        // Four hops with a limit of three: the fourth is never followed.
        m_server->setRoute(QStringLiteral("/r1"), HttpRoute::redirect(m_server->url(QStringLiteral("/r2"))));
        m_server->setRoute(QStringLiteral("/r2"), HttpRoute::redirect(m_server->url(QStringLiteral("/r3"))));
        m_server->setRoute(QStringLiteral("/r3"), HttpRoute::redirect(m_server->url(QStringLiteral("/r4"))));
        m_server->setRoute(
            QStringLiteral("/r4"), HttpRoute::redirect(m_server->url(QStringLiteral("/final.jpg"))));
        m_server->setRoute(QStringLiteral("/final.jpg"),
            HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(10, 10), Qt::green)));
        const Ended ended = download(QStringLiteral("/r1"));
        QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.contains(QStringLiteral("redirects more than")), qPrintable(ended.error));
        QCOMPARE(m_server->requestCount(QStringLiteral("/r4")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/final.jpg")), 0);
        QVERIFY(!m_cache->contains(url(QStringLiteral("/r1"))));
    }

    void redirectFromHttpsToHttpIsRefused()
    {
        LocalHttpServer secure(LocalHttpServer::Scheme::Https);
        QVERIFY(secure.start());
        m_policy.extraCaCertificates = LocalHttpServer::caCertificates();
        m_server->setRoute(QStringLiteral("/plain.jpg"),
            HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(10, 10), Qt::red)));
        secure.setRoute(
            QStringLiteral("/a.jpg"), HttpRoute::redirect(m_server->url(QStringLiteral("/plain.jpg"))));
        const Ended ended = downloadUrl(secure.url(QStringLiteral("/a.jpg")).toString());
        QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.contains(QStringLiteral("insecure")), qPrintable(ended.error));
        QCOMPARE(m_server->requestCount(QStringLiteral("/plain.jpg")), 0);
    }

    void coverOverHttpsIsStored()
    {
        LocalHttpServer secure(LocalHttpServer::Scheme::Https);
        QVERIFY(secure.start());
        m_policy.extraCaCertificates = LocalHttpServer::caCertificates();
        const QByteArray cover = TestImages::png(QSize(20, 30), Qt::red);
        secure.setRoute(QStringLiteral("/s.png"), HttpRoute::ok("image/png", cover));
        const QString address = secure.url(QStringLiteral("/s.png")).toString();
        const Ended ended = downloadUrl(address);
        QCOMPARE(outcomeOf(ended), QStringLiteral("Stored"));
        QCOMPARE(m_cache->read(address), std::optional<QByteArray>(cover));
    }

    void declaredOversizedBodyIsRefusedAtOnce()
    {
        // The Content-Length says 2 MB with a limit of 100 KB: refused on the
        // head, while the body trickles (it would take minutes).
        m_limits.maxBytes = 100 * 1024;
        HttpRoute route = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(10, 10), Qt::red));
        route.declaredLength = 2 * 1024 * 1024;
        route.dripIntervalMs = 200;
        m_server->setRoute(QStringLiteral("/big.jpg"), route);
        QElapsedTimer timer;
        timer.start();
        const Ended ended = download(QStringLiteral("/big.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.startsWith(QStringLiteral("The cover is larger than")), qPrintable(ended.error));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/big.jpg"))));
    }

    void undeclaredOversizedBodyIsAbortedAtTheLimit()
    {
        // Chunked: no length to judge by, so reading stops at the limit.
        m_limits.maxBytes = 64 * 1024;
        QByteArray body = TestImages::jpeg(QSize(10, 10), Qt::red);
        body += QByteArray(8 * 1024 * 1024, '\x55');
        HttpRoute route = HttpRoute::ok("image/jpeg", body);
        route.chunked = true;
        m_server->setRoute(QStringLiteral("/endless.jpg"), route);
        const Ended ended = download(QStringLiteral("/endless.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.startsWith(QStringLiteral("The cover is larger than")), qPrintable(ended.error));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/endless.jpg"))));
        // The connection was dropped, not drained to the end.
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void silentServerTimesOut()
    {
        // Nothing arrives for longer than the idle timeout.
        m_policy.idleTimeoutMs = 300;
        HttpRoute route = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(10, 10), Qt::red));
        route.delayMs = 5000;
        m_server->setRoute(QStringLiteral("/silent.jpg"), route);
        QElapsedTimer timer;
        timer.start();
        const Ended ended = download(QStringLiteral("/silent.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Failed, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.startsWith(QStringLiteral("The server stopped sending the cover")),
            qPrintable(ended.error));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void tricklingServerHitsTheTotalTimeout()
    {
        // A byte every 50 ms is never idle for long, but never finishes either.
        m_policy.idleTimeoutMs = 2000;
        m_policy.totalTimeoutMs = 500;
        HttpRoute route = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(50, 50), Qt::red));
        route.dripIntervalMs = 50;
        m_server->setRoute(QStringLiteral("/drip.jpg"), route);
        QElapsedTimer timer;
        timer.start();
        const Ended ended = download(QStringLiteral("/drip.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Failed, qPrintable(outcomeOf(ended)));
        QVERIFY2(
            ended.error.startsWith(QStringLiteral("The cover took longer than")), qPrintable(ended.error));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/drip.jpg"))));
    }

    void contentTypeIsNotBelieved_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("outcome");

        QTest::newRow("an error page called a JPEG")
            << QByteArray("image/jpeg") << TestImages::notAnImage() << QStringLiteral("Refused");
        QTest::newRow("an SVG called a PNG")
            << QByteArray("image/png") << TestImages::svg(QSize(10, 10), Qt::red)
            << QStringLiteral("Refused");
        QTest::newRow("a PNG called HTML")
            << QByteArray("text/html") << TestImages::png(QSize(10, 15), Qt::red) << QStringLiteral("Stored");
        QTest::newRow("a JPEG without a type")
            << QByteArray() << TestImages::jpeg(QSize(10, 15), Qt::red) << QStringLiteral("Stored");
    }

    void contentTypeIsNotBelieved()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, outcome);
        m_server->setRoute(QStringLiteral("/x"), HttpRoute::ok(contentType, body));
        const Ended ended = download(QStringLiteral("/x"));
        QCOMPARE(outcomeOf(ended).section(u':', 0, 0), outcome);
        QCOMPARE(m_cache->contains(url(QStringLiteral("/x"))), outcome == u"Stored");
        if (outcome != u"Stored")
            QVERIFY2(ended.error.startsWith(QStringLiteral("The cover is")), qPrintable(ended.error));
    }

    void bodyShorterThanAnnouncedIsNotStored()
    {
        const QByteArray cover = TestImages::jpeg(QSize(100, 100), Qt::red);
        HttpRoute route = HttpRoute::ok("image/jpeg", cover.left(cover.size() / 2));
        route.declaredLength = cover.size();
        m_server->setRoute(QStringLiteral("/cut.jpg"), route);
        const Ended ended = download(QStringLiteral("/cut.jpg"));
        QVERIFY2(ended.outcome == DownloadOutcome::Failed, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.startsWith(QStringLiteral("The download of the cover broke off")),
            qPrintable(ended.error));
        QVERIFY(!m_cache->contains(url(QStringLiteral("/cut.jpg"))));
    }

    void notAWebAddressIsRefused()
    {
        for (const QString &address : { QStringLiteral("ftp://example.org/a.jpg"),
                 QStringLiteral("not a url"), QStringLiteral("file:///etc/passwd") }) {
            const Ended ended = downloadUrl(address);
            QVERIFY2(ended.outcome == DownloadOutcome::Refused, qPrintable(outcomeOf(ended)));
            QVERIFY2(ended.error.contains(QStringLiteral("is not a web address")), qPrintable(ended.error));
        }
    }

    void closedPortIsUnreachable()
    {
        quint16 port = 0;
        {
            LocalHttpServer gone;
            QVERIFY(gone.start());
            port = gone.port();
        }
        const Ended ended = downloadUrl(QStringLiteral("http://127.0.0.1:%1/a.jpg").arg(port));
        QVERIFY2(ended.outcome == DownloadOutcome::Unreachable, qPrintable(outcomeOf(ended)));
        QVERIFY2(ended.error.contains(QStringLiteral("could not be reached")), qPrintable(ended.error));
    }

    void cancelledDownloadsEndSilently()
    {
        // A slow cover is cancelled (the window closed); then a quick one is
        // asked for. Only the quick one is reported, and the slow
        // connection is dropped rather than left to finish.
        HttpRoute slow = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(50, 50), Qt::red));
        slow.dripIntervalMs = 100;
        m_server->setRoute(QStringLiteral("/slow.jpg"), slow);
        const QByteArray cover = TestImages::jpeg(QSize(10, 10), Qt::blue);
        m_server->setRoute(QStringLiteral("/quick.jpg"), HttpRoute::ok("image/jpeg", cover));

        CoverDownloader downloader(*m_cache, m_policy, m_limits);
        QSignalSpy finished(&downloader, &CoverDownloader::finished);
        downloader.download(url(QStringLiteral("/slow.jpg")));
        downloader.download(url(QStringLiteral("/slow.jpg") + QStringLiteral("?second")));
        QTRY_COMPARE(m_server->requestCount(QStringLiteral("/slow.jpg")), 2);
        downloader.abortAll();
        QTRY_COMPARE(m_server->openConnections(), 0);

        downloader.download(url(QStringLiteral("/quick.jpg")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), url(QStringLiteral("/quick.jpg")));
        QCOMPARE(finished.first().at(1).value<DownloadOutcome>(), DownloadOutcome::Stored);
        QVERIFY(!m_cache->contains(url(QStringLiteral("/slow.jpg"))));
    }

    void destroyingTheDownloaderCancels()
    {
        HttpRoute slow = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(50, 50), Qt::red));
        slow.dripIntervalMs = 100;
        m_server->setRoute(QStringLiteral("/slow.jpg"), slow);
        {
            CoverDownloader downloader(*m_cache, m_policy, m_limits);
            downloader.download(url(QStringLiteral("/slow.jpg")));
            QTRY_COMPARE(m_server->requestCount(QStringLiteral("/slow.jpg")), 1);
        }
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void concurrentDownloadsEachEnd()
    {
        CoverDownloader downloader(*m_cache, m_policy, m_limits);
        QSignalSpy finished(&downloader, &CoverDownloader::finished);
        for (int i = 0; i < 8; ++i) {
            const QString path = QStringLiteral("/c%1.png").arg(i);
            if (i % 2 == 0)
                m_server->setRoute(
                    path, HttpRoute::ok("image/png", TestImages::png(QSize(10 + i, 10), Qt::red)));
            downloader.download(url(path));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 8, 10000);
        int stored = 0;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const bool even = signal.at(0).toString().contains(QRegularExpression(QStringLiteral("c[0246]")));
            QCOMPARE(signal.at(1).value<DownloadOutcome>(),
                even ? DownloadOutcome::Stored : DownloadOutcome::Refused);
            stored += even ? 1 : 0;
        }
        QCOMPARE(stored, 4);
        QCOMPARE(m_cache->count(), 4);
    }

private:
    QString url(const QString &path) const { return m_server->url(path).toString(); }

    Ended download(const QString &path) { return downloadUrl(url(path)); }

    /// Downloads `address` with a downloader of the test's policy and limits
    /// and waits for its end (or a test failure after 15 s).
    Ended downloadUrl(const QString &address)
    {
        CoverDownloader downloader(*m_cache, m_policy, m_limits);
        QSignalSpy finished(&downloader, &CoverDownloader::finished);
        downloader.download(address);
        if (finished.isEmpty() && !finished.wait(15000))
            return Ended { address, DownloadOutcome::Failed, QStringLiteral("(the test saw no end)") };
        if (finished.size() != 1)
            return Ended { address, DownloadOutcome::Failed, QStringLiteral("(several ends reported)") };
        const QList<QVariant> arguments = finished.takeFirst();
        return Ended { arguments.at(0).toString(), arguments.at(1).value<DownloadOutcome>(),
            arguments.at(2).toString() };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoverDiskCache> m_cache;
    std::unique_ptr<LocalHttpServer> m_server;
    NetworkPolicy m_policy;
    CoverLimits m_limits;
};

QTEST_GUILESS_MAIN(TestCoverDownloader)
#include "tst_coverdownloader.moc"
