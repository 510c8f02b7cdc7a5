// Connections to a server that speaks TLS (the test cluster of
// tests/support/pg-cluster.sh, with the certificate of tests/support/certs):
// its certificate is verified, and each way verification fails has an error
// of its own that says what to do.

#include "TestDatabase.h"
#include "storage/SqlConnection.h"

#include <QScopeGuard>
#include <QTest>

using namespace omt;

class tst_ServerTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void aLoopbackConnectionIsEncryptedWithoutBeingAsked();
    void theServersCertificateIsVerifiedAgainstItsAuthority();
    void aCertificateSignedByAnotherAuthorityIsRefused();
    void aMissingAuthorityFileIsRefused();
    void aCertificateForAnotherNameIsRefused();

private:
    /// The test database's settings with this sslmode and authority file.
    ConnectionSettings settings(const QString &sslMode, const QString &rootCertificate) const;
    /// Whether the connection made with `settings` is encrypted; an error when it cannot be made.
    static Result<bool> encrypted(const ConnectionSettings &settings);
    /// Has the test server present <name>.crt from its data folder
    /// (pg-cluster.sh puts server.crt and elsewhere.crt there).
    bool presentCertificate(const QString &name);

    std::unique_ptr<test::TestDatabase> m_database;
    QString m_authority;
    QString m_unrelatedAuthority;
    QString m_elsewhereAuthority;
};

void tst_ServerTls::initTestCase()
{
    OMT_FRESH_DATABASE(m_database);
    if (m_database->kind() != SqlDialect::Kind::PostgreSQL)
        QSKIP("TLS is a PostgreSQL server's (OMT_TEST_BACKEND=postgresql)");
    m_authority = QFINDTESTDATA("../support/certs/localhost.crt");
    m_unrelatedAuthority = QFINDTESTDATA("../support/certs/unrelated-ca.crt");
    m_elsewhereAuthority = QFINDTESTDATA("../support/certs/elsewhere.crt");
    QVERIFY(!m_authority.isEmpty() && !m_unrelatedAuthority.isEmpty() && !m_elsewhereAuthority.isEmpty());

    auto sql = m_database->database().sql();
    OMT_VERIFY_OK(sql);
    auto on = sql->run(QStringLiteral("SELECT current_setting('ssl')"), {}, QStringLiteral("asking for TLS"));
    OMT_VERIFY_OK(on);
    QVERIFY(on->next());
    if (on->value(0).toString() != QLatin1String("on")) {
        // pg-cluster.sh switches it on; another server may not have it.
        if (qEnvironmentVariable("OMT_TEST_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("the test server has TLS off (ssl = off); start it with tests/support/pg-cluster.sh");
        QSKIP("the test server has TLS off");
    }
}

void tst_ServerTls::cleanupTestCase()
{
    m_database.reset();
}

ConnectionSettings tst_ServerTls::settings(const QString &sslMode, const QString &rootCertificate) const
{
    ConnectionSettings settings = m_database->settings();
    settings.sslMode = sslMode;
    settings.sslRootCert = rootCertificate;
    return settings;
}

Result<bool> tst_ServerTls::encrypted(const ConnectionSettings &settings)
{
    Database database(settings);
    Result<bool> answer = false;
    {
        auto sql = database.sql();
        if (!sql)
            return sql.error();
        auto ssl = sql->run(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), {},
            QStringLiteral("asking whether the connection is encrypted"));
        if (!ssl)
            answer = ssl.error();
        else
            answer = ssl->next() && ssl->value(0).toBool();
    }
    database.closeAllConnections();
    return answer;
}

void tst_ServerTls::aLoopbackConnectionIsEncryptedWithoutBeingAsked()
{
    ConnectionSettings loopback = settings({}, {});
    QCOMPARE(loopback.effectiveSslMode(), QStringLiteral("prefer"));
    auto yes = encrypted(loopback);
    OMT_VERIFY_OK(yes);
    QVERIFY(*yes);
}

void tst_ServerTls::theServersCertificateIsVerifiedAgainstItsAuthority()
{
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        ConnectionSettings verified = settings(QStringLiteral("verify-full"), m_authority);
        verified.host = host;
        auto yes = encrypted(verified);
        OMT_VERIFY_OK(yes);
        QVERIFY(*yes);
    }
}

void tst_ServerTls::aCertificateSignedByAnotherAuthorityIsRefused()
{
    auto refused = encrypted(settings(QStringLiteral("verify-full"), m_unrelatedAuthority));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::AccessDenied);
    QCOMPARE(refused.error().subject, QStringLiteral("tls_unverified"));
    QVERIFY2(
        refused.error().message.contains(QLatin1String("sslrootcert")), qPrintable(refused.error().message));
    // verify-ca checks the authority as well, if not the name.
    refused = encrypted(settings(QStringLiteral("verify-ca"), m_unrelatedAuthority));
    QVERIFY(!refused);
    QCOMPARE(refused.error().subject, QStringLiteral("tls_unverified"));
}

void tst_ServerTls::aMissingAuthorityFileIsRefused()
{
    QTemporaryDir dir;
    auto refused
        = encrypted(settings(QStringLiteral("verify-full"), dir.filePath(QStringLiteral("none.crt"))));
    QVERIFY(!refused);
    QCOMPARE(refused.error().subject, QStringLiteral("tls_unverified"));
}

void tst_ServerTls::aCertificateForAnotherNameIsRefused()
{
    // The server presents a certificate for elsewhere.example, from an
    // authority the address trusts, while the address names 127.0.0.1:
    // what an address that leads to somebody else's server looks like.
    QVERIFY(presentCertificate(QStringLiteral("elsewhere")));
    auto restore = qScopeGuard([this] { presentCertificate(QStringLiteral("server")); });
    const ConnectionSettings elsewhere = settings(QStringLiteral("verify-full"), m_elsewhereAuthority);
    Result<bool> refused = true;
    // The server takes the certificate on when it has read its configuration again.
    QTRY_VERIFY_WITH_TIMEOUT(!(refused = encrypted(elsewhere)).ok(), 10000);
    QCOMPARE(refused.error().code, Error::Code::AccessDenied);
    QCOMPARE(refused.error().subject, QStringLiteral("tls_mismatch"));
    QVERIFY2(
        refused.error().message.contains(QLatin1String("another name")), qPrintable(refused.error().message));
    // verify-ca trusts the authority and does not look at the name.
    auto yes = encrypted(settings(QStringLiteral("verify-ca"), m_elsewhereAuthority));
    OMT_VERIFY_OK(yes);
    QVERIFY(*yes);

    restore.dismiss();
    QVERIFY(presentCertificate(QStringLiteral("server")));
    QTRY_VERIFY_WITH_TIMEOUT(encrypted(settings(QStringLiteral("verify-full"), m_authority)).ok(), 10000);
}

bool tst_ServerTls::presentCertificate(const QString &name)
{
    auto sql = m_database->database().sql();
    if (!sql)
        return false;
    const QString context = QStringLiteral("changing the server's certificate");
    return sql->runDirect(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1.crt'").arg(name), context)
        && sql->runDirect(QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1.key'").arg(name), context)
        && sql->runDirect(QStringLiteral("SELECT pg_reload_conf()"), context);
}

QTEST_GUILESS_MAIN(tst_ServerTls)
#include "tst_servertls.moc"
