// Attacks on a household server with raw SQL (DESIGN §7): member B connects
// with their own password straight through libpq, as they could with psql,
// and tries to read, change or unprotect member A's private data. Nothing
// here goes through the repositories: the server alone must refuse.

#include "HouseholdServer.h"
#include "storage/ServerAccount.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace omt;
using omt::test::HouseholdServer;

namespace {

constexpr auto PrivilegeRefused = "42501";

/// What one raw statement did.
struct Outcome
{
    bool ok = false;
    QString state;   // SQLSTATE when it failed
    QString message; // the server's message when it failed
    int rowsAffected = -1;
    QList<QVariantList> rows;

    QString describe() const
    {
        return ok ? QStringLiteral("succeeded") : state + QStringLiteral(": ") + message;
    }
};

/// A libpq connection of its own (QPSQL, no sign-in, no repository), the
/// way a member could connect with psql.
class RawSession
{
public:
    explicit RawSession(const ConnectionSettings &settings)
        : m_name(QStringLiteral("raw-%1").arg(s_next.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.databaseName);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        if (!db.open())
            m_openError = db.lastError().text();
    }
    ~RawSession()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSession(const RawSession &) = delete;
    RawSession &operator=(const RawSession &) = delete;

    QString openError() const { return m_openError; }

    Outcome run(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        Outcome outcome;
        outcome.ok = query.exec(sql);
        if (!outcome.ok) {
            outcome.state = query.lastError().nativeErrorCode();
            outcome.message = query.lastError().databaseText();
            return outcome;
        }
        outcome.rowsAffected = query.numRowsAffected();
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < columns; ++column)
                row << query.value(column);
            outcome.rows << row;
        }
        return outcome;
    }

    /// The first column of the single row `sql` returns; invalid on failure.
    QVariant value(const QString &sql) const
    {
        const Outcome outcome = run(sql);
        return outcome.ok && outcome.rows.size() == 1 ? outcome.rows.first().value(0) : QVariant();
    }

private:
    static inline QAtomicInt s_next;
    QString m_name;
    QString m_openError;
};

QString quoted(const QUuid &id)
{
    return QLatin1Char('\'') + id.toString(QUuid::WithoutBraces) + QLatin1Char('\'');
}

} // namespace

class tst_ServerAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void theMemberSeesNoneOfAnotherMembersPrivateData();
    void theMemberCannotWriteAsAnotherMember();
    void theMemberCannotTurnRowLevelSecurityOffOrCreateAnything();
    void theMemberCannotMakeThemselvesAnAdministrator();
    void theMemberCannotReadAnotherMembersQueryText();
    void publicListsAreReadOnlyToOthers();
    void theCatalogueIsSharedButOnlyAdministratorsDeleteFromIt();

private:
    std::unique_ptr<RawSession> sessionOf(const HouseholdServer::Member &member) const
    {
        return std::make_unique<RawSession>(m_server->settingsFor(member.name, member.password));
    }
    /// Runs `sql` as A, failing the test when A cannot.
    void asAlice(const QString &sql)
    {
        const Outcome outcome = m_alice->run(sql);
        QVERIFY2(outcome.ok, qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
    }

    std::unique_ptr<HouseholdServer> m_server;
    HouseholdServer::Member m_aliceMember;
    HouseholdServer::Member m_bobMember;
    std::unique_ptr<RawSession> m_alice;
    std::unique_ptr<RawSession> m_bob;
    QUuid m_book = QUuid::createUuid();
    QUuid m_film = QUuid::createUuid();
    QUuid m_privateList = QUuid::createUuid();
    QUuid m_publicList = QUuid::createUuid();
    QUuid m_privateSmartList = QUuid::createUuid();
};

void tst_ServerAttacks::initTestCase()
{
    OMT_HOUSEHOLD_SERVER(m_server);
    auto madeAlice = m_server->addMember(QStringLiteral("alice"));
    OMT_VERIFY_OK(madeAlice);
    auto madeBob = m_server->addMember(QStringLiteral("bob"));
    OMT_VERIFY_OK(madeBob);
    m_aliceMember = *madeAlice;
    m_bobMember = *madeBob;
    m_alice = sessionOf(m_aliceMember);
    m_bob = sessionOf(m_bobMember);
    QVERIFY2(m_alice->openError().isEmpty(), qPrintable(m_alice->openError()));
    QVERIFY2(m_bob->openError().isEmpty(), qPrintable(m_bob->openError()));

    // Both sign in the way the app does, leaving a session and events behind.
    for (const auto &member : { m_aliceMember, m_bobMember }) {
        auto database = m_server->connect(member);
        auto signedIn = ServerAccount(*database).signIn(QStringLiteral("laptop"), QStringLiteral("test"));
        OMT_VERIFY_OK(signedIn);
        QCOMPARE(signedIn->status, SignIn::Status::SignedIn);
    }

    // A's library, written by A: two catalogue items, progress with private
    // notes, a private list, a private smart list, a public list, and the
    // private parts of A's account.
    const QString alice = quoted(m_aliceMember.id);
    asAlice(QStringLiteral(
        "INSERT INTO media.media (id, media_type, title, sort_title, created_at, updated_at) VALUES"
        " (%1, 'book', 'Dune', 'dune', now(), now()),"
        " (%2, 'film', 'Arrival', 'arrival', now(), now())")
                .arg(quoted(m_book), quoted(m_film)));
    asAlice(QStringLiteral(
        "INSERT INTO interaction.user_media (user_id, media_id, status, rating, notes, created_at,"
        " updated_at) VALUES (%1, %2, 'completed', 9, 'alice secret note', now(), now())")
                .arg(alice, quoted(m_book)));
    asAlice(QStringLiteral(
        "INSERT INTO interaction.user_lists (id, user_id, name, list_type, is_public, created_at,"
        " updated_at) VALUES (%1, %2, 'Alice private', 'manual', false, now(), now()),"
        " (%3, %2, 'Alice public', 'manual', true, now(), now()),"
        " (%4, %2, 'Alice private smart', 'smart', false, now(), now())")
                .arg(quoted(m_privateList), alice, quoted(m_publicList), quoted(m_privateSmartList)));
    asAlice(QStringLiteral("INSERT INTO interaction.list_items (list_id, media_id, position, added_at) VALUES"
                           " (%1, %3, 1024, now()), (%2, %4, 1024, now())")
                .arg(quoted(m_privateList), quoted(m_publicList), quoted(m_book), quoted(m_film)));
    asAlice(QStringLiteral(
        "INSERT INTO interaction.smart_lists (list_id, filter_definition, created_at, updated_at)"
        " VALUES (%1, '{\"field\": \"notes\", \"op\": \"contains\", \"value\": \"secret\"}',"
        " now(), now())")
                .arg(quoted(m_privateSmartList)));
    asAlice(QStringLiteral("UPDATE users.users SET email = 'alice@example.org',"
                           " profile_settings = '{\"theme\": \"alice-dark\"}' WHERE id = %1")
                .arg(alice));
}

void tst_ServerAttacks::theMemberSeesNoneOfAnotherMembersPrivateData()
{
    const QString alice = quoted(m_aliceMember.id);
    // A's own session sees what A wrote, so the zeros below are RLS at work.
    QCOMPARE(m_alice->value(QStringLiteral("SELECT count(*) FROM interaction.user_media")).toInt(), 1);
    QCOMPARE(m_alice->value(QStringLiteral("SELECT count(*) FROM interaction.user_lists")).toInt(), 3);

    const QStringList nothingOfAlices = {
        QStringLiteral("SELECT count(*) FROM interaction.user_media"),
        QStringLiteral("SELECT count(*) FROM interaction.user_media WHERE notes LIKE '%secret%'"),
        QStringLiteral("SELECT count(*) FROM interaction.user_lists WHERE user_id = %1 AND NOT is_public")
            .arg(alice),
        QStringLiteral("SELECT count(*) FROM interaction.list_items WHERE list_id = %1")
            .arg(quoted(m_privateList)),
        QStringLiteral("SELECT count(*) FROM interaction.smart_lists"),
        QStringLiteral("SELECT count(*) FROM interaction.user_lists WHERE filter_definition IS NOT NULL"),
        QStringLiteral("SELECT count(*) FROM users.users WHERE id = %1").arg(alice),
        QStringLiteral(
            "SELECT count(*) FROM users.users WHERE email IS NOT NULL OR profile_settings <> '{}'"),
        QStringLiteral("SELECT count(*) FROM auth.my_sessions() WHERE device_name <> 'laptop'"),
    };
    for (const QString &sql : nothingOfAlices) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(outcome.ok, qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
        QVERIFY2(outcome.rows.value(0).value(0).toInt() == 0, qPrintable(sql));
    }
    // B's own sessions only: one, B's.
    QCOMPARE(m_bob->value(QStringLiteral("SELECT count(*) FROM auth.my_sessions()")).toInt(), 1);
    // Who the other members are is shared (for public lists' owners), and no more.
    QCOMPARE(m_bob->value(QStringLiteral("SELECT username FROM users.members WHERE id = %1").arg(alice))
                 .toString(),
        m_aliceMember.name);
    QCOMPARE(
        m_bob->run(QStringLiteral("SELECT email FROM users.members")).state, QString::fromLatin1("42703"));

    // The account tables are the administration functions' alone.
    for (const QString &table : { QStringLiteral("auth.sessions"), QStringLiteral("auth.tokens"),
             QStringLiteral("auth.login_events") }) {
        const Outcome outcome = m_bob->run(QStringLiteral("SELECT count(*) FROM ") + table);
        QVERIFY2(outcome.state == QLatin1String(PrivilegeRefused),
            qPrintable(table + QLatin1Char(' ') + outcome.describe()));
    }
    const Outcome events = m_bob->run(QStringLiteral("SELECT * FROM auth.recent_events(100)"));
    QVERIFY2(events.state == QLatin1String(PrivilegeRefused), qPrintable(events.describe()));
    const Outcome members = m_bob->run(QStringLiteral("SELECT * FROM auth.members()"));
    QVERIFY2(members.state == QLatin1String(PrivilegeRefused), qPrintable(members.describe()));

    // Switching row-level security off for the session is refused, not obeyed.
    const Outcome off = m_bob->run(QStringLiteral("SET row_security = off"));
    QVERIFY2(off.ok, qPrintable(off.describe()));
    const Outcome unfiltered = m_bob->run(QStringLiteral("SELECT count(*) FROM interaction.user_media"));
    QVERIFY2(unfiltered.state == QLatin1String(PrivilegeRefused), qPrintable(unfiltered.describe()));
    QVERIFY(m_bob->run(QStringLiteral("RESET row_security")).ok);
}

void tst_ServerAttacks::theMemberCannotWriteAsAnotherMember()
{
    const QString alice = quoted(m_aliceMember.id);
    const QString bob = quoted(m_bobMember.id);
    // Rows claimed for A are refused outright.
    const QStringList refused = {
        QStringLiteral(
            "INSERT INTO interaction.user_media (user_id, media_id, status, notes, created_at, updated_at)"
            " VALUES (%1, %2, 'dropped', 'planted by bob', now(), now())")
            .arg(alice, quoted(m_film)),
        QStringLiteral("INSERT INTO interaction.user_lists (id, user_id, name, created_at, updated_at)"
                       " VALUES (gen_random_uuid(), %1, 'Planted', now(), now())")
            .arg(alice),
        QStringLiteral("INSERT INTO interaction.list_items (list_id, media_id, position, added_at)"
                       " VALUES (%1, %2, 2048, now())")
            .arg(quoted(m_privateList), quoted(m_film)),
        QStringLiteral(
            "INSERT INTO interaction.smart_lists (list_id, filter_definition, created_at, updated_at)"
            " VALUES (%1, '{}', now(), now())")
            .arg(quoted(m_privateList)),
    };
    for (const QString &sql : refused) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(outcome.state == QLatin1String(PrivilegeRefused),
            qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
    }
    // B's own row cannot be handed over to A either.
    QVERIFY(m_bob
                ->run(QStringLiteral(
                    "INSERT INTO interaction.user_media (user_id, media_id, created_at, updated_at)"
                    " VALUES (%1, %2, now(), now())")
                          .arg(bob, quoted(m_film)))
                .ok);
    const Outcome handOver = m_bob->run(
        QStringLiteral("UPDATE interaction.user_media SET user_id = %1 WHERE user_id = %2").arg(alice, bob));
    QCOMPARE(handOver.state, QString::fromLatin1(PrivilegeRefused));

    // A's rows are not there to change or delete.
    const QStringList untouched = {
        QStringLiteral(
            "UPDATE interaction.user_media SET rating = 1, notes = 'bob was here' WHERE user_id = %1")
            .arg(alice),
        QStringLiteral("DELETE FROM interaction.user_media WHERE user_id = %1").arg(alice),
        QStringLiteral("UPDATE interaction.user_lists SET name = 'Hijacked' WHERE user_id = %1").arg(alice),
        QStringLiteral("DELETE FROM interaction.user_lists WHERE user_id = %1").arg(alice),
        QStringLiteral("DELETE FROM interaction.list_items WHERE list_id IN (%1, %2)")
            .arg(quoted(m_privateList), quoted(m_publicList)),
        QStringLiteral("UPDATE interaction.smart_lists SET filter_definition = '{}'"),
        QStringLiteral("UPDATE users.users SET display_name = 'Hijacked' WHERE id = %1").arg(alice),
    };
    for (const QString &sql : untouched) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(outcome.ok, qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
        QVERIFY2(outcome.rowsAffected == 0, qPrintable(sql));
    }
    // A's view of A's data is as A left it.
    const Outcome progress = m_alice->run(QStringLiteral("SELECT rating, notes FROM interaction.user_media"));
    QCOMPARE(progress.rows.size(), 1);
    QCOMPARE(progress.rows.first().value(0).toInt(), 9);
    QCOMPARE(progress.rows.first().value(1).toString(), QStringLiteral("alice secret note"));
    QCOMPARE(
        m_alice->value(QStringLiteral("SELECT count(*) FROM interaction.user_lists WHERE name LIKE 'Alice%'"))
            .toInt(),
        3);
    QCOMPARE(m_alice->value(QStringLiteral("SELECT count(*) FROM interaction.list_items")).toInt(), 2);
    QCOMPARE(m_alice->value(QStringLiteral("SELECT display_name FROM users.users")).toString(), QString());
    QVERIFY(m_bob->run(QStringLiteral("DELETE FROM interaction.user_media")).ok);
}

void tst_ServerAttacks::theMemberCannotTurnRowLevelSecurityOffOrCreateAnything()
{
    const QStringList refused = {
        QStringLiteral("ALTER TABLE interaction.user_media DISABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE interaction.user_media NO FORCE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY own_interactions ON interaction.user_media"),
        QStringLiteral("CREATE POLICY everything ON interaction.user_media FOR SELECT USING (true)"),
        QStringLiteral("ALTER TABLE interaction.user_media OWNER TO %1").arg(m_bobMember.name),
        QStringLiteral("TRUNCATE auth.login_events"),
        QStringLiteral("TRUNCATE interaction.user_media"),
        QStringLiteral("DELETE FROM auth.login_events"),
        QStringLiteral("CREATE TABLE public.stolen (notes text)"),
        QStringLiteral("CREATE TABLE interaction.stolen (notes text)"),
        QStringLiteral("CREATE TABLE media.stolen (notes text)"),
        QStringLiteral("CREATE TABLE auth.stolen (notes text)"),
        QStringLiteral("CREATE SCHEMA bobs"),
        QStringLiteral("CREATE TEMPORARY TABLE stolen (notes text)"),
        QStringLiteral("CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1'"),
        QStringLiteral("CREATE VIEW public.everything AS SELECT * FROM interaction.user_media"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid'"),
        QStringLiteral("SET ROLE omt_owner"),
        QStringLiteral("SET ROLE %1").arg(m_aliceMember.name),
        QStringLiteral("SET SESSION AUTHORIZATION %1").arg(m_aliceMember.name),
        QStringLiteral("ALTER ROLE %1 BYPASSRLS").arg(m_bobMember.name),
        QStringLiteral("CREATE ROLE bobs_helper LOGIN PASSWORD 'x'"),
        QStringLiteral("ALTER FUNCTION auth.uid() SECURITY INVOKER"),
        QStringLiteral("ALTER FUNCTION public.ltree_risparent(public.ltree, public.ltree) NOT LEAKPROOF"),
    };
    for (const QString &sql : refused) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(!outcome.ok, qPrintable(sql + QStringLiteral(" was allowed")));
        QVERIFY2(outcome.state == QLatin1String(PrivilegeRefused),
            qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
    }
    // Still forced, still guarded, the audit trail still whole.
    QCOMPARE(m_bob
                 ->value(QStringLiteral("SELECT relforcerowsecurity FROM pg_class"
                                        " WHERE oid = 'interaction.user_media'::regclass"))
                 .toBool(),
        true);
    QVERIFY(m_bob->value(QStringLiteral("SELECT count(*) FROM auth.my_sessions()")).toInt() >= 1);
}

void tst_ServerAttacks::theMemberCannotMakeThemselvesAnAdministrator()
{
    const QString bob = quoted(m_bobMember.id);
    const QStringList refused = {
        QStringLiteral("UPDATE users.users SET role = 'admin' WHERE id = %1").arg(bob),
        QStringLiteral("UPDATE users.users SET db_role = '%1' WHERE id = %2").arg(m_aliceMember.name, bob),
        QStringLiteral("UPDATE users.users SET is_active = true, password_hash = 'x' WHERE id = %1").arg(bob),
        QStringLiteral("GRANT omt_admin TO %1").arg(m_bobMember.name),
        QStringLiteral("SELECT auth.set_member_role('%1', 'admin')").arg(m_bobMember.name),
        QStringLiteral("SELECT auth.set_member_enabled('%1', false)").arg(m_aliceMember.name),
        QStringLiteral("SELECT auth.add_member('bobs_friend', NULL, NULL, true, interval '1 day')"),
        QStringLiteral("SELECT auth.reset_member_password('%1', NULL, NULL, interval '1 day')")
            .arg(m_aliceMember.name),
    };
    for (const QString &sql : refused) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(outcome.state == QLatin1String(PrivilegeRefused),
            qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
    }
    QCOMPARE(
        m_bob->value(QStringLiteral("SELECT role FROM users.users")).toString(), QStringLiteral("member"));
    QCOMPARE(m_bob->value(QStringLiteral("SELECT auth.is_admin()")).toBool(), false);
    QCOMPARE(m_bob->value(QStringLiteral("SELECT pg_has_role('omt_admin', 'MEMBER')")).toBool(), false);
}

void tst_ServerAttacks::theMemberCannotReadAnotherMembersQueryText()
{
    // A's client writes a private note in a statement that takes a while;
    // meanwhile B looks at what the server is running.
    const QString secret
        = QStringLiteral("alice whispered secret %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const ConnectionSettings aliceSettings
        = m_server->settingsFor(m_aliceMember.name, m_aliceMember.password);
    const QString write = QStringLiteral("UPDATE interaction.user_media SET notes = '%1'"
                                         " WHERE media_id = %2 AND (SELECT true FROM pg_sleep(3))")
                              .arg(secret, quoted(m_book));
    Outcome written;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        RawSession alice(aliceSettings);
        written = alice.run(write);
    }));
    writer->start();

    // The superuser sees the statement running: without that the check below
    // would prove nothing.
    RawSession superuser(m_server->superuser().settings());
    QElapsedTimer waited;
    waited.start();
    bool running = false;
    while (!running && waited.elapsed() < 10000) {
        running = superuser
                      .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                            " WHERE state = 'active' AND pid <> pg_backend_pid()"
                                            " AND query LIKE '%%1%'")
                                 .arg(secret))
                      .toInt()
            == 1;
        if (!running)
            QThread::msleep(20);
    }
    QVERIFY2(running, "A's write never showed up in pg_stat_activity");

    const Outcome seen = m_bob->run(QStringLiteral("SELECT usename, coalesce(query, ''), state"
                                                   " FROM pg_stat_activity WHERE usename = '%1'")
                                        .arg(m_aliceMember.name));
    QVERIFY2(seen.ok, qPrintable(seen.describe()));
    QVERIFY2(!seen.rows.isEmpty(), "B should see that A is connected");
    for (const QVariantList &row : seen.rows) {
        QVERIFY2(
            !row.value(1).toString().contains(QLatin1String("secret")), qPrintable(row.value(1).toString()));
        QVERIFY(row.value(2).isNull()); // not even whether A is busy
    }
    const Outcome anywhere
        = m_bob->run(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                    " WHERE pid <> pg_backend_pid() AND query LIKE '%secret%'"));
    QCOMPARE(anywhere.rows.value(0).value(0).toInt(), 0);

    writer->wait();
    QVERIFY2(written.ok, qPrintable(written.describe()));
    QCOMPARE(written.rowsAffected, 1);
}

void tst_ServerAttacks::publicListsAreReadOnlyToOthers()
{
    const QString bob = quoted(m_bobMember.id);
    const Outcome lists = m_bob->run(QStringLiteral("SELECT id, name FROM interaction.user_lists"));
    QVERIFY2(lists.ok, qPrintable(lists.describe()));
    QCOMPARE(lists.rows.size(), 1);
    QCOMPARE(lists.rows.first().value(1).toString(), QStringLiteral("Alice public"));
    QCOMPARE(m_bob
                 ->value(QStringLiteral("SELECT media_id FROM interaction.list_items WHERE list_id = %1")
                             .arg(quoted(m_publicList)))
                 .toUuid(),
        m_film);

    const QStringList unchanged = {
        QStringLiteral(
            "UPDATE interaction.user_lists SET name = 'Bob''s now', is_public = false WHERE id = %1")
            .arg(quoted(m_publicList)),
        QStringLiteral("UPDATE interaction.list_items SET position = 1 WHERE list_id = %1")
            .arg(quoted(m_publicList)),
        QStringLiteral("DELETE FROM interaction.list_items WHERE list_id = %1").arg(quoted(m_publicList)),
        QStringLiteral("DELETE FROM interaction.user_lists WHERE id = %1").arg(quoted(m_publicList)),
    };
    for (const QString &sql : unchanged) {
        const Outcome outcome = m_bob->run(sql);
        QVERIFY2(outcome.ok && outcome.rowsAffected == 0,
            qPrintable(sql + QStringLiteral(" → ") + outcome.describe()));
    }
    const Outcome added
        = m_bob->run(QStringLiteral("INSERT INTO interaction.list_items (list_id, media_id, position,"
                                    " added_at) VALUES (%1, %2, 4096, now())")
                         .arg(quoted(m_publicList), quoted(m_book)));
    QCOMPARE(added.state, QString::fromLatin1(PrivilegeRefused));
    // Nor can B take the list over by moving it into an own list's place.
    const Outcome takeOver
        = m_bob->run(QStringLiteral("UPDATE interaction.user_lists SET user_id = %1 WHERE id = %2")
                         .arg(bob, quoted(m_publicList)));
    QVERIFY(takeOver.ok && takeOver.rowsAffected == 0);

    // Once A makes it private, it is gone from B's view with its items.
    asAlice(QStringLiteral("UPDATE interaction.user_lists SET is_public = false WHERE id = %1")
                .arg(quoted(m_publicList)));
    QCOMPARE(m_bob->value(QStringLiteral("SELECT count(*) FROM interaction.user_lists")).toInt(), 0);
    QCOMPARE(m_bob->value(QStringLiteral("SELECT count(*) FROM interaction.list_items")).toInt(), 0);
    asAlice(QStringLiteral("UPDATE interaction.user_lists SET is_public = true WHERE id = %1")
                .arg(quoted(m_publicList)));
}

void tst_ServerAttacks::theCatalogueIsSharedButOnlyAdministratorsDeleteFromIt()
{
    QCOMPARE(m_bob->value(QStringLiteral("SELECT title FROM media.media WHERE id = %1").arg(quoted(m_book)))
                 .toString(),
        QStringLiteral("Dune"));
    const Outcome renamed = m_bob->run(
        QStringLiteral("UPDATE media.media SET title = 'Dune (1965)' WHERE id = %1").arg(quoted(m_book)));
    QVERIFY2(renamed.ok && renamed.rowsAffected == 1, qPrintable(renamed.describe()));
    const Outcome deleted
        = m_bob->run(QStringLiteral("DELETE FROM media.media WHERE id = %1").arg(quoted(m_book)));
    QVERIFY2(deleted.ok && deleted.rowsAffected == 0, qPrintable(deleted.describe()));

    auto admin = sessionOf(m_server->admin());
    const Outcome byAdmin
        = admin->run(QStringLiteral("DELETE FROM media.media WHERE id = %1").arg(quoted(m_film)));
    QVERIFY2(byAdmin.ok && byAdmin.rowsAffected == 1, qPrintable(byAdmin.describe()));
    // Deleting it took A's list item with it, through the cascade.
    QCOMPARE(m_alice->value(QStringLiteral("SELECT count(*) FROM interaction.list_items")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_ServerAttacks)
#include "tst_serverattacks.moc"
