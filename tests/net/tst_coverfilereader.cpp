// Which cover files are read, and that reading one never hangs: a cover
// address is chosen by whoever can edit the library, so it must not make
// the application read devices, pipes, /proc, other computers' shares, or
// (for a library on a server) anything outside this computer's own covers.

#include "net/CoverFileReader.h"
#include "support/TestImages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using omt::CoverFileReader;
using omt::CoverLimits;
using omt::FileCoverScope;
using omt::LocalFileRead;
using omt::LocalFileRequest;
namespace TestImages = omt::test::TestImages;

namespace {

QString messageOf(const omt::Result<QByteArray> &read)
{
    return read.ok() ? QStringLiteral("(read %1 bytes)").arg(read->size()) : read.error().message;
}

} // namespace

class TestCoverFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // "0.2 s"
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_covers = m_dir->filePath(QStringLiteral("covers"));
        QVERIFY(QDir().mkpath(m_covers));
        m_jpeg = TestImages::jpeg(QSize(30, 40), Qt::red);
    }

    void cleanup() { m_dir.reset(); }

    void regularFileIsRead()
    {
        const QString path = write(m_dir->filePath(QStringLiteral("my cover.jpg")), m_jpeg);
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, CoverLimits {});
        const auto read = reader.readAddress(QUrl::fromLocalFile(path));
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(*read, m_jpeg);
        QCOMPARE(*reader.readPickedFile(path), m_jpeg);
    }

    void addressNamingAnotherComputerIsNotTouched_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("host") << QStringLiteral("file://fileserver/share/cover.png")
                              << QStringLiteral("another computer (fileserver)");
        QTest::newRow("ip") << QStringLiteral("file://192.0.2.7/c$/cover.png")
                            << QStringLiteral("another computer (192.0.2.7)");
        QTest::newRow("unc in the path")
            << QStringLiteral("file:////fileserver/share/cover.png") << QStringLiteral("on another computer");
        QTest::newRow("backslashes") << QStringLiteral("file:///%5C%5Cfileserver%5Cshare%5Ccover.png")
                                     << QStringLiteral("on another computer");
        QTest::newRow("relative") << QStringLiteral("file:cover.png") << QStringLiteral("not a full path");
    }

    void addressNamingAnotherComputerIsNotTouched()
    {
        QFETCH(QString, address);
        QFETCH(QString, says);
        int reads = 0;
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, CoverLimits {},
            CoverFileReader::DefaultTimeoutMs, [&reads](const LocalFileRequest &) {
                ++reads;
                return LocalFileRead {};
            });
        const auto read = reader.readAddress(QUrl(address));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
        QCOMPARE(reads, 0); // refused before the file system is asked anything
    }

#ifdef Q_OS_UNIX
    void pipesDevicesAndFoldersAreRefusedAtOnce()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("cover.jpg"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, CoverLimits {});
        QElapsedTimer timer;
        timer.start();
        for (const QString &path : { fifo, QStringLiteral("/dev/zero"), m_covers }) {
            const auto read = reader.readAddress(QUrl::fromLocalFile(path));
            QVERIFY(!read.ok());
            QVERIFY2(read.error().message.contains(QStringLiteral("not an ordinary file"))
                    || path.startsWith(u"/dev"),
                qPrintable(read.error().message));
            QVERIFY2(read.error().message.contains(path), qPrintable(read.error().message));
        }
        // A pipe picked by the user is no cover either.
        QVERIFY(!reader.readPickedFile(fifo).ok());
        QVERIFY(timer.elapsed() < 2000);
    }

    void systemFilesAreRefused()
    {
        // A link to /proc is found out by the file system of what it opens.
        // (A build chroot may have no /proc: the paths are refused by name.)
        QStringList paths { QStringLiteral("/proc/self/status"), QStringLiteral("/proc/kmsg"),
            QStringLiteral("/sys/kernel/notes"), QStringLiteral("/dev/../proc/self/status") };
        if (QFileInfo::exists(QStringLiteral("/proc/self/status"))) {
            paths << m_dir->filePath(QStringLiteral("innocent.jpg"));
            QVERIFY(QFile::link(QStringLiteral("/proc/self/status"), paths.last()));
        }
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, CoverLimits {});
        for (const QString &path : std::as_const(paths)) {
            const auto read = reader.readAddress(QUrl::fromLocalFile(path));
            QVERIFY2(!read.ok(), qPrintable(path));
            QVERIFY2(read.error().message.contains(QStringLiteral("file of the operating system")),
                qPrintable(read.error().message));
            QVERIFY(!reader.readPickedFile(path).ok());
        }
    }
#endif

    void fileOverTheSizeLimitIsRefusedUnread()
    {
        CoverLimits limits;
        limits.maxBytes = 1024 * 1024;
        QFile big(m_dir->filePath(QStringLiteral("huge.jpg")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(limits.maxBytes + 1));
        big.close();
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, limits);
        const auto read = reader.readAddress(QUrl::fromLocalFile(big.fileName()));
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error().message.contains(QStringLiteral("larger than 1")), qPrintable(read.error().message));
    }

    void serverLibraryReadsOnlyTheCoverFolder()
    {
        const QString mine = write(m_covers + QStringLiteral("/abc.jpg"), m_jpeg);
        const QString elsewhere = write(m_dir->filePath(QStringLiteral("secret.jpg")), m_jpeg);
        const QString nested = write(m_covers + QStringLiteral("/sub/deeper.jpg"), m_jpeg);
        const QString link = m_covers + QStringLiteral("/link.jpg");
        QVERIFY(QFile::link(elsewhere, link));
        const CoverFileReader reader(FileCoverScope::UserCoverFolder, m_covers, CoverLimits {});

        const auto read = reader.readAddress(QUrl::fromLocalFile(mine));
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(*read, m_jpeg);

        const QString escape = m_covers + QStringLiteral("/../secret.jpg");
        for (const QString &path : { elsewhere, nested, link, escape }) {
            const auto refused = reader.readAddress(QUrl::fromLocalFile(path));
            QVERIFY2(!refused.ok(), qPrintable(path));
            QVERIFY2(refused.error().message.contains(QStringLiteral("not in this computer's cover folder")),
                qPrintable(refused.error().message));
        }
        // What the user picks is theirs to pick.
        QVERIFY(reader.readPickedFile(elsewhere).ok());
        // A local library reads them all.
        const CoverFileReader local(FileCoverScope::LocalDisks, m_covers, CoverLimits {});
        QVERIFY(local.readAddress(QUrl::fromLocalFile(elsewhere)).ok());
    }

    void readThatNeverEndsTimesOut()
    {
        // A file on a disk that stopped answering: the read blocks until
        // the test lets it go.
        auto release = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        const CoverFileReader reader(FileCoverScope::LocalDisks, m_covers, CoverLimits {}, 200,
            [release, started](const LocalFileRequest &) {
                started->release();
                release->acquire();
                return LocalFileRead {};
            });
        const QUrl url = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("hung.jpg")));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < CoverFileReader::MaxStuckReads; ++i) {
            const auto read = reader.readAddress(url);
            QVERIFY(!read.ok());
            QVERIFY2(read.error().message.contains(QStringLiteral("within 0.2 s")),
                qPrintable(read.error().message));
        }
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reader.stuckReads(), CoverFileReader::MaxStuckReads);
        QVERIFY(started->tryAcquire(CoverFileReader::MaxStuckReads, 1000));

        // Enough threads are stuck: the next file is refused at once.
        timer.restart();
        const auto refused = reader.readAddress(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("did not finish")),
            qPrintable(refused.error().message));
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(!started->tryAcquire(1, 100));

        // The disk answers again: the stuck reads end and files are read again.
        release->release(CoverFileReader::MaxStuckReads);
        QTRY_COMPARE(reader.stuckReads(), 0);
        release->release(1);
        const auto again = reader.readAddress(url);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("cannot be read")),
            qPrintable(again.error().message));
    }

    void networkFileSystemsAreKnown_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("network");
        for (const char *type : { "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs",
                 "ceph", "fuse.glusterfs", "davfs", "fuse.rclone", "fuse.gvfsd-fuse", "NFS4" })
            QTest::newRow(type) << QByteArray(type) << true;
        for (const char *type :
            { "ext4", "btrfs", "xfs", "tmpfs", "fuseblk", "fuse.portal", "vfat", "NTFS", "apfs" })
            QTest::newRow(type) << QByteArray(type) << false;
    }

    void networkFileSystemsAreKnown()
    {
        QFETCH(QByteArray, type);
        QFETCH(bool, network);
        QCOMPARE(omt::isNetworkFileSystem(type), network);
    }

private:
    QString write(const QString &path, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_covers;
    QByteArray m_jpeg;
};

QTEST_GUILESS_MAIN(TestCoverFileReader)
#include "tst_coverfilereader.moc"
