// The cover pipeline end to end: CoverLoader with its real disk cache,
// downloader thread and decode threads, against a local HTTP(S) server that
// imitates well-behaved and hostile hosts. Every case asserts what a user
// would notice: the picture arrives at the right size, a failure says why,
// and the server is not asked more often than needed.

#include "net/CoverDiskCache.h"
#include "net/CoverLoader.h"
#include "support/LocalHttpServer.h"
#include "support/TestImages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using omt::CoverDiskCache;
using omt::CoverFit;
using omt::CoverLoader;
using omt::CoverSettings;
using omt::test::HttpRoute;
using omt::test::LocalHttpServer;
namespace TestImages = omt::test::TestImages;

namespace {

/// How one request for a cover ended.
struct Loaded
{
    QImage image;
    QString failure;
};

/// Asks for the cover and waits (with the event loop running) until it is in
/// memory or its loading failed.
Loaded load(
    CoverLoader &loader, const QString &url, QSize size, CoverFit fit = CoverFit::Crop, int timeoutMs = 10000)
{
    Loaded result;
    result.image = loader.cover(url, size, fit);
    if (!result.image.isNull())
        return result;
    // A timeout leaves both empty, which the callers check.
    const bool settled = QTest::qWaitFor(
        [&] {
            if (loader.hasCover(url, size, fit)) {
                result.image = loader.cover(url, size, fit);
                return true;
            }
            if (!loader.isLoading(url) && loader.hasFailedRecently(url)) {
                result.failure = loader.failure(url);
                return true;
            }
            return false;
        },
        timeoutMs);
    Q_UNUSED(settled)
    return result;
}

bool closeTo(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 16 && qAbs(a.green() - b.green()) < 16 && qAbs(a.blue() - b.blue()) < 16;
}

QByteArray patternedBody(int size)
{
    QByteArray body;
    body.reserve(size);
    for (int i = 0; i < size; ++i)
        body += static_cast<char>((i * 131 + 7) % 251);
    return body;
}

int filesUnder(const QString &folder)
{
    int files = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    return files;
}

QString objectFile(const QString &cacheFolder, const QByteArray &bytes)
{
    const QString hex
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return cacheFolder + QStringLiteral("/objects/") + hex.left(2) + u'/' + hex;
}

} // namespace

class TestCoverLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("0.9.1"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void jpegAndPngArriveAtTheRequestedSize()
    {
        CoverLoader loader(settings());
        struct Case
        {
            QString path;
            QByteArray contentType;
            QByteArray body;
            QColor color;
            QSize whole; // fitted in 120 x 120, aspect kept
        };
        const QList<Case> cases {
            { QStringLiteral("/a.jpg"), "image/jpeg", TestImages::jpeg(QSize(600, 900), QColor(200, 40, 40)),
                QColor(200, 40, 40), QSize(80, 120) },
            { QStringLiteral("/b.png"), "image/png", TestImages::png(QSize(400, 300), QColor(30, 160, 60)),
                QColor(30, 160, 60), QSize(120, 90) },
        };
        for (const Case &c : cases) {
            m_server->setRoute(c.path, HttpRoute::ok(c.contentType, c.body));
            const QString url = m_server->url(c.path).toString();
            QSignalSpy ready(&loader, &CoverLoader::coverReady);

            QVERIFY(loader.cover(url, QSize(120, 120), CoverFit::Crop).isNull());
            QVERIFY(loader.isLoading(url));
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
            QCOMPARE(ready.first().first().toString(), url);

            const QImage crop = loader.cover(url, QSize(120, 120), CoverFit::Crop);
            QCOMPARE(crop.size(), QSize(120, 120));
            QVERIFY(closeTo(crop.pixelColor(60, 60), c.color));

            const Loaded whole = load(loader, url, QSize(120, 120), CoverFit::Whole);
            QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
            QCOMPARE(whole.image.size(), c.whole);
            QVERIFY(closeTo(whole.image.pixelColor(c.whole.width() / 2, c.whole.height() / 2), c.color));

            // The second size came from the disk cache, not from the server.
            QCOMPARE(m_server->requestCount(c.path), 1);
            QVERIFY(loader.diskCache().contains(url));
            const QByteArray agent = m_server->lastRequestHeader(c.path, "User-Agent");
            QVERIFY2(agent.startsWith("OmniMediaTrak/0.9.1"), agent.constData());
        }
        QCOMPARE(loader.downloadsStarted(), 2);
    }

    void notFoundIsRememberedAndNotAskedAgain()
    {
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/missing.jpg")).toString();
        QSignalSpy failed(&loader, &CoverLoader::coverFailed);

        const Loaded got = load(loader, url, QSize(100, 150));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("404")), qPrintable(got.failure));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), url);
        QCOMPARE(m_server->requestCount(QStringLiteral("/missing.jpg")), 1);

        // The cell is painted again (and again, at another size): no new request.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(loader.cover(url, QSize(100, 150)).isNull());
            QVERIFY(loader.cover(url, QSize(300, 450), CoverFit::Whole).isNull());
        }
        QVERIFY(!loader.isLoading(url));
        // Nothing happens: no request goes out later either.
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount(QStringLiteral("/missing.jpg")), 1);
        QCOMPARE(loader.downloadsStarted(), 1);
        QCOMPARE(failed.size(), 1);

        // Once the failure is forgotten (the user fixed the address), it is tried again.
        m_server->setRoute(QStringLiteral("/missing.jpg"),
            HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(100, 150), Qt::blue)));
        loader.forgetFailure(url);
        QVERIFY(loader.failure(url).isEmpty());
        const Loaded again = load(loader, url, QSize(100, 150));
        QCOMPARE(again.image.size(), QSize(100, 150));
        QCOMPARE(m_server->requestCount(QStringLiteral("/missing.jpg")), 2);
    }

    void slowDripTimesOut()
    {
        HttpRoute route = HttpRoute::ok("image/jpeg", patternedBody(5000));
        route.dripIntervalMs = 100; // 500 s for the whole body
        m_server->setRoute(QStringLiteral("/drip.jpg"), route);
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/drip.jpg")).toString();

        QElapsedTimer clock;
        clock.start();
        const Loaded got = load(loader, url, QSize(100, 150));
        QVERIFY(got.image.isNull());
        // Bytes kept coming, so it is the total timeout that ended it, not the idle one.
        QVERIFY2(got.failure.contains(QStringLiteral("longer than 2 s")), qPrintable(got.failure));
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!loader.diskCache().contains(url));
        // The client hung up: the drip does not go on.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
        QCOMPARE(m_server->requestCount(QStringLiteral("/drip.jpg")), 1);
    }

    void stalledServerTimesOut()
    {
        HttpRoute route = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(10, 10), Qt::red));
        route.delayMs = 20000;
        m_server->setRoute(QStringLiteral("/stuck.jpg"), route);
        CoverSettings s = settings();
        s.network.idleTimeoutMs = 500;
        CoverLoader loader(s);
        const Loaded got
            = load(loader, m_server->url(QStringLiteral("/stuck.jpg")).toString(), QSize(10, 10));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("stopped sending")), qPrintable(got.failure));
    }

    void redirectLoopFails()
    {
        m_server->setRoute(
            QStringLiteral("/a.jpg"), HttpRoute::redirect(m_server->url(QStringLiteral("/b.jpg"))));
        m_server->setRoute(
            QStringLiteral("/b.jpg"), HttpRoute::redirect(m_server->url(QStringLiteral("/a.jpg"))));
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/a.jpg")).toString();
        const Loaded got = load(loader, url, QSize(100, 150));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("redirects")), qPrintable(got.failure));
        // The redirects were really followed, up to the limit (3: four requests),
        // and then the loop ended. (Qt's client may send a hop twice when it
        // switches connections, so the upper bound leaves room for that.)
        const int hops = m_server->requestCount(QStringLiteral("/a.jpg"))
            + m_server->requestCount(QStringLiteral("/b.jpg"));
        QVERIFY2(hops >= 4 && hops <= 10, qPrintable(QString::number(hops)));
        QVERIFY(!loader.diskCache().contains(url));
    }

    void redirectFromHttpsToHttpIsNotFollowed()
    {
        LocalHttpServer secure(LocalHttpServer::Scheme::Https);
        QVERIFY(secure.start());
        const QByteArray image = TestImages::jpeg(QSize(90, 120), QColor(20, 20, 200));
        secure.setRoute(QStringLiteral("/good.jpg"), HttpRoute::ok("image/jpeg", image));
        m_server->setRoute(QStringLiteral("/plain.jpg"), HttpRoute::ok("image/jpeg", image));
        secure.setRoute(QStringLiteral("/downgrade.jpg"),
            HttpRoute::redirect(m_server->url(QStringLiteral("/plain.jpg"))));
        CoverLoader loader(settings());

        // The server's own certificate authority is trusted through the settings.
        const Loaded good = load(loader, secure.url(QStringLiteral("/good.jpg")).toString(), QSize(90, 120));
        QVERIFY2(good.failure.isEmpty(), qPrintable(good.failure));
        QCOMPARE(good.image.size(), QSize(90, 120));

        const QString url = secure.url(QStringLiteral("/downgrade.jpg")).toString();
        const Loaded got = load(loader, url, QSize(90, 120));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("insecure")), qPrintable(got.failure));
        QCOMPARE(secure.requestCount(QStringLiteral("/downgrade.jpg")), 1);
        QCOMPARE(m_server->totalRequests(), 0);
        QVERIFY(!loader.diskCache().contains(url));
    }

    void untrustedCertificateFails()
    {
        LocalHttpServer secure(LocalHttpServer::Scheme::Https);
        QVERIFY(secure.start());
        secure.setRoute(
            QStringLiteral("/c.jpg"), HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(9, 9), Qt::red)));
        CoverSettings s = settings();
        s.network.extraCaCertificates.clear();
        CoverLoader loader(s);
        const Loaded got = load(loader, secure.url(QStringLiteral("/c.jpg")).toString(), QSize(9, 9));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("secure connection")), qPrintable(got.failure));
        QCOMPARE(secure.requestCount(QStringLiteral("/c.jpg")), 0);
    }

    void bodyOverTheSizeLimitIsRefused_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("Content-Length") << false;
        QTest::newRow("chunked") << true;
    }

    void bodyOverTheSizeLimitIsRefused()
    {
        QFETCH(bool, chunked);
        HttpRoute route = HttpRoute::ok("image/jpeg", patternedBody(300 * 1024));
        route.chunked = chunked;
        m_server->setRoute(QStringLiteral("/big.jpg"), route);
        CoverSettings s = settings();
        s.limits.maxBytes = 64 * 1024;
        CoverLoader loader(s);
        const QString url = m_server->url(QStringLiteral("/big.jpg")).toString();

        const Loaded got = load(loader, url, QSize(100, 100));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("larger than 64")), qPrintable(got.failure));
        QVERIFY(!loader.diskCache().contains(url));
        QCOMPARE(loader.diskCache().count(), 0);
        QCOMPARE(loader.diskCache().usedBytes(), 0);
    }

    void imageDeclaringHugeSizeIsRefused()
    {
        const QByteArray bomb = TestImages::pngDeclaring(QSize(20000, 20000));
        QVERIFY(bomb.size() < 2048);
        m_server->setRoute(QStringLiteral("/bomb.png"), HttpRoute::ok("image/png", bomb));
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/bomb.png")).toString();
        const Loaded got = load(loader, url, QSize(100, 100));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("20000")), qPrintable(got.failure));
        QVERIFY(!loader.diskCache().contains(url));
        QCOMPARE(loader.diskCache().count(), 0);
    }

    void nonImageIsRefused()
    {
        m_server->setRoute(
            QStringLiteral("/page.jpg"), HttpRoute::ok("image/jpeg", TestImages::notAnImage()));
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/page.jpg")).toString();
        const Loaded got = load(loader, url, QSize(100, 100));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("not an image")), qPrintable(got.failure));
        QVERIFY(!loader.diskCache().contains(url));
        QCOMPARE(loader.diskCache().count(), 0);
    }

    void onlyAllowedFormatsAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        // SVG needs a plugin (and renders whatever the drawing says); BMP is
        // built into Qt. Neither is a format covers come in.
        QTest::newRow("svg") << TestImages::svg(QSize(200, 300), Qt::red) << QStringLiteral("an SVG drawing");
        QTest::newRow("bmp") << TestImages::bmp(QSize(200, 300), Qt::red) << QStringLiteral("a BMP image");
    }

    void onlyAllowedFormatsAreDecoded()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        // The name and the Content-Type say JPEG: only the content counts.
        m_server->setRoute(QStringLiteral("/cover.jpg"), HttpRoute::ok("image/jpeg", body));
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/cover.jpg")).toString();
        const Loaded downloaded = load(loader, url, QSize(100, 150));
        QVERIFY(downloaded.image.isNull());
        QVERIFY2(downloaded.failure.contains(named), qPrintable(downloaded.failure));
        QVERIFY2(downloaded.failure.contains(QStringLiteral("JPEG, PNG, WebP or GIF")),
            qPrintable(downloaded.failure));
        QCOMPARE(loader.diskCache().count(), 0);

        const QString path = m_dir->filePath(QStringLiteral("cover.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        const Loaded local = load(loader, QUrl::fromLocalFile(path).toString(), QSize(100, 150));
        QVERIFY(local.image.isNull());
        QVERIFY2(local.failure.contains(named), qPrintable(local.failure));
    }

    void coverInTheDiskCacheIsCheckedAgain()
    {
        // Cached by an older version that accepted any format: refused when
        // read, and dropped from the cache.
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/old.bmp")).toString();
        QVERIFY(loader.diskCache().store(url, TestImages::bmp(QSize(40, 60), Qt::blue)).ok());
        const Loaded got = load(loader, url, QSize(40, 60));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("a BMP image")), qPrintable(got.failure));
        QVERIFY(!loader.diskCache().contains(url));
        QCOMPARE(m_server->totalRequests(), 0);
    }

    void gifCoversAreShown()
    {
        const QByteArray gif = TestImages::gif(QSize(60, 90), QColor(20, 120, 220));
        m_server->setRoute(QStringLiteral("/anim"), HttpRoute::ok("image/gif", gif));
        CoverLoader loader(settings());
        const Loaded downloaded
            = load(loader, m_server->url(QStringLiteral("/anim")).toString(), QSize(40, 60));
        QVERIFY2(downloaded.failure.isEmpty(), qPrintable(downloaded.failure));
        QCOMPARE(downloaded.image.size(), QSize(40, 60));
        QVERIFY(closeTo(downloaded.image.pixelColor(20, 30), QColor(20, 120, 220)));
    }

    void bodyShorterThanDeclaredIsRefused()
    {
        const QByteArray image = TestImages::jpeg(QSize(200, 300), QColor(250, 200, 0));
        HttpRoute route = HttpRoute::ok("image/jpeg", image);
        route.declaredLength = image.size() * 3;
        m_server->setRoute(QStringLiteral("/cut.jpg"), route);
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/cut.jpg")).toString();
        const Loaded got = load(loader, url, QSize(100, 150));
        QVERIFY(got.image.isNull());
        // Qt reports the early close either as an error or as a success with
        // fewer bytes; both are a broken download, not an unreachable server.
        QVERIFY2(got.failure.contains(QStringLiteral("broke off")), qPrintable(got.failure));
        QVERIFY(!loader.diskCache().contains(url));
        QCOMPARE(loader.diskCache().count(), 0);

        // Broken downloads say nothing about being offline: they do not pause the others.
        for (int i = 0; i < 3; ++i) {
            const QString path = QStringLiteral("/cut%1.jpg").arg(i);
            m_server->setRoute(path, route);
            QVERIFY(!load(loader, m_server->url(path).toString(), QSize(100, 150)).failure.isEmpty());
        }
        m_server->setRoute(QStringLiteral("/whole.jpg"), HttpRoute::ok("image/jpeg", image));
        const Loaded whole
            = load(loader, m_server->url(QStringLiteral("/whole.jpg")).toString(), QSize(100, 150));
        QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
        QCOMPARE(whole.image.size(), QSize(100, 150));
        QCOMPARE(loader.downloadsStarted(), 5);
    }

    void coverLargerThanTheDiskCacheIsNotFetchedForever()
    {
        const QByteArray image = TestImages::jpeg(QSize(300, 450), QColor(90, 90, 30));
        m_server->setRoute(QStringLiteral("/wide.jpg"), HttpRoute::ok("image/jpeg", image));
        CoverSettings s = settings();
        s.diskCacheBytes = image.size() / 2;
        CoverLoader loader(s);
        const QString url = m_server->url(QStringLiteral("/wide.jpg")).toString();
        const Loaded got = load(loader, url, QSize(100, 150));
        // Nothing happens: the refused cover is not fetched again.
        QTest::qWait(500);
        QCOMPARE(m_server->requestCount(QStringLiteral("/wide.jpg")), 1);
        QCOMPARE(loader.downloadsStarted(), 1);
        QVERIFY(loader.diskCache().usedBytes() <= s.diskCacheBytes);
        QVERIFY(!loader.isLoading(url));
        QVERIFY(got.image.isNull());
        QVERIFY2(got.failure.contains(QStringLiteral("cover cache")), qPrintable(got.failure));
        QCOMPARE(loader.diskCache().count(), 0);
    }

    void manyCellsShareOneDownload()
    {
        HttpRoute route = HttpRoute::ok("image/jpeg", TestImages::jpeg(QSize(300, 450), Qt::darkGreen));
        route.delayMs = 200; // every cell asks while the download runs
        m_server->setRoute(QStringLiteral("/shared.jpg"), route);
        CoverLoader loader(settings());
        const QString url = m_server->url(QStringLiteral("/shared.jpg")).toString();
        QSignalSpy ready(&loader, &CoverLoader::coverReady);

        for (int i = 0; i < 40; ++i) {
            const QSize size = i % 2 ? QSize(60, 90) : QSize(120, 180);
            QVERIFY(loader.cover(url, size).isNull());
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            loader.hasCover(url, QSize(60, 90)) && loader.hasCover(url, QSize(120, 180)), 10000);
        QCOMPARE(loader.cover(url, QSize(60, 90)).size(), QSize(60, 90));
        QCOMPARE(loader.cover(url, QSize(120, 180)).size(), QSize(120, 180));
        // Nothing happens: no second download starts afterwards.
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount(QStringLiteral("/shared.jpg")), 1);
        QCOMPARE(loader.downloadsStarted(), 1);
        QCOMPARE(ready.size(), 2); // one per size, not one per cell
    }

    void cacheSurvivesARestart()
    {
        const QByteArray image = TestImages::jpeg(QSize(240, 360), QColor(120, 0, 160));
        m_server->setRoute(QStringLiteral("/keep.jpg"), HttpRoute::ok("image/jpeg", image));
        const QString url = m_server->url(QStringLiteral("/keep.jpg")).toString();
        {
            CoverLoader first(settings());
            QCOMPARE(load(first, url, QSize(80, 120)).image.size(), QSize(80, 120));
        }
        QCOMPARE(m_server->requestCount(QStringLiteral("/keep.jpg")), 1);
        m_server->removeRoute(QStringLiteral("/keep.jpg"));

        CoverLoader second(settings());
        QVERIFY(second.cover(url, QSize(160, 240)).isNull());
        const Loaded got = load(second, url, QSize(160, 240));
        QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
        QCOMPARE(got.image.size(), QSize(160, 240));
        QVERIFY(closeTo(got.image.pixelColor(80, 120), QColor(120, 0, 160)));
        QCOMPARE(m_server->requestCount(QStringLiteral("/keep.jpg")), 1);
        QCOMPARE(second.downloadsStarted(), 0);

        // Even with the server gone altogether.
        m_server.reset();
        CoverLoader third(settings());
        QCOMPARE(load(third, url, QSize(40, 60)).image.size(), QSize(40, 60));
        QCOMPARE(third.downloadsStarted(), 0);
    }

    void evictionKeepsTheDiskCacheWithinItsLimit()
    {
        const QList<QColor> colors { Qt::red, Qt::green, Qt::blue, Qt::cyan, Qt::magenta, Qt::yellow };
        QStringList urls;
        qint64 smallest = std::numeric_limits<qint64>::max();
        qint64 largest = 0;
        for (int i = 0; i < colors.size(); ++i) {
            const QByteArray image = TestImages::jpeg(QSize(200, 300), colors[i]);
            smallest = qMin<qint64>(smallest, image.size());
            largest = qMax<qint64>(largest, image.size());
            const QString path = QStringLiteral("/c%1.jpg").arg(i);
            m_server->setRoute(path, HttpRoute::ok("image/jpeg", image));
            urls << m_server->url(path).toString();
        }
        CoverSettings s = settings();
        s.diskCacheBytes = 3 * largest + largest / 2;
        QVERIFY(4 * smallest > s.diskCacheBytes); // room for three covers, not four

        auto verifyNewestKept = [&](CoverDiskCache &cache) {
            QVERIFY2(cache.usedBytes() <= s.diskCacheBytes, qPrintable(QString::number(cache.usedBytes())));
            QCOMPARE(cache.count(), 3);
            for (int i = 0; i < 3; ++i)
                QVERIFY2(!cache.contains(urls[i]), qPrintable(urls[i]));
            for (int i = 3; i < 6; ++i)
                QVERIFY2(cache.contains(urls[i]), qPrintable(urls[i]));
        };
        {
            CoverLoader loader(s);
            for (const QString &url : std::as_const(urls)) {
                QCOMPARE(load(loader, url, QSize(20, 30)).image.size(), QSize(20, 30));
                QVERIFY(loader.diskCache().usedBytes() <= s.diskCacheBytes);
            }
            verifyNewestKept(loader.diskCache());
            if (QTest::currentTestFailed())
                return;
        }
        CoverLoader restarted(s);
        verifyNewestKept(restarted.diskCache());
        if (QTest::currentTestFailed())
            return;
        // Only the kept files are on disk.
        QCOMPARE(filesUnder(s.diskCacheFolder + QStringLiteral("/objects")), 3);
        QCOMPARE(load(restarted, urls[5], QSize(20, 30)).image.size(), QSize(20, 30));
        QCOMPARE(restarted.downloadsStarted(), 0);
    }

    void truncatedCacheFileIsFetchedAgain()
    {
        const QByteArray image = TestImages::jpeg(QSize(300, 450), QColor(0, 140, 140));
        m_server->setRoute(QStringLiteral("/t.jpg"), HttpRoute::ok("image/jpeg", image));
        const QString url = m_server->url(QStringLiteral("/t.jpg")).toString();
        const CoverSettings s = settings();
        {
            CoverLoader first(s);
            QCOMPARE(load(first, url, QSize(100, 150)).image.size(), QSize(100, 150));
        }
        QFile object(objectFile(s.diskCacheFolder, image));
        QVERIFY2(object.exists(), qPrintable(object.fileName()));
        QVERIFY(object.resize(image.size() / 2));

        CoverLoader second(s);
        const Loaded got = load(second, url, QSize(100, 150));
        QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
        QCOMPARE(got.image.size(), QSize(100, 150));
        QVERIFY(closeTo(got.image.pixelColor(50, 75), QColor(0, 140, 140)));
        QVERIFY(closeTo(got.image.pixelColor(50, 145), QColor(0, 140, 140))); // the bottom too
        QCOMPARE(m_server->requestCount(QStringLiteral("/t.jpg")), 2);
        QVERIFY(object.open(QIODevice::ReadOnly));
        QCOMPARE(object.readAll(), image);
    }

    void unreachableServerPausesDownloads()
    {
        QString base;
        {
            LocalHttpServer gone;
            QVERIFY(gone.start());
            base = gone.url(QStringLiteral("/")).toString();
        } // stopped: connections are refused
        CoverLoader loader(settings());
        auto urlOf = [&base](int i) -> QString { return base + QStringLiteral("cover%1.jpg").arg(i); };

        for (int i = 0; i < 3; ++i) {
            const Loaded got = load(loader, urlOf(i), QSize(50, 75));
            QVERIFY(got.image.isNull());
            QVERIFY2(got.failure.contains(QStringLiteral("could not be reached")), qPrintable(got.failure));
            QCOMPARE(loader.downloadsStarted(), i + 1);
        }
        // Three in a row: the computer seems offline; new covers wait.
        for (int i = 3; i < 8; ++i)
            QVERIFY(loader.cover(urlOf(i), QSize(50, 75)).isNull());
        QTRY_VERIFY(loader.isLoading(urlOf(7)));
        // Nothing happens: the waiting covers are not tried meanwhile.
        QTest::qWait(500);
        QCOMPARE(loader.downloadsStarted(), 3);
        for (int i = 3; i < 8; ++i) {
            QVERIFY(loader.isLoading(urlOf(i)));
            QVERIFY(loader.failure(urlOf(i)).isEmpty());
        }
        // Covers already on disk, and local files, still show meanwhile.
        const QByteArray image = TestImages::jpeg(QSize(50, 75), Qt::gray);
        const QString file = m_dir->filePath(QStringLiteral("local.jpg"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(image);
        out.close();
        QCOMPARE(
            load(loader, QUrl::fromLocalFile(file).toString(), QSize(50, 75)).image.size(), QSize(50, 75));
    }

    void localFilesNeedNoServer()
    {
        CoverLoader loader(settings());
        const QString jpegPath = m_dir->filePath(QStringLiteral("cover one.jpg"));
        QFile file(jpegPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg(QSize(500, 250), QColor(255, 128, 0)));
        file.close();

        const Loaded got
            = load(loader, QUrl::fromLocalFile(jpegPath).toString(), QSize(100, 100), CoverFit::Whole);
        QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
        QCOMPARE(got.image.size(), QSize(100, 50));
        QVERIFY(closeTo(got.image.pixelColor(50, 25), QColor(255, 128, 0)));
        QCOMPARE(loader.downloadsStarted(), 0);
        QCOMPARE(loader.diskCache().count(), 0); // the file is its own cache

        const QString missing = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("gone.jpg"))).toString();
        const Loaded failed = load(loader, missing, QSize(100, 100));
        QVERIFY(failed.image.isNull());
        QVERIFY2(failed.failure.contains(QStringLiteral("gone.jpg")), qPrintable(failed.failure));
        QVERIFY2(failed.failure.contains(QStringLiteral("does not exist")), qPrintable(failed.failure));
        QCOMPARE(loader.downloadsStarted(), 0);
        QCOMPARE(m_server->totalRequests(), 0);
    }

    void fileCoversOnlyFromThisComputersDisks()
    {
        CoverLoader loader(settings());
        const Loaded share = load(loader, QStringLiteral("file://fileserver/share/cover.png"), QSize(50, 75));
        QVERIFY(share.image.isNull());
        QVERIFY2(share.failure.contains(QStringLiteral("another computer (fileserver)")),
            qPrintable(share.failure));
#ifdef Q_OS_UNIX
        const QString fifo = m_dir->filePath(QStringLiteral("pipe.jpg"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Loaded pipe = load(loader, QUrl::fromLocalFile(fifo).toString(), QSize(50, 75));
        QVERIFY(pipe.image.isNull());
        QVERIFY2(pipe.failure.contains(QStringLiteral("not an ordinary file")), qPrintable(pipe.failure));
        const Loaded proc = load(loader, QStringLiteral("file:///proc/self/status"), QSize(50, 75));
        QVERIFY2(
            proc.failure.contains(QStringLiteral("file of the operating system")), qPrintable(proc.failure));
#endif
        QCOMPARE(loader.downloadsStarted(), 0);
    }

    void serverLibraryShowsOnlyFilesFromTheCoverFolder()
    {
        CoverSettings s = settings();
        s.fileCovers = omt::FileCoverScope::UserCoverFolder;
        CoverLoader loader(s);
        const QByteArray jpeg = TestImages::jpeg(QSize(50, 75), Qt::darkRed);
        QVERIFY(QDir().mkpath(s.userCoverFolder));
        const QString mine = s.userCoverFolder + QStringLiteral("/mine.jpg");
        const QString other = m_dir->filePath(QStringLiteral("someone else's.jpg"));
        for (const QString &path : { mine, other }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(jpeg);
        }
        const Loaded shown = load(loader, QUrl::fromLocalFile(mine).toString(), QSize(50, 75));
        QVERIFY2(shown.failure.isEmpty(), qPrintable(shown.failure));
        QCOMPARE(shown.image.size(), QSize(50, 75));
        const Loaded refused = load(loader, QUrl::fromLocalFile(other).toString(), QSize(50, 75));
        QVERIFY(refused.image.isNull());
        QVERIFY2(refused.failure.contains(QStringLiteral("not in this computer's cover folder")),
            qPrintable(refused.failure));
    }

    void memoryCacheStaysWithinItsLimit()
    {
        CoverSettings s = settings();
        s.memoryCacheBytes = 16 * 1024 * 1024; // the smallest a loader accepts
        CoverLoader loader(s);
        // 24 covers of 600 x 900 x 4 bytes (2.1 MB each) is 50 MB decoded.
        QStringList urls;
        for (int i = 0; i < 24; ++i) {
            const QString path = m_dir->filePath(QStringLiteral("m%1.png").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(TestImages::png(QSize(20, 30), QColor::fromHsv(i * 9, 200, 200)));
            file.close();
            urls << QUrl::fromLocalFile(path).toString();
        }
        for (const QString &url : std::as_const(urls)) {
            QCOMPARE(load(loader, url, QSize(600, 900)).image.size(), QSize(600, 900));
            QVERIFY2(loader.memoryCacheBytes() <= s.memoryCacheBytes,
                qPrintable(QString::number(loader.memoryCacheBytes())));
        }
        QVERIFY(loader.memoryCacheBytes() > 0);
        // The newest is still in memory, the oldest has made room.
        QVERIFY(loader.hasCover(urls.last(), QSize(600, 900)));
        QVERIFY(!loader.hasCover(urls.first(), QSize(600, 900)));
        loader.clearMemoryCache();
        QCOMPARE(loader.memoryCacheBytes(), 0);
        QVERIFY(!loader.hasCover(urls.last(), QSize(600, 900)));
    }

private:
    CoverSettings settings() const
    {
        CoverSettings s;
        s.diskCacheFolder = m_dir->filePath(QStringLiteral("cache"));
        s.userCoverFolder = m_dir->filePath(QStringLiteral("covers"));
        s.network.idleTimeoutMs = 1500;
        s.network.totalTimeoutMs = 2000;
        s.network.userAgent = CoverSettings::userAgent();
        s.network.extraCaCertificates = LocalHttpServer::caCertificates();
        return s;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestCoverLoader)
#include "tst_coverloader.moc"
