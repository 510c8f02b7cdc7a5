#include "storage/ConnectionSettings.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

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
        const auto settings = ConnectionSettings::parse(
            QStringLiteral("postgresql://alice@db.example:6543/household?sslmode=verify-full&connect_timeout=3"));
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

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("password") << QStringLiteral("postgresql://alice:secret@h/db") << QStringLiteral("password");
        QTest::newRow("password in an invalid address")
            << QStringLiteral("postgresql://alice:secret@host:99999/db") << QStringLiteral("password");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@h/") << QStringLiteral("no database");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://h/db?sslmode=sometimes") << QStringLiteral("sslmode");
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
