// A household server administered with the real omnimediatrak-cli, as the
// README tells a newcomer: server init, user add, the new member's first
// sign-in and password change, disable, events, and server check on a safe
// and an unsafe set-up. Secrets go in on standard input, one per line.

#include "CliTest.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace omt::test;

namespace {
QString lastWord(const QString &text)
{
    return text.trimmed().split(QRegularExpression(QStringLiteral("\\s+"))).constLast();
}
} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    QString m_superuserUrl;
    QByteArray m_superuserPassword;
    QString m_suffix;
    bool m_generatedMembers = false;

    QString urlFor(const QString &user) const
    {
        QUrl url(m_superuserUrl);
        url.setUserName(user);
        return url.toString();
    }
    /// `generate` names its members reader1, reader2, …, and roles belong
    /// to the whole cluster: the test drops those it made, and no others.
    void dropGeneratedMembers()
    {
        QUrl url(qEnvironmentVariable("OMT_TEST_PG_URL"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("roles"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(QString::fromUtf8(m_superuserPassword));
        db.setDatabaseName(url.path().mid(1));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS reader1, reader2"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("roles"));
    }
    QString name(const QString &stem) const { return stem + QLatin1Char('_') + m_suffix; }
    bool superuserExec(const QString &sql) { return superuserValue(sql).isValid(); }
    /// The first column of the first row of `sql`, run by `user` on the
    /// household's database; invalid when it fails.
    QVariant valueAs(const QString &user, const QByteArray &password, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("household"));
            QUrl url(m_superuserUrl);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(user);
            db.setPassword(QString::fromUtf8(password));
            db.setDatabaseName(m_database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql))
                    value = query.next() ? query.value(0) : QVariant(true);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("household"));
        return value;
    }
    QVariant superuserValue(const QString &sql)
    {
        return valueAs(QUrl(m_superuserUrl).userName(), m_superuserPassword, sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString adminUrl = qEnvironmentVariable("OMT_TEST_PG_URL");
        if (adminUrl.isEmpty()) {
            if (qEnvironmentVariable("OMT_TEST_REQUIRE_PG") == QLatin1String("1"))
                QFAIL("OMT_TEST_REQUIRE_PG=1 but OMT_TEST_PG_URL is not set");
            QSKIP("OMT_TEST_PG_URL is not set: no PostgreSQL server for this run");
        }
        m_suffix = QString::number(QRandomGenerator::global()->generate64() % 1000000000000ULL, 36);
        m_database = QStringLiteral("omt_cli_household_") + m_suffix;
        m_superuserPassword = qEnvironmentVariable("OMT_TEST_PG_PASSWORD").toUtf8();
        QUrl url(adminUrl);
        m_superuserUrl = adminUrl;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("maintenance"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(QString::fromUtf8(m_superuserPassword));
            db.setDatabaseName(url.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QVERIFY2(QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + m_database), "CREATE DATABASE");
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));
        url.setPath(QLatin1Char('/') + m_database);
        m_superuserUrl = url.toString();
    }

    void cleanupTestCase()
    {
        if (m_database.isEmpty())
            return;
        QUrl url(qEnvironmentVariable("OMT_TEST_PG_URL"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("maintenance"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(QString::fromUtf8(m_superuserPassword));
            db.setDatabaseName(url.path().mid(1));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));
        if (m_generatedMembers)
            dropGeneratedMembers();
    }

    void aNewcomerSetsUpAHouseholdWithTwoMembers()
    {
        const QString admin = name(QStringLiteral("alice"));
        const QString member = name(QStringLiteral("bob"));

        // The superuser's password, then the administrator's new one.
        const Run init = cli({ QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"),
                                 QStringLiteral("init"), QStringLiteral("--admin"), admin },
            m_superuserPassword + "\nalice's secret\n");
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        QVERIFY2(init.out.contains(QLatin1String("Set up the household server")), qPrintable(init.out));
        QVERIFY2(init.out.contains(admin), qPrintable(init.out));

        const Run again = cli(
            { QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"), QStringLiteral("init") },
            m_superuserPassword + '\n');
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QLatin1String("up to date")), qPrintable(again.out));

        const Run check = cli(
            { QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"), QStringLiteral("check") },
            m_superuserPassword + '\n');
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        QVERIFY2(check.out.contains(QLatin1String("forced on all")), qPrintable(check.out));
        QVERIFY2(check.out.contains(QLatin1String("auth_delay")), qPrintable(check.out));

        // The administrator adds a member: the one-time password is the last word.
        const Run added = cli(
            { QStringLiteral("--db"), urlFor(admin), QStringLiteral("user"), QStringLiteral("add"), member },
            "alice's secret\n");
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        const QString oneTime = lastWord(added.out);
        QVERIFY2(oneTime.size() == 29 && oneTime.count(QLatin1Char('-')) == 4, qPrintable(added.out));
        QVERIFY2(!added.err.contains(oneTime), "the password is printed once, on standard output");

        // Until they choose their own password, the member is sent to passwd.
        const Run early = cli(
            { QStringLiteral("--db"), urlFor(member), QStringLiteral("search"), QStringLiteral("dune") },
            oneTime.toUtf8() + '\n');
        QVERIFY2(early.exitCode == 1 && isOneLineError(early), qPrintable(describe(early)));
        QVERIFY2(early.err.contains(QLatin1String("user passwd")), qPrintable(early.err));

        const Run passwd = cli(
            { QStringLiteral("--db"), urlFor(member), QStringLiteral("user"), QStringLiteral("passwd") },
            oneTime.toUtf8() + "\nbob's own\n");
        QVERIFY2(passwd.exitCode == 0, qPrintable(describe(passwd)));

        const Run search = cli(
            { QStringLiteral("--db"), urlFor(member), QStringLiteral("search"), QStringLiteral("dune") },
            "bob's own\n");
        QVERIFY2(search.exitCode == 0, qPrintable(describe(search)));
        const Run withOneTime = cli(
            { QStringLiteral("--db"), urlFor(member), QStringLiteral("search"), QStringLiteral("dune") },
            oneTime.toUtf8() + '\n');
        QVERIFY2(withOneTime.exitCode == 1 && isOneLineError(withOneTime), qPrintable(describe(withOneTime)));

        // A member does not administrate.
        const Run list
            = cli({ QStringLiteral("--db"), urlFor(member), QStringLiteral("user"), QStringLiteral("list") },
                "bob's own\n");
        QVERIFY2(list.exitCode == 1 && isOneLineError(list), qPrintable(describe(list)));
        QVERIFY2(list.err.contains(QLatin1String("administrator")), qPrintable(list.err));

        const Run members
            = cli({ QStringLiteral("--db"), urlFor(admin), QStringLiteral("user"), QStringLiteral("list") },
                "alice's secret\n");
        QVERIFY2(members.exitCode == 0, qPrintable(describe(members)));
        QVERIFY2(members.out.contains(admin + QStringLiteral("\tadmin\tactive\town-password")),
            qPrintable(members.out));
        QVERIFY2(members.out.contains(member + QStringLiteral("\tmember\tactive\town-password")),
            qPrintable(members.out));

        // Disabled, the member cannot sign in, and says so.
        const Run disabled = cli({ QStringLiteral("--db"), urlFor(admin), QStringLiteral("user"),
                                     QStringLiteral("disable"), member },
            "alice's secret\n");
        QVERIFY2(disabled.exitCode == 0, qPrintable(describe(disabled)));
        const Run refused = cli(
            { QStringLiteral("--db"), urlFor(member), QStringLiteral("search"), QStringLiteral("dune") },
            "bob's own\n");
        QVERIFY2(refused.exitCode == 1 && isOneLineError(refused), qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(QLatin1String("disabled")), qPrintable(refused.err));

        const Run events
            = cli({ QStringLiteral("--db"), urlFor(admin), QStringLiteral("user"), QStringLiteral("events") },
                "alice's secret\n");
        QVERIFY2(events.exitCode == 0, qPrintable(describe(events)));
        for (const char *event :
            { "member_created", "password_changed", "member_disabled", "sign_in", "sign_out" })
            QVERIFY2(events.out.contains(QLatin1String(event)), event);
    }

    void checkSaysWhatIsUnsafe()
    {
        QVERIFY(
            superuserExec(QStringLiteral("ALTER TABLE interaction.user_media NO FORCE ROW LEVEL SECURITY")));
        const Run check = cli(
            { QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"), QStringLiteral("check") },
            m_superuserPassword + '\n');
        QVERIFY2(check.exitCode == 1, qPrintable(describe(check)));
        QVERIFY2(check.out.contains(
                     QLatin1String("UNSAFE\tRow-level security is not forced on interaction.user_media")),
            qPrintable(check.out));
        QVERIFY2(isOneLineError(check), qPrintable(check.err));

        // server init puts it right.
        const Run init = cli(
            { QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"), QStringLiteral("init") },
            m_superuserPassword + '\n');
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const Run fixed = cli(
            { QStringLiteral("--db"), m_superuserUrl, QStringLiteral("server"), QStringLiteral("check") },
            m_superuserPassword + '\n');
        QVERIFY2(fixed.exitCode == 0, qPrintable(describe(fixed)));
    }
    void aMemberIsToldWhenTheServerAndTheProgramDisagreeOnVersions()
    {
        const QString admin = name(QStringLiteral("alice"));
        const QStringList search
            = { QStringLiteral("--db"), urlFor(admin), QStringLiteral("search"), QStringLiteral("dune") };
        const int current
            = superuserValue(QStringLiteral("SELECT max(version) FROM public.schema_version")).toInt();
        QVERIFY(current > 1);

        // A server brought up to date by a newer OmniMediaTrak.
        QVERIFY(superuserExec(QStringLiteral("INSERT INTO public.schema_version (version, name) "
                                             "VALUES (%1, 'from_a_newer_version')")
                                  .arg(current + 1)));
        const Run newer = cli(search, "alice's secret\n");
        QVERIFY2(newer.exitCode == 1 && isOneLineError(newer), qPrintable(describe(newer)));
        QVERIFY2(newer.err.contains(QLatin1String("newer version of OmniMediaTrak")), qPrintable(newer.err));
        QVERIFY2(
            newer.err.contains(QStringLiteral("library version %1").arg(current + 1)), qPrintable(newer.err));

        // A server left behind (its last migration unrecorded): the member
        // is told who can update it.
        QVERIFY(superuserExec(
            QStringLiteral("DELETE FROM public.schema_version WHERE version > %1").arg(current)));
        const QString lastName = superuserValue(
            QStringLiteral("SELECT name FROM public.schema_version WHERE version = %1").arg(current))
                                     .toString();
        QVERIFY(superuserExec(
            QStringLiteral("DELETE FROM public.schema_version WHERE version = %1").arg(current)));
        const Run older = cli(search, "alice's secret\n");
        QVERIFY(superuserExec(
            QStringLiteral("INSERT INTO public.schema_version (version, name) VALUES (%1, '%2')")
                .arg(current)
                .arg(lastName)));
        QVERIFY2(older.exitCode == 1 && isOneLineError(older), qPrintable(describe(older)));
        QVERIFY2(older.err.contains(QLatin1String("administrator"))
                && older.err.contains(QLatin1String("server init")),
            qPrintable(older.err));

        const Run works = cli(search, "alice's secret\n");
        QVERIFY2(works.exitCode == 0, qPrintable(describe(works)));
    }

    void anAdministratorGeneratesAHouseholdOfMembers()
    {
        const QString admin = name(QStringLiteral("alice"));
        const QStringList generate
            = { QStringLiteral("generate"), QStringLiteral("--users"), QStringLiteral("3"),
                  QStringLiteral("--media"), QStringLiteral("10000"), QStringLiteral("--interactions"),
                  QStringLiteral("900"), QStringLiteral("--lists"), QStringLiteral("6") };

        // Roles belong to the cluster: never take over (nor later drop) roles
        // of that name that were there before.
        QCOMPARE(superuserValue(
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('reader1', 'reader2')"))
                     .toInt(),
            0);
        m_generatedMembers = true;

        // The administrator's password, then the one the generated members share.
        const Run generated = cli(QStringList { QStringLiteral("--db"), urlFor(admin) } + generate,
            "alice's secret\nreaders' password\n");
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY2(generated.out.contains(QLatin1String("2 new users")), qPrintable(generated.out));

        // Each member wrote their own part, and sees nothing of the others'.
        const QByteArray password = "readers' password";
        for (const QString &reader : { QStringLiteral("reader1"), QStringLiteral("reader2") }) {
            QCOMPARE(valueAs(reader, password, QStringLiteral("SELECT count(*) FROM interaction.user_media"))
                         .toInt(),
                300);
            QCOMPARE(
                valueAs(reader, password,
                    QStringLiteral("SELECT count(*) FROM interaction.user_media WHERE user_id <> auth.uid()"))
                    .toInt(),
                0);
            QCOMPARE(valueAs(reader, password, QStringLiteral("SELECT email FROM users.users")).toString(),
                reader + QStringLiteral("@example.org"));
        }
        QCOMPARE(
            valueAs(admin, "alice's secret", QStringLiteral("SELECT count(*) FROM interaction.user_media"))
                .toInt(),
            300);
        QCOMPARE(superuserValue(QStringLiteral("SELECT count(*) FROM interaction.user_media")).toInt(), 900);
        QCOMPARE(superuserValue(QStringLiteral("SELECT count(*) FROM interaction.user_lists")).toInt(), 6);
        QCOMPARE(
            superuserValue(QStringLiteral("SELECT count(*) FROM interaction.user_lists WHERE user_id NOT IN"
                                          " (SELECT id FROM users.users WHERE db_role IS NOT NULL)"))
                .toInt(),
            0);

        const Run search = cli({ QStringLiteral("--db"), urlFor(QStringLiteral("reader1")),
                                   QStringLiteral("search"), QStringLiteral("a") },
            password + '\n');
        QVERIFY2(search.exitCode == 0 && !search.out.isEmpty(), qPrintable(describe(search)));

        // The benchmark as a member: signing in measured, moves in a list of
        // their own that is gone again, nothing written to the catalogue.
        const Run bench
            = cli({ QStringLiteral("--db"), urlFor(QStringLiteral("reader1")), QStringLiteral("bench") },
                password + '\n');
        QVERIFY2(bench.exitCode == 0, qPrintable(describe(bench)));
        for (const char *figure :
            { "sign_in_ms\t", "users\t1\t", "user_page_ms\t", "smart_p95_ms\t", "list_move_ms\t" })
            QVERIFY2(bench.out.contains(QLatin1String(figure)), figure);
        QVERIFY2(!bench.out.contains(QLatin1String("insert_media")), qPrintable(bench.out));
        QCOMPARE(superuserValue(QStringLiteral("SELECT count(*) FROM interaction.user_lists")).toInt(), 6);
        QCOMPARE(superuserValue(QStringLiteral("SELECT count(*) FROM media.media")).toInt(), 10000);

        // Not twice, and not by a member.
        const Run again = cli(QStringList { QStringLiteral("--db"), urlFor(admin) } + generate,
            "alice's secret\nreaders' password\n");
        QVERIFY2(again.exitCode == 1 && isOneLineError(again), qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QLatin1String("already holds items")), qPrintable(again.err));
        const Run byMember
            = cli(QStringList { QStringLiteral("--db"), urlFor(QStringLiteral("reader1")) } + generate,
                password + '\n' + password + '\n');
        QVERIFY2(byMember.exitCode == 1 && isOneLineError(byMember), qPrintable(describe(byMember)));
        QVERIFY2(byMember.err.contains(QLatin1String("administrator")), qPrintable(byMember.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
