// Runs the real omnimediatrak-cli (path from the build: OMT_CLI_PATH) and
// checks what a user of the tool sees: output, one-line errors, exit codes,
// and that the same seed gives the same library on SQLite and PostgreSQL.

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {}, const QStringList &wrapper = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The password must come from standard input, not from libpq's environment.
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(environment);
    if (wrapper.isEmpty())
        process.start(QStringLiteral(OMT_CLI_PATH), arguments);
    else
        process.start(
            wrapper.first(), wrapper.mid(1) + QStringList { QStringLiteral(OMT_CLI_PATH) } + arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1; stdout: %2; stderr: %3")
        .arg(run.exitCode)
        .arg(run.out.left(500), run.err);
}

/// One line on standard error, "omnimediatrak-cli: …".
bool isOneLineError(const Run &run)
{
    return run.err.startsWith(QLatin1String("omnimediatrak-cli: ")) && run.err.endsWith(QLatin1Char('\n'))
        && run.err.count(QLatin1Char('\n')) == 1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QStringList SmallLibrary = { QStringLiteral("generate"), QStringLiteral("--media"),
    QStringLiteral("300"), QStringLiteral("--interactions"), QStringLiteral("600"), QStringLiteral("--users"),
    QStringLiteral("3"), QStringLiteral("--lists"), QStringLiteral("4"), QStringLiteral("--seed"),
    QStringLiteral("20240") };

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

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    /// init + generate the small library into a new SQLite file.
    void makeSqliteLibrary(const QString &file, const QStringList &generate = SmallLibrary)
    {
        const Run init = cli({ QStringLiteral("--db"), file, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const Run generated = cli(QStringList { QStringLiteral("--db"), file } + generate);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY2(generated.out.contains(QLatin1String("rows/s")), qPrintable(generated.out));
        QCOMPARE(generated.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(generated.err.isEmpty(), qPrintable(generated.err)); // no progress: stderr is not a terminal
    }

    /// Runs SQL on a library file directly, as another program (or damage) would.
    static bool execute(const QString &file, const QString &sql, const QVariantList &values = {})
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                ok = query.exec();
                if (!ok)
                    qWarning() << query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        return ok;
    }

    /// Pages of the file that hold rows of `table`, in file order.
    static QList<qint64> pagesOf(const QString &file, const QString &table)
    {
        QList<qint64> pages;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                // dbstat names every page of a table; without it (a SQLite built
                // without it) the table's root page and the two after it.
                if (query.exec(
                        QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf'"
                                       " ORDER BY pageno")
                            .arg(table))) {
                    while (query.next())
                        pages.append(query.value(0).toLongLong());
                } else if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'")
                                          .arg(table))
                    && query.next()) {
                    const qint64 root = query.value(0).toLongLong();
                    pages = { root, root + 1, root + 2 };
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        return pages;
    }

    Run search(const QString &db, const QString &text, int limit, const QByteArray &input = {})
    {
        return cli({ QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--limit"),
                       QString::number(limit), text },
            input);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *word : { "Usage:", "--db", "init", "generate", "search" })
            QVERIFY2(help.out.contains(QLatin1String(word)), qPrintable(help.out));

        const Run commandHelp = cli({ QStringLiteral("generate"), QStringLiteral("--help") });
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(QLatin1String("--interactions")));
        QVERIFY2(commandHelp.out.contains(QLatin1String("All or nothing")), qPrintable(commandHelp.out));

        const Run version = cli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("omnimediatrak-cli " OMT_VERSION_STRING "\n"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("no command") << QStringList { QStringLiteral("--db"), QStringLiteral("x.omt") }
                                    << QStringLiteral("command");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("search"), QStringLiteral("--colour"),
            QStringLiteral("x") } << QStringLiteral("colour");
        QTest::newRow("bad number") << QStringList { QStringLiteral("--db"), QStringLiteral("x.omt"),
            QStringLiteral("generate"), QStringLiteral("--media"), QStringLiteral("many") }
                                    << QStringLiteral("--media");
        QTest::newRow("interactions do not fit")
            << QStringList { QStringLiteral("--db"), QStringLiteral("x.omt"), QStringLiteral("generate"),
                   QStringLiteral("--media"), QStringLiteral("3"), QStringLiteral("--users"),
                   QStringLiteral("2"), QStringLiteral("--interactions"), QStringLiteral("7") }
            << QStringLiteral("at most 6");
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(isOneLineError(run), qPrintable(run.err));
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void searchingAMissingLibraryFails()
    {
        const QString missing = path("missing.omt");
        const Run run = search(missing, QStringLiteral("dune"), 20);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(isOneLineError(run), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("There is no library")));
        QVERIFY(!QFile::exists(missing));
    }

    void smartListsPrintWhatTheFilterMatches()
    {
        const QString db = path("smart.omt");
        makeSqliteLibrary(db);
        const QString filterFile = path("completed-books.json");
        QFile file(filterFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"all": [{"field": "media_type", "op": "=", "value": "book"},
                               {"field": "status", "op": "=", "value": "completed"}],
                      "sort": [{"field": "title", "dir": "asc"}], "limit": 7})");
        file.close();

        const Run run = cli({ QStringLiteral("--db"), db, QStringLiteral("smart"), QStringLiteral("--user"),
            QStringLiteral("owner"), filterFile });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() <= 7);
        QStringList titles;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 4);
            QCOMPARE(fields.at(1), QStringLiteral("book"));
            titles.append(fields.at(2));
        }
        // The same filter from standard input gives the same lines.
        QFile again(filterFile);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const Run piped = cli({ QStringLiteral("--db"), db, QStringLiteral("smart"), QStringLiteral("--user"),
                                  QStringLiteral("owner"), QStringLiteral("-") },
            again.readAll());
        QCOMPARE(piped.out, run.out);

        // A bad document names the offending path and reads nothing.
        const Run bad = cli({ QStringLiteral("--db"), db, QStringLiteral("smart"), QStringLiteral("--user"),
                                QStringLiteral("owner"), QStringLiteral("-") },
            R"({"all": [{"field": "title; DROP TABLE media", "op": "=", "value": "x"}]})");
        QVERIFY2(bad.exitCode == 1, qPrintable(describe(bad)));
        QVERIFY2(isOneLineError(bad) && bad.err.contains(QLatin1String("all[0].field")), qPrintable(bad.err));
        const Run unknownUser = cli({ QStringLiteral("--db"), db, QStringLiteral("smart"),
            QStringLiteral("--user"), QStringLiteral("nobody"), filterFile });
        QVERIFY2(unknownUser.exitCode == 1 && isOneLineError(unknownUser), qPrintable(describe(unknownUser)));
        const Run noUser = cli({ QStringLiteral("--db"), db, QStringLiteral("smart"), filterFile });
        QCOMPARE(noUser.exitCode, 2);
    }

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

    void damagedLibraryIsDetectedNotHalfRead()
    {
        const QString intact = path("intact.omt");
        makeSqliteLibrary(intact,
            { QStringLiteral("generate"), QStringLiteral("--media"), QStringLiteral("3000"),
                QStringLiteral("--interactions"), QStringLiteral("2000"), QStringLiteral("--users"),
                QStringLiteral("2"), QStringLiteral("--lists"), QStringLiteral("2"), QStringLiteral("--seed"),
                QStringLiteral("11") });
        const Run checked = cli({ QStringLiteral("--db"), intact, QStringLiteral("check") });
        QVERIFY2(checked.exitCode == 0, qPrintable(describe(checked)));
        QVERIFY2(checked.out.contains(QLatin1String("intact")), qPrintable(checked.out));
        QVERIFY(checked.err.isEmpty());

        const QString filterFile = path("many.json");
        QFile filter(filterFile);
        QVERIFY(filter.open(QIODevice::WriteOnly));
        filter.write(R"({"all": [{"field": "media_type", "op": "in",
                                   "value": ["book", "film", "game", "anime", "comic", "tv_show"]}]})");
        filter.close();
        const QStringList smart
            = { QStringLiteral("smart"), QStringLiteral("--user"), QStringLiteral("owner"), filterFile };
        const Run whole = cli(QStringList { QStringLiteral("--db"), intact } + smart);
        QVERIFY2(whole.exitCode == 0, qPrintable(describe(whole)));
        const qsizetype rows = whole.out.count(QLatin1Char('\n'));
        QVERIFY(rows > 500);

        // Three pages of random bytes in the middle of the items' table.
        const QString damaged = path("damaged.omt");
        QVERIFY(QFile::copy(intact, damaged));
        const QList<qint64> pages = pagesOf(intact, QStringLiteral("media_media"));
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QRandomGenerator random(42);
            const qsizetype middle = pages.size() / 2 - 1;
            for (qsizetype i = middle; i < middle + 3; ++i) {
                QByteArray noise(4096, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
                QVERIFY(file.seek((pages.at(i) - 1) * 4096));
                QCOMPARE(file.write(noise), qint64(noise.size()));
            }
        }

        for (const QStringList &command : { smart,
                 QStringList { QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("5000"),
                     QStringLiteral("the") } }) {
            const Run run = cli(QStringList { QStringLiteral("--db"), damaged } + command);
            QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
            QVERIFY2(isOneLineError(run), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("check")), qPrintable(run.err));
        }

        const Run report = cli({ QStringLiteral("--db"), damaged, QStringLiteral("check") });
        QVERIFY2(report.exitCode == 1, qPrintable(describe(report)));
        QVERIFY2(isOneLineError(report), qPrintable(report.err));
        QVERIFY2(report.err.contains(QLatin1String("damaged")), qPrintable(report.err));
        // The findings name the damaged pages (SQLite 3.40 says "Page 12: …",
        // 3.46 "Tree 2 page 12: …").
        QVERIFY2(report.out.contains(QLatin1String("page "), Qt::CaseInsensitive), qPrintable(report.out));
    }

    void checkFindsRowsPointingAtMissingRows()
    {
        const QString file = path("dangling.omt");
        makeSqliteLibrary(file);
        // Foreign keys are off on this connection: another program's write.
        QVERIFY(execute(file,
            QStringLiteral("DELETE FROM media_media WHERE id IN"
                           " (SELECT media_id FROM interaction_user_media LIMIT 2)")));
        const Run report = cli({ QStringLiteral("--db"), file, QStringLiteral("check") });
        QVERIFY2(report.exitCode == 1, qPrintable(describe(report)));
        QVERIFY2(report.err.contains(QLatin1String("missing rows")), qPrintable(report.err));
        QVERIFY2(report.out.contains(QLatin1String("interaction_user_media")), qPrintable(report.out));
    }

    void readOnlyOptionReadsAndRefusesWrites()
    {
        const QString file = path("readonly-option.omt");
        makeSqliteLibrary(file);
        const QString expected = search(file, QStringLiteral("the"), 30).out;
        QVERIFY(!expected.isEmpty());
        const QByteArray before = fileHash(file);

        const Run read
            = cli({ QStringLiteral("--read-only"), QStringLiteral("--db"), file, QStringLiteral("search"),
                QStringLiteral("--limit"), QStringLiteral("30"), QStringLiteral("the") });
        QVERIFY2(read.exitCode == 0, qPrintable(describe(read)));
        QCOMPARE(read.out, expected);
        QVERIFY2(cli({ QStringLiteral("--read-only"), QStringLiteral("--db"), file, QStringLiteral("check") })
                     .exitCode
                == 0,
            "check reads only");

        for (const QStringList &command : { QStringList { QStringLiteral("init") },
                 QStringList { QStringLiteral("generate"), QStringLiteral("--media"), QStringLiteral("5"),
                     QStringLiteral("--interactions"), QStringLiteral("0") } }) {
            const Run run
                = cli(QStringList { QStringLiteral("--read-only"), QStringLiteral("--db"), file } + command);
            QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
            QVERIFY2(
                isOneLineError(run) && run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        }
        QCOMPARE(fileHash(file), before);
    }

    void libraryWithoutWritePermissionIsRead()
    {
        // A library in a folder nobody may write, without its -shm file: the
        // case of read-only media. Permissions do not bind root, so as root
        // the tool runs as `nobody` (setpriv); otherwise this proves nothing
        // about permissions and is skipped rather than passed.
        QStringList wrapper;
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: file permissions cannot be tested");
            wrapper = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--") };
        }
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        QVERIFY(QFile::setPermissions(outer.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup));
        const QString folder = outer.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("library.omt"));
        makeSqliteLibrary(file);
        const QString expected = search(file, QStringLiteral("the"), 30).out;
        QVERIFY(!expected.isEmpty());
        QVERIFY(!QFile::exists(file + QLatin1String("-shm"))); // closed cleanly
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        const auto restore = qScopeGuard(
            [&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        const QByteArray before = fileHash(file);

        const Run read = cli({ QStringLiteral("--db"), file, QStringLiteral("search"),
                                 QStringLiteral("--limit"), QStringLiteral("30"), QStringLiteral("the") },
            {}, wrapper);
        QVERIFY2(read.exitCode == 0, qPrintable(describe(read)));
        QCOMPARE(read.out, expected);
        const Run checked = cli({ QStringLiteral("--db"), file, QStringLiteral("check") }, {}, wrapper);
        QVERIFY2(checked.exitCode == 0, qPrintable(describe(checked)));
        const Run write = cli({ QStringLiteral("--db"), file, QStringLiteral("init") }, {}, wrapper);
        QVERIFY2(write.exitCode == 1, qPrintable(describe(write)));
        QVERIFY2(write.err.contains(QLatin1String("read-only")), qPrintable(write.err));
        QVERIFY(!QFile::exists(file + QLatin1String("-shm")));
        QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
        QCOMPARE(fileHash(file), before);
    }

    void notARegularFileIsSaidSo()
    {
        const Run run = search(QStringLiteral("/dev/null"), QStringLiteral("dune"), 5);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(isOneLineError(run), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("not a library file")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("no library")), qPrintable(run.err));
        const Run folder = search(m_dir.path(), QStringLiteral("dune"), 5);
        QVERIFY2(folder.exitCode == 1 && folder.err.contains(QLatin1String("not a library file")),
            qPrintable(describe(folder)));
    }

    void addressesAreRedactedInErrors_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("secret");
        QTest::newRow("slash in password")
            << QStringLiteral("postgresql://bob:se/cret@127.0.0.1:1/omt") << QStringLiteral("cret");
        QTest::newRow("at sign in password")
            << QStringLiteral("postgresql://bob:p@ss@127.0.0.1:1/omt") << QStringLiteral("ss@");
        QTest::newRow("question mark in password")
            << QStringLiteral("postgresql://bob:a?b=c@127.0.0.1:1/omt") << QStringLiteral("a?b");
        QTest::newRow("no at sign") << QStringLiteral("postgresql://bob:hunter2/omt")
                                    << QStringLiteral("hunter2");
        QTest::newRow("invalid port")
            << QStringLiteral("postgresql://bob:x/y@127.0.0.1:99999/omt") << QStringLiteral("x/y");
    }
    void addressesAreRedactedInErrors()
    {
        QFETCH(QString, address);
        QFETCH(QString, secret);
        for (const QString &command :
            { QStringLiteral("search"), QStringLiteral("init"), QStringLiteral("check") }) {
            QStringList arguments = { QStringLiteral("--verbose"), QStringLiteral("--db"), address, command };
            if (command == QLatin1String("search"))
                arguments.append(QStringLiteral("dune"));
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(describe(run)));
            QVERIFY2(isOneLineError(run), qPrintable(run.err));
            QVERIFY2(!run.err.contains(secret) && !run.out.contains(secret), qPrintable(run.err));
        }
    }

    void controlCharactersInTitlesAreEscaped()
    {
        const QString file = path("controls.omt");
        makeSqliteLibrary(file);
        const QString title
            = QStringLiteral("Zyzzyva \x1b]52;c;aGVsbG8=\x07 \x1b[2J tab\there\nline \u202Eevil\u202C "
                             "c1\u009b31m del\x7f back\\slash");
        QVERIFY(execute(file,
            QStringLiteral("UPDATE media_media SET title = ? WHERE id = (SELECT min(id) FROM media_media)"),
            { title }));
        const Run run = search(file, QStringLiteral("Zyzzyva"), 5);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().split(QLatin1Char('\t')).size(), 4);
        for (const QChar c : run.out) {
            const char16_t code = c.unicode();
            const bool control = (code < 0x20 && code != u'\t' && code != u'\n')
                || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
                || (code >= 0x2066 && code <= 0x2069);
            QVERIFY2(!control,
                qPrintable(QStringLiteral("U+%1 in the output").arg(int(code), 4, 16, QLatin1Char('0'))));
        }
        const QString shown = lines.first().split(QLatin1Char('\t')).at(2);
        QCOMPARE(shown,
            QStringLiteral(
                "Zyzzyva \\x1b]52;c;aGVsbG8=\\x07 \\x1b[2J tab\\there\\nline \\u202eevil\\u202c c1\\x9b31m "
                "del\\x7f back\\\\slash"));

        // A user name from the command line is quoted the same way in errors.
        const Run unknown
            = cli({ QStringLiteral("--db"), file, QStringLiteral("smart"), QStringLiteral("--user"),
                      QStringLiteral("x\x1b[2Jy"), QStringLiteral("-") },
                R"({"field": "title", "op": "=", "value": "x"})");
        QVERIFY2(unknown.exitCode == 1, qPrintable(describe(unknown)));
        QVERIFY2(!unknown.err.contains(QLatin1Char('\x1b')), qPrintable(unknown.err));
    }

    void hugeFilterDocumentsAreRefused()
    {
        const QString file = path("filters.omt");
        const Run init = cli({ QStringLiteral("--db"), file, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        QElapsedTimer timer;
        timer.start();
        const Run zero = cli({ QStringLiteral("--db"), file, QStringLiteral("smart"),
            QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("/dev/zero") });
        QVERIFY2(zero.exitCode == 1, qPrintable(describe(zero)));
        QVERIFY2(isOneLineError(zero) && zero.err.contains(QLatin1String("1 MB")), qPrintable(zero.err));
        QVERIFY(timer.elapsed() < 30000);

        // Just over the cap from standard input; a long but valid document is read.
        QByteArray big = R"({"field": "title", "op": "=", "value": "x"})";
        big += QByteArray(1024 * 1024 + 1 - big.size(), ' ');
        const Run piped = cli({ QStringLiteral("--db"), file, QStringLiteral("smart"),
                                  QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("-") },
            big);
        QVERIFY2(
            piped.exitCode == 1 && piped.err.contains(QLatin1String("1 MB")), qPrintable(describe(piped)));
        big.chop(2);
        const Run fits = cli({ QStringLiteral("--db"), file, QStringLiteral("smart"),
                                 QStringLiteral("--user"), QStringLiteral("owner"), QStringLiteral("-") },
            big);
        QVERIFY2(fits.exitCode == 0, qPrintable(describe(fits)));
    }

    void passwordInTheAddressIsRefused()
    {
        const QString secret = QStringLiteral("hunter2secret");
        const Run run = search(QStringLiteral("postgresql://someone:%1@127.0.0.1:1/library").arg(secret),
            QStringLiteral("dune"), 20);
        QVERIFY2(run.exitCode == 2 || run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(isOneLineError(run), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("password")));
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
        const Run verbose = cli({ QStringLiteral("--verbose"), QStringLiteral("--db"),
            QStringLiteral("postgresql://someone:%1@127.0.0.1:1/library").arg(secret),
            QStringLiteral("init") });
        QVERIFY(verbose.exitCode != 0);
        QVERIFY(!verbose.out.contains(secret) && !verbose.err.contains(secret));
    }

    void newerLibraryIsRefusedAndLeftAlone()
    {
        const QString file = path("newer.omt");
        const Run init = cli({ QStringLiteral("--db"), file, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA user_version = 999")),
                qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = fileHash(file);
        QVERIFY(!before.isEmpty());

        const QList<QStringList> commands
            = { { QStringLiteral("search"), QStringLiteral("dune") }, { QStringLiteral("init") },
                  { QStringLiteral("generate"), QStringLiteral("--media"), QStringLiteral("5"),
                      QStringLiteral("--interactions"), QStringLiteral("0") } };
        for (const QStringList &command : commands) {
            const Run run = cli(QStringList { QStringLiteral("--db"), file } + command);
            QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
            QVERIFY2(isOneLineError(run), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("newer version")), qPrintable(run.err));
        }
        QCOMPARE(fileHash(file), before);
    }

    void postgresqlSaysWhichDatabaseIsMissing()
    {
        const QString adminUrl = qEnvironmentVariable("OMT_TEST_PG_URL");
        if (adminUrl.isEmpty()) {
            if (qEnvironmentVariable("OMT_TEST_REQUIRE_PG") == QLatin1String("1"))
                QFAIL("OMT_TEST_REQUIRE_PG=1 but OMT_TEST_PG_URL is not set");
            QSKIP("OMT_TEST_PG_URL is not set: no PostgreSQL server for this run");
        }
        const QByteArray input = qEnvironmentVariable("OMT_TEST_PG_PASSWORD").toUtf8() + '\n';
        QUrl url(adminUrl);
        url.setPath(QStringLiteral("/omt_no_such_library"));
        const Run missing = search(url.toString(), QStringLiteral("dune"), 5, input);
        QVERIFY2(missing.exitCode == 1 && isOneLineError(missing), qPrintable(describe(missing)));
        QVERIFY2(missing.err.contains(QStringLiteral("no database “omt_no_such_library”")),
            qPrintable(missing.err));
        // With password authentication the server does not say whether a
        // role exists (the role case is in tst_connectionsettings).
        url.setUserName(QStringLiteral("omt_no_such_member"));
        const Run stranger = search(url.toString(), QStringLiteral("dune"), 5, input);
        QVERIFY2(stranger.exitCode == 1 && isOneLineError(stranger), qPrintable(describe(stranger)));
        QVERIFY2(!stranger.err.contains(QLatin1String("database")), qPrintable(stranger.err));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
