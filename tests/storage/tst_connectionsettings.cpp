#include "storage/ConnectionSettings.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using namespace omt;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathMeansSqlite()
    {
        const auto settings = ConnectionSettings::parse(QStringLiteral("some/library.omt"));
        QVERIFY(settings);
        QCOMPARE(settings->backend, SqlDialect::Kind::SQLite);
        QVERIFY(settings->sqlitePath.endsWith(QStringLiteral("some/library.omt")));
    }

    void postgresUrl()
    {
        const auto settings = ConnectionSettings::parse(QStringLiteral(
            "postgresql://alice@db.example:6543/household?sslmode=verify-full&connect_timeout=3"));
        QVERIFY(settings);
        QCOMPARE(settings->backend, SqlDialect::Kind::PostgreSQL);
        QCOMPARE(settings->host, QStringLiteral("db.example"));
        QCOMPARE(settings->port, 6543);
        QCOMPARE(settings->user, QStringLiteral("alice"));
        QCOMPARE(settings->databaseName, QStringLiteral("household"));
        QCOMPARE(settings->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(settings->connectTimeoutSeconds, 3);
        QVERIFY(!settings->displayName().contains(QStringLiteral("verify")));
    }

    // A server across a network is verified unless the address says
    // otherwise; this machine's own server needs no certificate.
    void sslModeFollowsTheHost_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("remote name") << QStringLiteral("postgresql://alice@db.example/h")
                                     << QStringLiteral("verify-full");
        QTest::newRow("LAN address") << QStringLiteral("postgresql://alice@192.168.1.20/h")
                                     << QStringLiteral("verify-full");
        QTest::newRow("localhost") << QStringLiteral("postgresql://alice@localhost/h")
                                   << QStringLiteral("prefer");
        QTest::newRow("127.0.0.1") << QStringLiteral("postgresql://alice@127.0.0.1:5433/h")
                                   << QStringLiteral("prefer");
        QTest::newRow("::1") << QStringLiteral("postgresql://alice@[::1]/h") << QStringLiteral("prefer");
        QTest::newRow("asked for") << QStringLiteral("postgresql://alice@db.example/h?sslmode=require")
                                   << QStringLiteral("require");
    }
    void sslModeFollowsTheHost()
    {
        QFETCH(QString, url);
        QFETCH(QString, sslMode);
        const auto settings = ConnectionSettings::parse(url);
        QVERIFY(settings);
        QCOMPARE(settings->effectiveSslMode(), sslMode);
    }

    void sslRootCertIsAFile()
    {
        const auto settings = ConnectionSettings::parse(
            QStringLiteral("postgresql://alice@db.example/h?sslrootcert=certs/ca.crt"));
        QVERIFY(settings);
        QVERIFY(QDir::isAbsolutePath(settings->sslRootCert));
        QVERIFY(settings->sslRootCert.endsWith(QStringLiteral("certs/ca.crt")));
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("postgresql://alice@db.example/h?sslrootcert=")));
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("password") << QStringLiteral("postgresql://alice:secret@h/db")
                                  << QStringLiteral("password");
        QTest::newRow("password in an invalid address")
            << QStringLiteral("postgresql://alice:secret@host:99999/db") << QStringLiteral("password");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@h/")
                                     << QStringLiteral("no database");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://h/db?sslmode=sometimes")
                                 << QStringLiteral("sslmode");
        QTest::newRow("option") << QStringLiteral("postgresql://h/db?colour=red") << QStringLiteral("colour");
    }
    void refusesBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        const auto settings = ConnectionSettings::parse(url);
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, Error::Code::InvalidInput);
        QVERIFY2(settings.error().message.contains(mentions), qPrintable(settings.error().message));
        QVERIFY(!settings.error().toString().contains(QStringLiteral("secret")));
    }

    void redactedHidesPasswords_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("file") << QStringLiteral("/home/a/library.omt")
                              << QStringLiteral("/home/a/library.omt");
        QTest::newRow("no password") << QStringLiteral("postgresql://bob@h:5432/omt?sslmode=require")
                                     << QStringLiteral("postgresql://bob@h:5432/omt?sslmode=require");
        QTest::newRow("password") << QStringLiteral("postgresql://bob:secret@h/omt")
                                  << QStringLiteral("postgresql://bob:***@h/omt");
        QTest::newRow("slash") << QStringLiteral("postgresql://bob:se/cret@127.0.0.1:1/omt")
                               << QStringLiteral("postgresql://bob:***@127.0.0.1:1/omt");
        QTest::newRow("at sign") << QStringLiteral("postgresql://bob:p@ss@h/omt")
                                 << QStringLiteral("postgresql://bob:***@h/omt");
        QTest::newRow("no at sign") << QStringLiteral("postgresql://bob:hunter2/omt")
                                    << QStringLiteral("postgresql://bob:***");
        QTest::newRow("port") << QStringLiteral("postgresql://h:6543/omt")
                              << QStringLiteral("postgresql://h:6543/omt");
    }
    void redactedHidesPasswords()
    {
        QFETCH(QString, address);
        QFETCH(QString, redacted);
        QCOMPARE(ConnectionSettings::redacted(address), redacted);
    }

    void connectionFailuresSayWhatIsMissing_data()
    {
        QTest::addColumn<QString>("serverText");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("role") << QStringLiteral("FATAL:  role \"carol\" does not exist")
                              << int(Error::Code::NotFound) << QStringLiteral("no user “carol”");
        QTest::newRow("database") << QStringLiteral("FATAL:  database \"omt\" does not exist")
                                  << int(Error::Code::NotFound) << QStringLiteral("no database “omt”");
        QTest::newRow("password") << QStringLiteral(
            "FATAL:  password authentication failed for user \"carol\"")
                                  << int(Error::Code::AccessDenied) << QStringLiteral("refused");
        QTest::newRow("server") << QStringLiteral("could not connect to server: Connection refused")
                                << int(Error::Code::Unavailable) << QStringLiteral("cannot be reached");
    }
    void connectionFailuresSayWhatIsMissing()
    {
        QFETCH(QString, serverText);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Error error = SqlErrors::classifyConnect(
            QSqlError(QStringLiteral("Unable to connect"), serverText, QSqlError::ConnectionError),
            QStringLiteral("postgresql://carol@h/omt"));
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void notARegularFileIsNotALibrary()
    {
        ConnectionSettings settings;
        settings.sqlitePath = QStringLiteral("/dev/null");
        Database database(settings);
        const auto connection = database.sql();
        QVERIFY(!connection);
        QVERIFY2(connection.error().message.contains(QStringLiteral("not a library file")),
            qPrintable(connection.error().message));
    }

    void libraryConnectionsDistrustTheSchema()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.sqlitePath = dir.filePath(QStringLiteral("trust.omt"));
        settings.createIfMissing = true;
        Database database(settings);
        auto connection = database.connection();
        QVERIFY(connection);
        QSqlQuery query(*connection);
        QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next());
        const QString version = query.value(0).toString();
        const bool jsonIsInnocuous = QVersionNumber::fromString(version) >= QVersionNumber(3, 41);
        QVERIFY(query.exec(QStringLiteral("PRAGMA trusted_schema")) && query.next());
        // Older SQLite counts its JSON functions unsafe in a schema (see Database.cpp).
        QCOMPARE(query.value(0).toInt(), jsonIsInnocuous ? 0 : 1);
        if (!jsonIsInnocuous)
            qInfo("SQLite %s: trusted_schema stays on", qPrintable(version));
    }

    void readOnlyLibraryIsReadWithoutWriting()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.sqlitePath = dir.filePath(QStringLiteral("ro.omt"));
        settings.createIfMissing = true;
        {
            Database database(settings);
            auto sql = database.sql();
            QVERIFY(sql);
            QVERIFY(sql->runDirect(QStringLiteral("CREATE TABLE t (a TEXT)"), QStringLiteral("test")));
            QVERIFY(sql->runDirect(QStringLiteral("INSERT INTO t VALUES ('x')"), QStringLiteral("test")));
        }
        QVERIFY(!QFile::exists(settings.sqlitePath + QLatin1String("-wal")));
        settings.readOnly = true;
        Database database(settings);
        QVERIFY(database.isReadOnly());
        auto sql = database.sql();
        QVERIFY(sql);
        auto rows = sql->run(QStringLiteral("SELECT a FROM t"), {}, QStringLiteral("test"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("x"));
        const auto write
            = sql->runDirect(QStringLiteral("INSERT INTO t VALUES ('y')"), QStringLiteral("test"));
        QVERIFY(!write);
        QVERIFY2(
            write.error().message.contains(QStringLiteral("read-only")), qPrintable(write.error().message));
    }

    void unreachableServerIsAClearError()
    {
        ConnectionSettings settings;
        settings.backend = SqlDialect::Kind::PostgreSQL;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 1; // nothing listens there
        settings.databaseName = QStringLiteral("library");
        settings.user = QStringLiteral("alice");
        settings.connectTimeoutSeconds = 2;
        Database database(settings);
        QElapsedTimer timer;
        timer.start();
        const auto connection = database.sql();
        QVERIFY(!connection);
        QCOMPARE(connection.error().code, Error::Code::Unavailable);
        QVERIFY2(connection.error().message.contains(QStringLiteral("cannot be reached")),
            qPrintable(connection.error().message));
        QVERIFY(timer.elapsed() < 10000);
    }

    void missingLibraryFileIsNotCreated()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.sqlitePath = dir.filePath(QStringLiteral("missing.omt"));
        Database database(settings);
        const auto connection = database.sql();
        QVERIFY(!connection);
        QCOMPARE(connection.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(settings.sqlitePath));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
