// Covers people chose themselves: what lands in their cover folder, and what
// they are told when a file is no usable picture.

#include "net/UserCoverStore.h"
#include "support/TestImages.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using omt::CoverLimits;
using omt::UserCoverStore;
namespace TestImages = omt::test::TestImages;

class TestUserCoverStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("user covers"));
    }

    void cleanup() { m_dir.reset(); }

    void largePhotoIsStoredScaledDown()
    {
        const QString source = writeSource(
            QStringLiteral("holiday scan.jpg"), TestImages::jpeg(QSize(3000, 2000), QColor(30, 90, 200)));
        const UserCoverStore store(m_folder, CoverLimits {});
        const auto stored = store.storeFile(source);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));

        const QUrl url(*stored);
        QVERIFY(url.isLocalFile());
        QCOMPARE(QFileInfo(url.toLocalFile()).absolutePath(), QFileInfo(m_folder).absoluteFilePath());
        QVERIFY(store.holds(*stored));
        QVERIFY(!store.holds(QUrl::fromLocalFile(source).toString()));
        QVERIFY(!store.holds(QStringLiteral("https://covers.example/a.jpg")));

        QImageReader reader(url.toLocalFile());
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        const QImage image = reader.read();
        QCOMPARE(qMax(image.width(), image.height()), UserCoverStore::MaxStoredSide);
        QCOMPARE(image.width(), 1600);
        QVERIFY2(
            qAbs(image.height() - 1067) <= 1, qPrintable(QString::number(image.height()))); // aspect kept
        const QColor centre = image.pixelColor(800, 533);
        QVERIFY(
            qAbs(centre.red() - 30) < 16 && qAbs(centre.green() - 90) < 16 && qAbs(centre.blue() - 200) < 16);
        // The original is left where it was.
        QVERIFY(QFileInfo::exists(source));
    }

    void samePictureTwiceIsOneFile()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(400, 600), Qt::darkGreen);
        const QString a = writeSource(QStringLiteral("a.jpg"), jpeg);
        const QString b = writeSource(QStringLiteral("copy of a.jpg"), jpeg);
        const UserCoverStore store(m_folder, CoverLimits {});
        const auto first = store.storeFile(a);
        const auto second = store.storeFile(b);
        const auto third = store.storeBytes(jpeg);
        QVERIFY(first.ok() && second.ok() && third.ok());
        QCOMPARE(*second, *first);
        QCOMPARE(*third, *first);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 1);
        // A picture small enough is kept as it was, byte for byte.
        QFile kept(QUrl(*first).toLocalFile());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), jpeg);

        // Scaled-down pictures too: the same large picture gives the same file.
        const QByteArray large = TestImages::jpeg(QSize(2400, 1800), Qt::darkCyan);
        const auto big1 = store.storeBytes(large);
        const auto big2 = store.storeFile(writeSource(QStringLiteral("large.jpg"), large));
        QVERIFY(big1.ok() && big2.ok());
        QCOMPARE(*big2, *big1);
        QVERIFY(*big1 != *first);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 2);
    }

    void pictureWithTransparencyIsStoredAsPng()
    {
        QImage image(300, 200, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        for (int y = 50; y < 150; ++y)
            for (int x = 100; x < 200; ++x)
                image.setPixelColor(x, y, QColor(250, 10, 10));
        const UserCoverStore store(m_folder, CoverLimits {});
        const auto stored = store.storeImage(image);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QVERIFY(stored->endsWith(QStringLiteral(".png")));
        QVERIFY(store.holds(*stored));

        QImageReader reader(QUrl(*stored).toLocalFile());
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage read = reader.read();
        QCOMPARE(read.size(), QSize(300, 200));
        QVERIFY(read.hasAlphaChannel());
        QCOMPARE(read.pixelColor(10, 10).alpha(), 0);
        QCOMPARE(read.pixelColor(150, 100), QColor(250, 10, 10));

        // An opaque picture from the clipboard becomes a JPEG, and a huge one is scaled.
        QImage photo(4000, 1000, QImage::Format_RGB32);
        photo.fill(Qt::yellow);
        const auto opaque = store.storeImage(photo);
        QVERIFY(opaque.ok());
        QVERIFY(opaque->endsWith(QStringLiteral(".jpg")));
        QCOMPARE(QImage(QUrl(*opaque).toLocalFile()).size(), QSize(1600, 400));

        QVERIFY(!store.storeImage(QImage()).ok());
    }

    void nonImageIsRefused()
    {
        const QString page = writeSource(QStringLiteral("cover.jpg"), TestImages::notAnImage());
        const UserCoverStore store(m_folder, CoverLimits {});
        const auto stored = store.storeFile(page);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(QStringLiteral("not an image")),
            qPrintable(stored.error().message));
        QVERIFY(QDir(m_folder).entryList(QDir::Files).isEmpty());

        const auto missing = store.storeFile(m_dir->filePath(QStringLiteral("nowhere.png")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("nowhere.png")),
            qPrintable(missing.error().message));

        const auto bomb = store.storeBytes(TestImages::pngDeclaring(QSize(20000, 20000)));
        QVERIFY(!bomb.ok());
        QVERIFY2(bomb.error().message.contains(QStringLiteral("20000")), qPrintable(bomb.error().message));
        QVERIFY(QDir(m_folder).entryList(QDir::Files).isEmpty());
    }

    void pictureInAnotherFormatIsRefused()
    {
        const UserCoverStore store(m_folder, CoverLimits {});
        const auto drawing = store.storeBytes(TestImages::svg(QSize(300, 450), Qt::green));
        QVERIFY(!drawing.ok());
        QVERIFY2(drawing.error().message.contains(QStringLiteral("an SVG drawing")),
            qPrintable(drawing.error().message));
        const auto bitmap = store.storeFile(
            writeSource(QStringLiteral("scan.png"), TestImages::bmp(QSize(300, 450), Qt::green)));
        QVERIFY(!bitmap.ok());
        QVERIFY2(bitmap.error().message.contains(QStringLiteral("a BMP image")),
            qPrintable(bitmap.error().message));
        QVERIFY(QDir(m_folder).entryList(QDir::Files).isEmpty());

        // A GIF is fine: stored as it is.
        const QByteArray gif = TestImages::gif(QSize(30, 45), Qt::green);
        const auto stored = store.storeBytes(gif);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QVERIFY(stored->endsWith(QStringLiteral(".gif")));
    }

    void fileOverTheSizeLimitIsRefused()
    {
        CoverLimits limits;
        limits.maxBytes = 64 * 1024;
        // Noise does not compress: a 400 x 400 JPEG of it is well over 64 KB.
        QImage noise(400, 400, QImage::Format_RGB32);
        quint32 seed = 12345;
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x) {
                seed = seed * 1664525U + 1013904223U;
                noise.setPixel(x, y, seed >> 8);
            }
        }
        const QString path = m_dir->filePath(QStringLiteral("noise.jpg"));
        QVERIFY(noise.save(path, "JPEG", 95));
        QVERIFY(QFileInfo(path).size() > limits.maxBytes);

        const UserCoverStore store(m_folder, limits);
        const auto stored = store.storeFile(path);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(QStringLiteral("larger than 64")),
            qPrintable(stored.error().message));
        QVERIFY(QDir(m_folder).entryList(QDir::Files).isEmpty());
        // The same picture is fine under the default limit.
        QVERIFY(UserCoverStore(m_folder, CoverLimits {}).storeFile(path).ok());
    }

private:
    QString writeSource(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestUserCoverStore)
#include "tst_usercoverstore.moc"
