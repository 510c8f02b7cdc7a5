// Runs the real omnimediatrak-cli and checks the commands that read a
// library (smart, search, check): their output, a damaged library detected
// rather than half read, and reading where nothing may be written.

#include "CliTest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace omt::test;

class TestCliRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
};

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
