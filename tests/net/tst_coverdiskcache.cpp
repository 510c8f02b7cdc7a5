// CoverDiskCache on its own: what is on disk after storing, reading,
// evicting and reopening, and how it copes with files it did not expect.

#include "net/CoverDiskCache.h"
#include "support/TestImages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using omt::CoverDiskCache;
namespace TestImages = omt::test::TestImages;

namespace {

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString objectFile(const QString &folder, const QByteArray &bytes)
{
    const QString hex
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return folder + QStringLiteral("/objects/") + hex.left(2) + u'/' + hex;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCoverDiskCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("covers"));
    }

    void cleanup() { m_dir.reset(); }

    void storeAndReadBack()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(60, 90), Qt::darkRed);
        const QString url = QStringLiteral("https://covers.example/a.jpg");
        {
            CoverDiskCache cache(m_folder, 1024 * 1024);
            QVERIFY(!cache.contains(url));
            QVERIFY(!cache.read(url).has_value());
            QCOMPARE(cache.count(), 0);

            QVERIFY(cache.store(url, jpeg).ok());
            QVERIFY(cache.contains(url));
            QCOMPARE(cache.read(url).value_or(QByteArray()), jpeg);
            QCOMPARE(cache.count(), 1);
            QCOMPARE(cache.usedBytes(), jpeg.size());
            QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")), { objectFile(m_folder, jpeg) });

            // Storing it again (a second download) changes nothing.
            QVERIFY(cache.store(url, jpeg).ok());
            QCOMPARE(cache.count(), 1);
            QCOMPARE(cache.usedBytes(), jpeg.size());
        }
        // The index is saved when the cache goes away: a new process finds the cover.
        CoverDiskCache reopened(m_folder, 1024 * 1024);
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(reopened.usedBytes(), jpeg.size());
        const auto bytes = reopened.read(url);
        QVERIFY(bytes.has_value());
        QCOMPARE(QImage::fromData(*bytes).size(), QSize(60, 90));

        // A new picture at the same address replaces the old one, file and all.
        const QByteArray png = TestImages::png(QSize(10, 10), Qt::blue);
        QVERIFY(reopened.store(url, png).ok());
        QCOMPARE(reopened.read(url).value_or(QByteArray()), png);
        QCOMPARE(reopened.usedBytes(), png.size());
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")), { objectFile(m_folder, png) });

        reopened.remove(url);
        QVERIFY(!reopened.contains(url));
        QCOMPARE(reopened.usedBytes(), 0);
        QVERIFY(filesUnder(m_folder + QStringLiteral("/objects")).isEmpty());
    }

    void sameBytesShareOneFile()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(80, 120), Qt::darkYellow);
        const QString first = QStringLiteral("https://one.example/cover.jpg");
        const QString second = QStringLiteral("https://two.example/mirror/cover.jpg?size=l");
        CoverDiskCache cache(m_folder, 1024 * 1024);
        QVERIFY(cache.store(first, jpeg).ok());
        QVERIFY(cache.store(second, jpeg).ok());

        QCOMPARE(cache.count(), 2);
        QCOMPARE(cache.usedBytes(), jpeg.size()); // counted once
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")), { objectFile(m_folder, jpeg) });

        cache.remove(first);
        QVERIFY(!cache.contains(first));
        QCOMPARE(cache.read(second).value_or(QByteArray()), jpeg);
        QCOMPARE(cache.usedBytes(), jpeg.size());
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")).size(), 1);

        cache.remove(second);
        QCOMPARE(cache.usedBytes(), 0);
        QVERIFY(filesUnder(m_folder + QStringLiteral("/objects")).isEmpty());
    }

    void leftoversAreCleanedUpOnLoad()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(40, 40), Qt::green);
        const QString url = QStringLiteral("https://covers.example/kept.jpg");
        {
            CoverDiskCache cache(m_folder, 1024 * 1024);
            QVERIFY(cache.store(url, jpeg).ok());
        }
        const QString kept = objectFile(m_folder, jpeg);
        const QString hexDir = QFileInfo(kept).path();
        // What a process killed mid-write leaves behind: a QSaveFile temporary,
        // and a finished file that never made it into the index.
        const QString temporary = kept + QStringLiteral(".aBcDeF");
        const QString stranger = m_folder + QStringLiteral("/objects/zz/notes.txt");
        const QByteArray orphanBytes = TestImages::png(QSize(5, 5), Qt::red);
        const QString orphan = objectFile(m_folder, orphanBytes);
        QVERIFY(writeFile(temporary, jpeg.left(100)));
        QVERIFY(writeFile(stranger, "hello"));
        QVERIFY(writeFile(orphan, orphanBytes));
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")).size(), 4);

        CoverDiskCache cache(m_folder, 1024 * 1024);
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.usedBytes(), jpeg.size());
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")), { kept });
        QCOMPARE(cache.read(url).value_or(QByteArray()), jpeg);
        QVERIFY(QFileInfo::exists(hexDir));
    }

    void damagedIndexIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not an index\n");
        QByteArray random;
        for (int i = 0; i < 4096; ++i)
            random += char((i * 7919 + 13) % 256);
        QTest::newRow("random bytes") << random;
        // The right magic and version, then an absurd count and a string
        // claiming gigabytes: reading must stop at the end of the file.
        QTest::newRow("lying header")
            << QByteArray::fromHex("4f4d544300000001000000000000000a7fffffff7ffffffe0041");
    }

    void damagedIndexIsIgnored()
    {
        QFETCH(QByteArray, index);
        const QByteArray jpeg = TestImages::jpeg(QSize(40, 40), Qt::cyan);
        const QString url = QStringLiteral("https://covers.example/x.jpg");
        {
            CoverDiskCache cache(m_folder, 1024 * 1024);
            QVERIFY(cache.store(url, jpeg).ok());
        }
        QFile file(m_folder + QStringLiteral("/index"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(index);
        file.close();

        CoverDiskCache cache(m_folder, 1024 * 1024);
        QVERIFY(!cache.read(url).has_value());
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.usedBytes(), 0);
        // Files the index no longer names can never be found: they go.
        QVERIFY(filesUnder(m_folder + QStringLiteral("/objects")).isEmpty());
        // And the cache works on.
        QVERIFY(cache.store(url, jpeg).ok());
        QCOMPARE(cache.read(url).value_or(QByteArray()), jpeg);
    }

    void damagedFileIsDropped()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(200, 200), Qt::magenta);
        const QString url = QStringLiteral("https://covers.example/d.jpg");
        CoverDiskCache cache(m_folder, 1024 * 1024);
        QVERIFY(cache.store(url, jpeg).ok());
        QFile object(objectFile(m_folder, jpeg));
        QVERIFY(object.open(QIODevice::ReadWrite));
        QVERIFY(object.seek(jpeg.size() / 2));
        object.write("garbage");
        object.close();

        QVERIFY(!cache.read(url).has_value());
        QVERIFY(!cache.contains(url));
        QCOMPARE(cache.usedBytes(), 0);
        QVERIFY(!QFileInfo::exists(object.fileName()));
    }

    void leastRecentlyUsedGoFirst()
    {
        QList<QByteArray> covers;
        const QList<QColor> colors { Qt::red, Qt::green, Qt::blue, Qt::black, Qt::white };
        qint64 largest = 0;
        qint64 smallest = std::numeric_limits<qint64>::max();
        for (const QColor &color : colors) {
            covers << TestImages::jpeg(QSize(120, 180), color);
            largest = qMax<qint64>(largest, covers.last().size());
            smallest = qMin<qint64>(smallest, covers.last().size());
        }
        const qint64 limit = 3 * largest + largest / 2;
        QVERIFY(4 * smallest > limit);
        auto urlOf = [](int i) { return QStringLiteral("https://covers.example/%1.jpg").arg(i); };

        {
            CoverDiskCache cache(m_folder, limit);
            for (int i = 0; i < 3; ++i)
                QVERIFY(cache.store(urlOf(i), covers[i]).ok());
            QCOMPARE(cache.count(), 3);
            // The oldest is looked at again (its cell scrolled back into view).
            QVERIFY(cache.read(urlOf(0)).has_value());

            QVERIFY(cache.store(urlOf(3), covers[3]).ok());
            QVERIFY(cache.usedBytes() <= limit);
            QVERIFY(cache.contains(urlOf(0)));
            QVERIFY(!cache.contains(urlOf(1))); // the least recently used
            QVERIFY(cache.contains(urlOf(2)));
            QVERIFY(cache.contains(urlOf(3)));
            QVERIFY(!QFileInfo::exists(objectFile(m_folder, covers[1])));
            QVERIFY(cache.read(urlOf(2)).has_value());
        }
        // The order of use survives a restart.
        CoverDiskCache cache(m_folder, limit);
        QVERIFY(cache.store(urlOf(4), covers[4]).ok());
        QVERIFY(cache.usedBytes() <= limit);
        QVERIFY(!cache.contains(urlOf(0)));
        QVERIFY(cache.contains(urlOf(2)));
        QVERIFY(cache.contains(urlOf(3)));
        QVERIFY(cache.contains(urlOf(4)));
        QCOMPARE(filesUnder(m_folder + QStringLiteral("/objects")).size(), 3);

        // A smaller limit evicts at once, oldest first.
        cache.setMaxBytes(largest + largest / 2);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains(urlOf(4)));
        QVERIFY(cache.usedBytes() <= cache.maxBytes());
    }

    void coverLargerThanTheCacheIsRefused()
    {
        const QByteArray jpeg = TestImages::jpeg(QSize(300, 300), Qt::darkBlue);
        CoverDiskCache cache(m_folder, jpeg.size() - 1);
        const auto stored = cache.store(QStringLiteral("https://covers.example/big.jpg"), jpeg);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(QStringLiteral("cover cache")),
            qPrintable(stored.error().message));
        QCOMPARE(cache.count(), 0);
        QVERIFY(filesUnder(m_folder + QStringLiteral("/objects")).isEmpty());
    }

    void clearRemovesEverything()
    {
        CoverDiskCache cache(m_folder, 1024 * 1024);
        for (int i = 0; i < 4; ++i)
            QVERIFY(cache
                        .store(QStringLiteral("https://covers.example/%1").arg(i),
                            TestImages::png(QSize(8, 8), QColor::fromHsv(i * 60, 255, 255)))
                        .ok());
        QVERIFY(cache.flush().ok());
        QVERIFY(cache.clear().ok());
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.usedBytes(), 0);
        QVERIFY(filesUnder(m_folder).isEmpty());
        QVERIFY(cache.store(QStringLiteral("https://covers.example/again"), "x").ok());
        QCOMPARE(cache.count(), 1);
    }

    void usableFromSeveralThreads()
    {
        CoverDiskCache cache(m_folder, 64 * 1024);
        QList<QByteArray> covers;
        for (int i = 0; i < 8; ++i)
            covers << TestImages::png(QSize(16, 16), QColor::fromHsv(i * 40, 200, 200));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&cache, &covers, t] {
                for (int round = 0; round < 200; ++round) {
                    const int i = (round + t) % covers.size();
                    const QString url = QStringLiteral("https://covers.example/%1").arg(i);
                    if (round % 3 == 0)
                        cache.remove(url);
                    else if (const auto bytes = cache.read(url); !bytes)
                        (void)cache.store(url, covers[i]);
                    else if (*bytes != covers[i])
                        qFatal("a cover came back with other bytes");
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(20000));
        QVERIFY(cache.usedBytes() <= 64 * 1024);
        // Reading every address also drops any entry whose file a racing
        // removal took away, so the books balance afterwards.
        for (int i = 0; i < covers.size(); ++i) {
            const QString url = QStringLiteral("https://covers.example/%1").arg(i);
            if (const auto bytes = cache.read(url))
                QCOMPARE(*bytes, covers[i]);
        }
        // What is on disk is exactly what the cache accounts for.
        qint64 onDisk = 0;
        for (const QString &file : filesUnder(m_folder + QStringLiteral("/objects")))
            onDisk += QFileInfo(file).size();
        QCOMPARE(onDisk, cache.usedBytes());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestCoverDiskCache)
#include "tst_coverdiskcache.moc"
