// writeFileAtomically on its own. What a user would notice: a cover file (or
// the cover cache's index) left half-written after a crash or a full disk,
// so that the next start shows a broken cover or forgets the cache; stray
// temporary files piling up in their folders; an error that does not say
// which file could not be written.

#include "net/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using omt::Error;
using omt::writeFileAtomically;

namespace {

/// Set in the environment of the child process that writes until it is killed.
constexpr char WriterEnvironment[] = "OMT_TST_ATOMICFILE_WRITE_FOREVER";
constexpr qsizetype WriterPayloadBytes = 4 * 1024 * 1024;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(cannot open)");
    return file.readAll();
}

/// The names in `folder`, hidden ones included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

/// The child: writes two different payloads to the file in turn, forever,
/// and says "written" after each, so that the parent can kill it mid-write.
int writeForever(const QString &path)
{
    const QByteArray payloads[]
        = { QByteArray(WriterPayloadBytes, 'a'), QByteArray(WriterPayloadBytes, 'b') };
    for (quint64 i = 0;; ++i) {
        if (!writeFileAtomically(path, payloads[i % 2], QStringLiteral("test write")))
            return 3;
        fputs("written\n", stdout);
        fflush(stdout);
    }
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void writesTheWholeFileAndItsFolders()
    {
        const QString path = m_dir->filePath(QStringLiteral("covers/ab/cover.jpg"));
        const QByteArray bytes = QByteArray(100000, 'x') + QByteArray("end");
        const auto written
            = writeFileAtomically(path, bytes, QStringLiteral("The cover could not be saved."));
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(readAll(path), bytes);
        // Nothing but the file is left in its folder.
        QCOMPARE(entries(QFileInfo(path).path()), QStringList { QStringLiteral("cover.jpg") });
    }

    void writesAnEmptyFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("empty"));
        QVERIFY(writeFileAtomically(path, {}, QStringLiteral("x")));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void replacesAnExistingFileWhole()
    {
        // A shorter new content leaves no tail of the old one.
        const QString path = m_dir->filePath(QStringLiteral("index.json"));
        QVERIFY(writeFileAtomically(path, QByteArray(5000, 'o'), QStringLiteral("x")));
        QVERIFY(writeFileAtomically(path, QByteArray("{}"), QStringLiteral("x")));
        QCOMPARE(readAll(path), QByteArray("{}"));
        QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("index.json") });
    }

    void failedWriteLeavesTheOldFile()
    {
#ifdef Q_OS_UNIX
        // The disk "fills up" after 64 KB: the file size limit makes every
        // write beyond it fail (EFBIG) as a full disk would.
        const QString path = m_dir->filePath(QStringLiteral("cover.jpg"));
        const QByteArray old = QByteArray(1000, 'o');
        QVERIFY(writeFileAtomically(path, old, QStringLiteral("x")));

        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto written = writeFileAtomically(
            path, QByteArray(1024 * 1024, 'n'), QStringLiteral("The cover could not be saved."));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QCOMPARE(written.error().message, QStringLiteral("The cover could not be saved."));
        QVERIFY2(written.error().detail.contains(path), qPrintable(written.error().detail));
        QCOMPARE(readAll(path), old);
        QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("cover.jpg") });
#else
        QSKIP("needs a file size limit (RLIMIT_FSIZE) to make a write fail half-way");
#endif
    }

    void killedWriterLeavesAWholeFile()
    {
        // A process killed while writing (a crash, a power cut of the app)
        // leaves the old content or the new one, each whole, never a mix.
        const QString path = m_dir->filePath(QStringLiteral("cover.jpg"));
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(WriterEnvironment), path);
            writer.setProcessEnvironment(environment);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Some whole writes first, then kill it: the next write is under way.
            int written = 0;
            while (written < 2 + round && writer.waitForReadyRead(20000))
                written += int(writer.readAll().count("written\n"));
            QVERIFY2(written >= 2 + round, "the writer stopped writing");
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));

            const QByteArray content = readAll(path);
            QCOMPARE(content.size(), WriterPayloadBytes);
            QVERIFY(content == QByteArray(WriterPayloadBytes, 'a')
                || content == QByteArray(WriterPayloadBytes, 'b'));
#ifdef Q_OS_LINUX
            // Linux writes through an unnamed temporary file (O_TMPFILE): a
            // killed write leaves no file behind. Elsewhere a named temporary
            // may be left, which the next write does not mistake for the file.
            QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("cover.jpg") });
#endif
        }
    }

    void folderThatCannotBeMadeIsAClearError()
    {
        // The cover folder's place is taken by a file.
        const QString blocker = m_dir->filePath(QStringLiteral("covers"));
        QVERIFY(writeFileAtomically(blocker, QByteArray("not a folder"), QStringLiteral("x")));
        const QString path = blocker + QStringLiteral("/cover.jpg");
        const auto written
            = writeFileAtomically(path, QByteArray("x"), QStringLiteral("The cover could not be saved."));
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QCOMPARE(written.error().message, QStringLiteral("The cover could not be saved."));
        // The detail names the file, for the log and a bug report.
        QVERIFY2(written.error().detail.startsWith(path + QStringLiteral(": ")),
            qPrintable(written.error().detail));
        QVERIFY(written.error().detail.size() > path.size() + 2);
        QCOMPARE(readAll(blocker), QByteArray("not a folder"));
    }

    void aFolderInThePlaceOfTheFileIsLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("cover.jpg"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        const auto written
            = writeFileAtomically(path, QByteArray("x"), QStringLiteral("The cover could not be saved."));
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir());
    }

    void unwritableFolderIsAClearError()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("the superuser writes into read-only folders");
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        const QString path = folder + QStringLiteral("/cover.jpg");
        QVERIFY(writeFileAtomically(path, QByteArray("old"), QStringLiteral("x")));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto written
            = writeFileAtomically(path, QByteArray("new"), QStringLiteral("The cover could not be saved."));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY2(written.error().detail.startsWith(path + QStringLiteral(": ")),
            qPrintable(written.error().detail));
        QCOMPARE(readAll(path), QByteArray("old"));
#else
        QSKIP("read-only folders are a POSIX permission here");
#endif
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

int main(int argc, char *argv[])
{
    // The child process of killedWriterLeavesAWholeFile.
    if (const QString path = qEnvironmentVariable(WriterEnvironment); !path.isEmpty())
        return writeForever(path);
    QCoreApplication app(argc, argv);
    TestAtomicFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicfile.moc"
