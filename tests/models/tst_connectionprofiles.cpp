// Connection profiles in the application's settings: what is kept, what the
// recent list and the next start see, what is refused, and that nothing
// secret is ever written.

#include "models/ConnectionProfile.h"
#include "models/ConnectionProfiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

class tst_ConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aServerIsKeptWithEverythingButItsPassword();
    void recentIsMostRecentFirstAndTheLastReopens();
    void filesFallingOffTheRecentListAreForgottenServersAreNot();
    void removingAProfileTakesItOffTheRecentList();
    void aHandEditedFallbackModeIsReadAsVerified();
    void aFileHasOneProfileWhateverTheWayItIsNamed();
    void whatIsTypedIsChecked();
    void plaintextIsOnlyQuietOnThisComputer();
    void aProfileBecomesTheConnectionToOpen();

private:
    static ConnectionProfile server(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_ConnectionProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void tst_ConnectionProfiles::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

ConnectionProfile tst_ConnectionProfiles::server(const QString &name)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Server;
    profile.name = name;
    profile.host = QStringLiteral("nas.example.net");
    profile.port = 5433;
    profile.databaseName = QStringLiteral("household");
    profile.username = QStringLiteral("bob");
    profile.sslMode = QStringLiteral("verify-ca");
    profile.caFile = QStringLiteral("/etc/household/ca.crt");
    profile.rememberPassword = true;
    return profile;
}

void tst_ConnectionProfiles::aServerIsKeptWithEverythingButItsPassword()
{
    ConnectionProfiles profiles(*m_settings);
    const ConnectionProfile saved = profiles.save(server(QStringLiteral("Home")));
    QVERIFY(!saved.id.isNull());
    // Another reader of the same settings file sees the same profile.
    m_settings->sync();
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    const auto found = ConnectionProfiles(again).find(saved.id);
    QVERIFY(found.has_value());
    QCOMPARE(found->name, QStringLiteral("Home"));
    QCOMPARE(found->host, QStringLiteral("nas.example.net"));
    QCOMPARE(found->port, 5433);
    QCOMPARE(found->databaseName, QStringLiteral("household"));
    QCOMPARE(found->username, QStringLiteral("bob"));
    QCOMPARE(found->sslMode, QStringLiteral("verify-ca"));
    QCOMPARE(found->caFile, QStringLiteral("/etc/household/ca.crt"));
    QVERIFY(found->rememberPassword);
    // The settings never hold a password, even when a connection was made with one.
    const ConnectionSettings settings = found->connectionSettings(QStringLiteral("s3cret-pass"));
    QCOMPARE(settings.password, QStringLiteral("s3cret-pass"));
    profiles.markOpened(*found);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("s3cret-pass"));
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(!key.section(QLatin1Char('/'), -1).contains(QLatin1String("password"))
                || key.endsWith(QLatin1String("/remember_password")),
            qPrintable(key));
}

void tst_ConnectionProfiles::recentIsMostRecentFirstAndTheLastReopens()
{
    ConnectionProfiles profiles(*m_settings);
    QVERIFY(!profiles.last().has_value());
    const ConnectionProfile home = profiles.markOpened(server(QStringLiteral("Home")));
    const ConnectionProfile file
        = profiles.markOpened(ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("a.omt"))));
    const ConnectionProfile away = profiles.markOpened(server(QStringLiteral("Away")));
    profiles.markOpened(home);
    const QList<ConnectionProfile> recent = profiles.recent();
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).id, home.id);
    QCOMPARE(recent.at(1).id, away.id);
    QCOMPARE(recent.at(2).id, file.id);
    QCOMPARE(profiles.last()->id, home.id);
}

void tst_ConnectionProfiles::filesFallingOffTheRecentListAreForgottenServersAreNot()
{
    ConnectionProfiles profiles(*m_settings);
    const ConnectionProfile home = profiles.markOpened(server(QStringLiteral("Home")));
    const ConnectionProfile oldFile
        = profiles.markOpened(ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("old.omt"))));
    for (int i = 0; i < ConnectionProfiles::RecentCount - 1; ++i)
        profiles.markOpened(
            ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("f%1.omt").arg(i))));
    const QList<ConnectionProfile> recent = profiles.recent();
    QCOMPARE(recent.size(), ConnectionProfiles::RecentCount);
    QVERIFY(std::none_of(recent.begin(), recent.end(), [&](const auto &p) { return p.id == home.id; }));
    // The server is still there to connect to.
    QVERIFY(profiles.find(home.id).has_value());
    // The old file, now the last on the list, stays until it falls off too.
    QCOMPARE(recent.last().id, oldFile.id);
    profiles.markOpened(ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("g.omt"))));
    QVERIFY(!profiles.find(oldFile.id).has_value());
}

void tst_ConnectionProfiles::removingAProfileTakesItOffTheRecentList()
{
    ConnectionProfiles profiles(*m_settings);
    const ConnectionProfile home = profiles.markOpened(server(QStringLiteral("Home")));
    profiles.remove(home.id);
    QVERIFY(!profiles.find(home.id).has_value());
    QVERIFY(profiles.recent().isEmpty());
    QVERIFY(!profiles.last().has_value());
}

void tst_ConnectionProfiles::aHandEditedFallbackModeIsReadAsVerified()
{
    ConnectionProfiles profiles(*m_settings);
    const ConnectionProfile home = profiles.save(server(QStringLiteral("Home")));
    for (const char *mode : { "prefer", "allow", "nonsense" }) {
        m_settings->setValue(
            QStringLiteral("connections/profiles/%1/sslmode").arg(home.id.toString(QUuid::WithoutBraces)),
            QLatin1String(mode));
        QCOMPARE(profiles.find(home.id)->sslMode, QStringLiteral("verify-full"));
    }
}

void tst_ConnectionProfiles::aFileHasOneProfileWhateverTheWayItIsNamed()
{
    const ConnectionProfile direct
        = ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("lib.omt")));
    const ConnectionProfile roundabout
        = ConnectionProfile::libraryFile(m_dir->path() + QStringLiteral("/sub/../lib.omt"));
    QCOMPARE(direct.id, roundabout.id);
    QCOMPARE(direct.name, QStringLiteral("lib"));
    QVERIFY(ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("other.omt"))).id != direct.id);
}

void tst_ConnectionProfiles::whatIsTypedIsChecked()
{
    QVERIFY(server(QStringLiteral("Home")).validate().ok() == false); // the CA file does not exist
    ConnectionProfile profile = server(QStringLiteral("Home"));
    profile.caFile.clear();
    QVERIFY(profile.validate().ok());
    const auto refusal = [](ConnectionProfile p) { return p.validate().error().message; };
    ConnectionProfile p = profile;
    p.name = QStringLiteral("  ");
    QVERIFY(refusal(p).contains(QLatin1String("name")));
    p = profile;
    p.host.clear();
    QVERIFY(refusal(p).contains(QLatin1String("address")));
    p = profile;
    p.port = 70000;
    QVERIFY(refusal(p).contains(QLatin1String("65535")));
    p = profile;
    p.databaseName.clear();
    QVERIFY(refusal(p).contains(QLatin1String("database")));
    p = profile;
    p.username.clear();
    QVERIFY(refusal(p).contains(QLatin1String("user name")));
    p = profile;
    p.sslMode = QStringLiteral("prefer");
    QVERIFY(refusal(p).contains(QLatin1String("prefer")));
    p = profile;
    p.caFile = m_dir->filePath(QStringLiteral("missing.crt"));
    QVERIFY(refusal(p).contains(QLatin1String("missing.crt")));
}

void tst_ConnectionProfiles::plaintextIsOnlyQuietOnThisComputer()
{
    QCOMPARE(ConnectionProfile::defaultSslMode(QStringLiteral("localhost")), QStringLiteral("disable"));
    QCOMPARE(ConnectionProfile::defaultSslMode(QStringLiteral("127.0.0.1")), QStringLiteral("disable"));
    QCOMPARE(
        ConnectionProfile::defaultSslMode(QStringLiteral("/var/run/postgresql")), QStringLiteral("disable"));
    QCOMPARE(ConnectionProfile::defaultSslMode(QStringLiteral("nas.local")), QStringLiteral("verify-full"));
    QVERIFY(!ConnectionProfile::sslModes().contains(QStringLiteral("prefer")));
    QVERIFY(!ConnectionProfile::sslModes().contains(QStringLiteral("allow")));
    ConnectionProfile profile = server(QStringLiteral("Home"));
    profile.sslMode = QStringLiteral("disable");
    QVERIFY(profile.isPlaintextOverNetwork());
    profile.host = QStringLiteral("::1");
    QVERIFY(!profile.isPlaintextOverNetwork());
}

void tst_ConnectionProfiles::aProfileBecomesTheConnectionToOpen()
{
    const ConnectionSettings settings
        = server(QStringLiteral("Home")).connectionSettings(QStringLiteral("pw"));
    QCOMPARE(settings.backend, SqlDialect::Kind::PostgreSQL);
    QCOMPARE(settings.host, QStringLiteral("nas.example.net"));
    QCOMPARE(settings.port, 5433);
    QCOMPARE(settings.databaseName, QStringLiteral("household"));
    QCOMPARE(settings.user, QStringLiteral("bob"));
    QCOMPARE(settings.sslMode, QStringLiteral("verify-ca"));
    QCOMPARE(settings.sslRootCert, QStringLiteral("/etc/household/ca.crt"));
    const ConnectionSettings file
        = ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("lib.omt"))).connectionSettings();
    QCOMPARE(file.backend, SqlDialect::Kind::SQLite);
    QCOMPARE(file.sqlitePath, m_dir->filePath(QStringLiteral("lib.omt")));
    // A chosen file must exist; the app decides when one may be made.
    QVERIFY(!file.createIfMissing);
}

QTEST_GUILESS_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
