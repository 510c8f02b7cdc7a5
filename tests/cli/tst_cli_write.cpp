// Runs the real omnimediatrak-cli and checks the commands that write a
// library (init, generate, bench): the same seed gives the same library on
// SQLite and PostgreSQL, a killed generation leaves nothing behind, and bench
// reports its figures and leaves the library as it was.

#include "CliTest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace omt::test;

namespace {

/// Takes a few seconds, most of them after the catalogue is written.
const QStringList KillableLibrary = { QStringLiteral("generate"), QStringLiteral("--media"),
    QStringLiteral("5000"), QStringLiteral("--interactions"), QStringLiteral("60000"),
    QStringLiteral("--users"), QStringLiteral("20"), QStringLiteral("--lists"), QStringLiteral("4"),
    QStringLiteral("--seed"), QStringLiteral("31") };

/// Starts `generate` with KillableLibrary and kills it (SIGKILL: no clean-up
/// at all, like a power cut) while it writes, once the catalogue and its
/// links are written: the point where generation used to have committed half
/// a library. The storage log's line for each finished stage tells when.
/// Returns an empty string when it was killed, else what went wrong.
QString killGenerationMidway(const QString &db, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("omt.storage.info=true"));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(OMT_CLI_PATH), QStringList { QStringLiteral("--db"), db } + KillableLibrary);
    if (!process.waitForStarted(10000))
        return QStringLiteral("the tool did not start");
    process.write(input);
    process.closeWriteChannel();
    static const QRegularExpression linksWritten(QStringLiteral("generated \\d+ \\W?links"));
    QString log;
    QElapsedTimer timer;
    timer.start();
    while (!linksWritten.match(log).hasMatch()) {
        if (process.state() != QProcess::Running || timer.elapsed() > 120000)
            return QStringLiteral("the tool ended before it could be killed: ") + log;
        process.waitForReadyRead(50);
        log += QString::fromUtf8(process.readAllStandardError());
    }
    process.kill();
    if (!process.waitForFinished(10000))
        return QStringLiteral("the tool did not end when killed");
    if (process.exitStatus() != QProcess::CrashExit)
        return QStringLiteral("the tool finished before it was killed: ") + log;
    return {};
}

/// The number of rows of every table generate writes; `separator` makes the
/// physical names (media_media on SQLite, media.media on PostgreSQL).
QList<qint64> rowCounts(const QSqlDatabase &db, const QString &separator)
{
    QList<qint64> counts;
    for (const char *table :
        { "media%1media", "media%1external_links", "media%1relationships", "users%1users",
            "interaction%1user_media", "interaction%1user_lists", "interaction%1list_items" }) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table).arg(separator))
            || !query.next()) {
            qWarning() << query.lastError().text();
            return {};
        }
        counts.append(query.value(0).toLongLong());
    }
    return counts;
}

const QStringList Queries = { QStringLiteral("the"), QStringLiteral("la"), QStringLiteral("night"),
    QStringLiteral("set in"), QStringLiteral("kaze no"), QStringLiteral("Müller"),
    QStringLiteral("game about"), QStringLiteral("Etienne") };

} // namespace

class TestCliWrite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameSeedGivesTheSameLibrary()
    {
        makeSqliteLibrary(path("a.omt"));
        makeSqliteLibrary(path("b.omt"));
        int results = 0;
        for (const QString &query : Queries) {
            const Run a = search(path("a.omt"), query, 20);
            const Run b = search(path("b.omt"), query, 20);
            QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
            QCOMPARE(b.out, a.out);
            const QStringList lines = a.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            results += lines.size();
            for (const QString &line : lines) {
                const QStringList fields = line.split(QLatin1Char('\t'));
                QCOMPARE(fields.size(), 4);
                QVERIFY(!QUuid::fromString(fields.at(0)).isNull());
                QVERIFY(fields.at(3).isEmpty() || fields.at(3).toInt() >= 1900);
            }
        }
        QVERIFY(!search(path("a.omt"), QStringLiteral("the"), 5).out.isEmpty());
        QVERIFY2(results > 40, qPrintable(QString::number(results)));

        // Another seed, another library.
        QStringList other = SmallLibrary;
        other.last() = QStringLiteral("20241");
        makeSqliteLibrary(path("c.omt"), other);
        QVERIFY(search(path("c.omt"), QStringLiteral("the"), 20).out
            != search(path("a.omt"), QStringLiteral("the"), 20).out);
    }

    void generateRefusesALibraryWithItems()
    {
        const QString file = path("full.omt");
        makeSqliteLibrary(file);
        const Run again = cli(QStringList { QStringLiteral("--db"), file } + SmallLibrary);
        QVERIFY2(again.exitCode == 1, qPrintable(describe(again)));
        QVERIFY2(isOneLineError(again), qPrintable(again.err));
        QVERIFY(again.err.contains(QLatin1String("already holds items")));
    }

    void killedGenerationLeavesTheLibraryAsItWas()
    {
        const QString file = path("killed.omt");
        const Run init = cli({ QStringLiteral("--db"), file, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const auto counts = [&file] {
            QList<qint64> result;
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
                db.setDatabaseName(file);
                if (db.open())
                    result = rowCounts(db, QStringLiteral("_"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("counts"));
            return result;
        };
        const QList<qint64> before = counts();
        QCOMPARE(before.size(), 7);

        const QString killed = killGenerationMidway(file, {});
        QVERIFY2(killed.isEmpty(), qPrintable(killed));
        QCOMPARE(counts(), before);
        const Run check = cli({ QStringLiteral("--db"), file, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));

        // The same command again starts afresh and writes the whole library.
        const Run again = cli(QStringList { QStringLiteral("--db"), file } + KillableLibrary);
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QLatin1String("Generated 5000 media")), qPrintable(again.out));
        const QList<qint64> after = counts();
        QCOMPARE(after.value(0), 5000);
        QCOMPARE(after.value(3), 20);
        QCOMPARE(after.value(4), 60000);
        QCOMPARE(after.value(5), 4);
    }

    void benchReportsEveryFigureAndLeavesTheLibraryAlone()
    {
        const QString file = path("bench.omt");
        makeSqliteLibrary(file,
            { QStringLiteral("generate"), QStringLiteral("--media"), QStringLiteral("10000"),
                QStringLiteral("--interactions"), QStringLiteral("4000"), QStringLiteral("--users"),
                QStringLiteral("2"), QStringLiteral("--lists"), QStringLiteral("1"), QStringLiteral("--seed"),
                QStringLiteral("7") });
        const QString before = search(file, QStringLiteral("the"), 50).out;

        const Run run = cli({ QStringLiteral("--db"), file, QStringLiteral("bench") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QHash<QString, double> figures;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            bool numeric = false;
            figures.insert(fields.at(0), fields.at(1).toDouble(&numeric));
            QVERIFY2(numeric, qPrintable(line));
        }
        for (const char *name :
            { "insert_media_per_s", "search_p95_ms", "page_p95_ms", "user_page_ms", "list_move_ms" })
            QVERIFY2(figures.value(QLatin1String(name)) > 0, name);
        QCOMPARE(figures.value(QStringLiteral("media_rows")), 10000.0);
        QCOMPARE(figures.value(QStringLiteral("list_move_max_rows_written")), 1.0);
        // The scratch list and the scratch library are gone again.
        QCOMPARE(search(file, QStringLiteral("the"), 50).out, before);

        makeSqliteLibrary(path("small-bench.omt"));
        const Run tooSmall
            = cli({ QStringLiteral("--db"), path("small-bench.omt"), QStringLiteral("bench") });
        QVERIFY2(tooSmall.exitCode == 1, qPrintable(describe(tooSmall)));
        QVERIFY2(isOneLineError(tooSmall), qPrintable(tooSmall.err));
        QVERIFY(tooSmall.err.contains(QLatin1String("at least")));
    }

    void postgresqlGivesTheSameLibrary()
    {
        const QString adminUrl = qEnvironmentVariable("OMT_TEST_PG_URL");
        if (adminUrl.isEmpty()) {
            if (qEnvironmentVariable("OMT_TEST_REQUIRE_PG") == QLatin1String("1"))
                QFAIL("OMT_TEST_REQUIRE_PG=1 but OMT_TEST_PG_URL is not set");
            QSKIP("OMT_TEST_PG_URL is not set: no PostgreSQL server for this run");
        }
        const QString password = qEnvironmentVariable("OMT_TEST_PG_PASSWORD");
        const QUrl admin(adminUrl);
        const QString name = QStringLiteral("omt_cli_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->generate());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setUserName(admin.userName());
            db.setPassword(password);
            db.setDatabaseName(admin.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(
                query.exec(QStringLiteral("CREATE DATABASE ") + name), qPrintable(query.lastError().text()));
        }
        const auto dropDatabase = qScopeGuard([&] {
            {
                QSqlQuery query(QSqlDatabase::database(QStringLiteral("admin")));
                query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        });
        QUrl url = admin;
        url.setPath(QLatin1Char('/') + name);
        const QString db = url.toString();
        const QByteArray input = password.toUtf8() + '\n';

        const Run withoutPassword = search(db, QStringLiteral("the"), 5);
        QVERIFY2(withoutPassword.exitCode == 1, qPrintable(describe(withoutPassword)));
        QVERIFY2(withoutPassword.err.contains(QLatin1String("password")), qPrintable(withoutPassword.err));

        const Run init = cli({ QStringLiteral("--db"), db, QStringLiteral("init") }, input);
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));

        // A generation killed midway leaves nothing behind: the server rolls
        // back the transaction of a client that is gone.
        const auto counts = [&] {
            QList<qint64> result;
            {
                QSqlDatabase library
                    = QSqlDatabase::cloneDatabase(QStringLiteral("admin"), QStringLiteral("counts"));
                library.setDatabaseName(name);
                if (library.open())
                    result = rowCounts(library, QStringLiteral("."));
                library.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("counts"));
            return result;
        };
        const QList<qint64> before = counts();
        QCOMPARE(before.size(), 7);
        const QString killed = killGenerationMidway(db, input);
        QVERIFY2(killed.isEmpty(), qPrintable(killed));
        QCOMPARE(counts(), before);

        const Run generated = cli(QStringList { QStringLiteral("--db"), db } + SmallLibrary, input);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY(!generated.out.contains(password) && !generated.err.contains(password));

        const QString sqlite = path("same-as-pg.omt");
        makeSqliteLibrary(sqlite);
        for (const QString &query : Queries) {
            // Full-text matches are ranked by each backend's own function
            // (bm25, ts_rank), so compare everything that matches as a set.
            const Run fromPg = search(db, query, 1000, input);
            QVERIFY2(fromPg.exitCode == 0, qPrintable(describe(fromPg)));
            QStringList pgLines = fromPg.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QStringList sqliteLines
                = search(sqlite, query, 1000).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            pgLines.sort();
            sqliteLines.sort();
            QCOMPARE(pgLines, sqliteLines);
        }
        // Titles starting with the text come first, in title order, on both.
        QCOMPARE(
            search(db, QStringLiteral("the"), 5, input).out, search(sqlite, QStringLiteral("the"), 5).out);
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cli_write.moc"
