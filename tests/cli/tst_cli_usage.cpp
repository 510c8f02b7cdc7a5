// Runs the real omnimediatrak-cli and checks what a user sees before any
// library is read: help, usage errors (exit code 2), and one-line errors for
// a --db address that names no usable library, with no password ever shown.

#include "CliTest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace omt::test;

class TestCliUsage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

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
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
