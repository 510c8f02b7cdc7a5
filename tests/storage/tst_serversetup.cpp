// The household server as `server init` sets it up (DESIGN §7): who owns what,
// row-level security on every table, members' one-time passwords, disabling,
// roles, and what only administrators may do. Attacks with raw SQL are in
// tst_serverattacks.

#include "HouseholdServer.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRecordRepository.h"
#include "storage/MediaRepository.h"
#include "storage/MemberAdministration.h"
#include "storage/Migrator.h"
#include "storage/ServerAccount.h"
#include "storage/ServerSetup.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

using namespace omt;
using omt::test::HouseholdServer;

namespace {
/// The first column of the first row of `sql`, run by the superuser;
/// invalid when the statement failed or returned no row.
QVariant superuserValue(HouseholdServer &server, const QString &sql, const QVariantList &values = {})
{
    auto connection = server.superuser().sql();
    if (!connection)
        return {};
    auto query = connection->run(sql, values, QStringLiteral("asking the test server"));
    if (!query || !query->next())
        return {};
    return query->value(0);
}

/// A count the superuser reads; -1 when the statement failed.
int superuserCount(HouseholdServer &server, const QString &sql)
{
    const QVariant value = superuserValue(server, sql);
    return value.isValid() ? value.toInt() : -1;
}

SignIn::Status signInStatus(Database &database)
{
    auto signedIn = ServerAccount(database).signIn(QStringLiteral("test device"), QStringLiteral("0.test"));
    return signedIn ? signedIn->status : SignIn::Status::NotAMember;
}

int mediaCount(Database &database)
{
    auto connection = database.sql();
    if (!connection)
        return -1;
    auto query
        = connection->run(QStringLiteral("SELECT count(*) FROM media.media"), {}, QStringLiteral("counting"));
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}
} // namespace

class tst_ServerSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void initializingAgainUpgradesNothingAndKeepsTheAdministrator();
    void theOwnerRoleOwnsEverythingAndEveryTableIsForced();
    void aPlainLibraryBecomesAServerOwnedByTheOwner();
    void onlyASuperuserSetsAServerUp();

    void theAdministratorSignsInWithTheirOwnPassword();
    void aNewMemberSeesNothingUntilTheyChooseTheirPassword();
    void theOldPasswordIsRefusedAfterAChange();
    void anExpiredOneTimePasswordCannotBeExchanged();
    void aResetGivesANewOneTimePassword();
    void aDisabledMemberIsSignedOutAndCannotConnect();
    void membersCannotAdministrate();
    void theLastAdministratorCannotBeDemotedOrDisabled();
    void badUsernamesAreRefusedWithTheReason();
    void theAccountRecordKeepsWhatHappened();
    void catalogueAndPublicListChangesAreAnnouncedPrivateOnesNever();

private:
    std::unique_ptr<HouseholdServer> m_server;
};

void tst_ServerSetup::initTestCase()
{
    OMT_HOUSEHOLD_SERVER(m_server);
}

void tst_ServerSetup::initializingAgainUpgradesNothingAndKeepsTheAdministrator()
{
    auto again
        = ServerSetup(m_server->superuser()).initialize(m_server->admin().name, QStringLiteral("ignored"));
    OMT_VERIFY_OK(again);
    QCOMPARE(again->versionBefore, Migrator(m_server->superuser()).latestVersion());
    QCOMPARE(again->versionAfter, again->versionBefore);
    QVERIFY(!again->adminCreated);
    // The administrator's password was not replaced by the second run.
    auto admin = m_server->connect(m_server->admin());
    QCOMPARE(signInStatus(*admin), SignIn::Status::SignedIn);
}

void tst_ServerSetup::theOwnerRoleOwnsEverythingAndEveryTableIsForced()
{
    const QString ourSchemas = QStringLiteral("n.nspname IN ('media', 'users', 'interaction', 'auth')");
    QVERIFY(superuserCount(*m_server,
                QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE c.relkind IN ('r', 'p') AND ")
                    + ourSchemas)
        >= 10);
    // Row-level security enabled and forced on every table, each with a policy.
    QCOMPARE(
        superuserCount(*m_server,
            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                           " WHERE c.relkind IN ('r', 'p') AND (")
                + ourSchemas
                + QStringLiteral(" OR (n.nspname = 'public' AND c.relname = 'schema_version'))"
                                 " AND NOT (c.relrowsecurity AND c.relforcerowsecurity"
                                 " AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))")),
        0);
    // The same with the policies members have.
    QCOMPARE(
        superuserCount(*m_server,
            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                           " WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('media', 'users', 'interaction')"
                           " AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid"
                           " AND 'omt_member'::regrole = ANY (p.polroles))")),
        0);
    // Nothing of the library's belongs to anyone but the owner role.
    QCOMPARE(
        superuserCount(*m_server,
            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                           " WHERE ")
                + ourSchemas + QStringLiteral(" AND pg_get_userbyid(c.relowner) <> 'omt_owner'")),
        0);
    QCOMPARE(superuserCount(*m_server,
                 QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                " WHERE ")
                     + ourSchemas + QStringLiteral(" AND pg_get_userbyid(p.proowner) <> 'omt_owner'")),
        0);
    // No member may bypass row-level security or create anything.
    QCOMPARE(
        superuserCount(*m_server,
            QStringLiteral("SELECT count(*) FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid"
                           " WHERE m.roleid IN ('omt_member'::regrole, 'omt_invited'::regrole) AND r.rolname "
                           "<> 'omt_owner'"
                           " AND (r.rolbypassrls OR r.rolsuper OR r.rolcreaterole"
                           " OR EXISTS (SELECT 1 FROM pg_namespace n WHERE has_schema_privilege(r.oid, n.oid,"
                           " 'CREATE')) OR has_database_privilege(r.oid, current_database(), 'CREATE')"
                           " OR has_database_privilege(r.oid, current_database(), 'TEMP'))")),
        0);
}

void tst_ServerSetup::aPlainLibraryBecomesAServerOwnedByTheOwner()
{
    std::unique_ptr<test::TestDatabase> plain;
    OMT_EMPTY_DATABASE(plain);
    QCOMPARE(Migrator(plain->database()).migrateTo(4).value(), 4);
    const QString admin = HouseholdServer::uniqueName(QStringLiteral("upgrader"));
    auto report = ServerSetup(plain->database()).initialize(admin, QStringLiteral("a long password"));
    OMT_VERIFY_OK(report);
    QCOMPARE(report->versionBefore, 4);
    QCOMPARE(report->versionAfter, Migrator(plain->database()).latestVersion());
    QVERIFY(report->adminCreated);
    auto sql = plain->database().sql();
    QVERIFY(sql.ok());
    auto owners = sql->run(QStringLiteral("SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c"
                                          " WHERE c.oid IN ('media.media'::regclass, 'users.users'::regclass,"
                                          " 'public.schema_version'::regclass)"),
        {}, QStringLiteral("reading owners"));
    QVERIFY(owners.ok());
    QVERIFY(owners->next());
    QCOMPARE(owners->value(0).toString(), QStringLiteral("omt_owner"));
    QVERIFY(!owners->next());
}

void tst_ServerSetup::onlyASuperuserSetsAServerUp()
{
    auto admin = m_server->connect(m_server->admin());
    auto refused = ServerSetup(*admin).initialize(QString(), QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::AccessDenied);
    QVERIFY2(
        refused.error().message.contains(QLatin1String("superuser")), qPrintable(refused.error().message));
}

void tst_ServerSetup::theAdministratorSignsInWithTheirOwnPassword()
{
    auto admin = m_server->connect(m_server->admin());
    auto signedIn = ServerAccount(*admin).signIn(QStringLiteral("laptop"), QStringLiteral("1.0"));
    OMT_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->status, SignIn::Status::SignedIn);
    QCOMPARE(signedIn->role, Role::Admin);
    QCOMPARE(signedIn->sessionToken.size(), 32);
    OMT_VERIFY_OK(ServerAccount(*admin).touch(signedIn->sessionToken));
    auto sessions = ServerAccount(*admin).sessions();
    OMT_VERIFY_OK(sessions);
    QVERIFY(!sessions->isEmpty());
    QCOMPARE(sessions->first().deviceName, QStringLiteral("laptop"));
    QCOMPARE(sessions->first().clientVersion, QStringLiteral("1.0"));
    QVERIFY(!sessions->first().endedAt.isValid());
    OMT_VERIFY_OK(ServerAccount(*admin).signOut(signedIn->sessionToken));
    sessions = ServerAccount(*admin).sessions();
    OMT_VERIFY_OK(sessions);
    QVERIFY(sessions->first().endedAt.isValid());
}

void tst_ServerSetup::aNewMemberSeesNothingUntilTheyChooseTheirPassword()
{
    // The catalogue has an item the member would see once signed in.
    QVERIFY(superuserValue(*m_server,
        QStringLiteral("INSERT INTO media.media (id, media_type, title, sort_title, created_at, updated_at)"
                       " VALUES (gen_random_uuid(), 'book', 'Dune', 'dune', now(), now()) RETURNING 1"))
                .isValid());

    auto invited = m_server->addInvitedMember(QStringLiteral("newcomer"));
    OMT_VERIFY_OK(invited);
    QCOMPARE(invited->password.size(), 29);
    auto member = m_server->connect(*invited);
    QCOMPARE(signInStatus(*member), SignIn::Status::PasswordChangeRequired);
    QCOMPARE(mediaCount(*member), -1); // not even allowed to look
    auto own = UserRepository(*member).findByUsername(invited->name);
    QVERIFY(!own.ok());

    OMT_VERIFY_OK(ServerAccount(*member).changePassword(QStringLiteral("my own secret")));
    QCOMPARE(signInStatus(*member), SignIn::Status::SignedIn);
    QVERIFY(mediaCount(*member) >= 1);
    own = UserRepository(*member).findByUsername(invited->name);
    OMT_VERIFY_OK(own);
    QCOMPARE(own->id, invited->id);
}

void tst_ServerSetup::theOldPasswordIsRefusedAfterAChange()
{
    auto member = m_server->addMember(QStringLiteral("changer"));
    OMT_VERIFY_OK(member);
    {
        auto database = m_server->connect(*member);
        OMT_VERIFY_OK(ServerAccount(*database).changePassword(QStringLiteral("the second one")));
    }
    auto withOld = m_server->connect(*member);
    auto refused = withOld->connection();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::AccessDenied);
    HouseholdServer::Member renewed = *member;
    renewed.password = QStringLiteral("the second one");
    auto withNew = m_server->connect(renewed);
    QCOMPARE(signInStatus(*withNew), SignIn::Status::SignedIn);
}

void tst_ServerSetup::anExpiredOneTimePasswordCannotBeExchanged()
{
    auto invited = m_server->addInvitedMember(QStringLiteral("late"));
    OMT_VERIFY_OK(invited);
    QVERIFY(superuserValue(*m_server,
        QStringLiteral("UPDATE auth.tokens SET expires_at = now() - interval '1 minute'"
                       " WHERE user_id = ?::uuid RETURNING 1"),
        { invited->id.toString(QUuid::WithoutBraces) })
                .isValid());
    auto member = m_server->connect(*invited);
    auto signedIn = ServerAccount(*member).signIn(QStringLiteral("phone"), QStringLiteral("1.0"));
    OMT_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->status, SignIn::Status::OneTimePasswordExpired);
    const Error refusal = ServerAccount::refusal(*signedIn, invited->name);
    QVERIFY2(refusal.message.contains(QLatin1String("expired")), qPrintable(refusal.message));
    auto changed = ServerAccount(*member).changePassword(QStringLiteral("too late"));
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().message.contains(QLatin1String("expired")), qPrintable(changed.error().message));
    QCOMPARE(mediaCount(*member), -1);
}

void tst_ServerSetup::aResetGivesANewOneTimePassword()
{
    auto member = m_server->addMember(QStringLiteral("forgetful"));
    OMT_VERIFY_OK(member);
    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    auto reset = MemberAdministration(admin).resetPassword(member->name);
    OMT_VERIFY_OK(reset);
    QVERIFY(reset->expiresAt > QDateTime::currentDateTimeUtc().addDays(6));
    QVERIFY(!m_server->connect(*member)->connection().ok());
    HouseholdServer::Member withNew = *member;
    withNew.password = reset->oneTimePassword;
    auto database = m_server->connect(withNew);
    QCOMPARE(signInStatus(*database), SignIn::Status::PasswordChangeRequired);
    // Back to invited: nothing to read until they choose a password again.
    QCOMPARE(mediaCount(*database), -1);
    OMT_VERIFY_OK(ServerAccount(*database).changePassword(QStringLiteral("remembered this time")));
    QVERIFY(mediaCount(*database) >= 0);
}

void tst_ServerSetup::aDisabledMemberIsSignedOutAndCannotConnect()
{
    auto member = m_server->addMember(QStringLiteral("leaving"));
    OMT_VERIFY_OK(member);
    auto open = m_server->connect(*member);
    QCOMPARE(signInStatus(*open), SignIn::Status::SignedIn);

    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    OMT_VERIFY_OK(MemberAdministration(admin).setEnabled(member->name, false));
    // The open connection was ended by the server.
    QCOMPARE(mediaCount(*open), -1);
    open->closeAllConnections();
    auto again = m_server->connect(*member);
    auto refused = again->connection();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().subject, QStringLiteral("disabled"));
    QVERIFY2(
        refused.error().message.contains(QLatin1String("disabled")), qPrintable(refused.error().message));

    OMT_VERIFY_OK(MemberAdministration(admin).setEnabled(member->name, true));
    auto back = m_server->connect(*member);
    QCOMPARE(signInStatus(*back), SignIn::Status::SignedIn);
}

void tst_ServerSetup::membersCannotAdministrate()
{
    auto member = m_server->addMember(QStringLiteral("curious"));
    OMT_VERIFY_OK(member);
    auto database = m_server->connect(*member);
    auto added = MemberAdministration(*database).add(
        HouseholdServer::uniqueName(QStringLiteral("friend")), Role::Admin);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::AccessDenied);
    QVERIFY(!MemberAdministration(*database).setRole(member->name, Role::Admin).ok());
    QVERIFY(!MemberAdministration(*database).members().ok());
    QVERIFY(!MemberAdministration(*database).recentEvents(10).ok());
    QVERIFY(!MemberAdministration(*database).setEnabled(m_server->admin().name, false).ok());

    // Made an administrator, the same member may.
    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    OMT_VERIFY_OK(MemberAdministration(admin).setRole(member->name, Role::Admin));
    database->closeAllConnections();
    auto members = MemberAdministration(*database).members();
    OMT_VERIFY_OK(members);
    QVERIFY(std::any_of(members->cbegin(), members->cend(),
        [&](const ServerMember &m) { return m.username == member->name && m.role == Role::Admin; }));
    OMT_VERIFY_OK(MemberAdministration(admin).setRole(member->name, Role::Member));
}

void tst_ServerSetup::theLastAdministratorCannotBeDemotedOrDisabled()
{
    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    auto demoted = MemberAdministration(admin).setRole(m_server->admin().name, Role::Member);
    QVERIFY(!demoted.ok());
    QVERIFY2(demoted.error().message.contains(QLatin1String("last administrator")),
        qPrintable(demoted.error().message));
    auto disabled = MemberAdministration(admin).setEnabled(m_server->admin().name, false);
    QVERIFY(!disabled.ok());
}

void tst_ServerSetup::badUsernamesAreRefusedWithTheReason()
{
    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    MemberAdministration administration(admin);
    const struct
    {
        QString name;
        Error::Code code;
        const char *phrase;
    } cases[] = {
        { QStringLiteral("Bob"), Error::Code::InvalidInput, "lower-case" },
        { QStringLiteral("ab"), Error::Code::InvalidInput, "3 to 32" },
        { QStringLiteral("9lives"), Error::Code::InvalidInput, "digit" },
        { QStringLiteral("pg_monitor2"), Error::Code::InvalidInput, "pg_" },
        { QStringLiteral("omt_owner"), Error::Code::InvalidInput, "omt_" },
        { QStringLiteral("omt_test"), Error::Code::InvalidInput, "omt_" },
        { m_server->admin().name, Error::Code::AlreadyExists, "taken" },
    };
    for (const auto &c : cases) {
        auto added = administration.add(c.name, Role::Member);
        QVERIFY2(!added.ok(), qPrintable(c.name));
        QCOMPARE(added.error().code, c.code);
        QVERIFY2(added.error().message.contains(QLatin1String(c.phrase)), qPrintable(added.error().message));
    }
}

void tst_ServerSetup::theAccountRecordKeepsWhatHappened()
{
    auto member = m_server->addMember(QStringLiteral("recorded"));
    OMT_VERIFY_OK(member);
    Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
    auto events = MemberAdministration(admin).recentEvents(50);
    OMT_VERIFY_OK(events);
    auto has = [&](const QString &event) {
        return std::any_of(events->cbegin(), events->cend(),
            [&](const AccountEvent &e) { return e.username == member->name && e.event == event; });
    };
    QVERIFY(has(QStringLiteral("member_created")));
    QVERIFY(has(QStringLiteral("password_changed")));
    // Even the owner's functions cannot rewrite it; the superuser is refused too.
    auto sql = m_server->superuser().sql();
    QVERIFY(sql.ok());
    QVERIFY(
        !sql->runDirect(QStringLiteral("DELETE FROM auth.login_events"), QStringLiteral("attacking")).ok());
    QVERIFY(!sql->runDirect(QStringLiteral("TRUNCATE auth.login_events"), QStringLiteral("attacking")).ok());
}

namespace {
/// A member's own connection listening on the channel the server announces
/// changes on, as the application's live updates will; collects the payloads.
class ChangeListener : public QObject
{
public:
    ChangeListener(const ConnectionSettings &settings)
        : m_db(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("listener")))
    {
        m_db.setHostName(settings.host);
        m_db.setPort(settings.port);
        m_db.setDatabaseName(settings.databaseName);
        m_db.setUserName(settings.user);
        m_db.setPassword(settings.password);
    }
    ~ChangeListener() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("listener"));
    }

    bool listen()
    {
        if (!m_db.open() || !m_db.driver()->subscribeToNotification(QStringLiteral("omt_changes")))
            return false;
        connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                m_payloads.append(QJsonDocument::fromJson(payload.toString().toUtf8()).object());
            });
        return true;
    }
    /// The ids announced for `table` so far.
    QSet<QString> idsOf(const QString &table) const
    {
        QSet<QString> ids;
        for (const QJsonObject &payload : m_payloads) {
            if (payload.value(QStringLiteral("table")).toString() != table)
                continue;
            for (const auto &id : payload.value(QStringLiteral("ids")).toArray())
                ids.insert(id.toString());
        }
        return ids;
    }
    const QList<QJsonObject> &payloads() const { return m_payloads; }

private:
    QSqlDatabase m_db;
    QList<QJsonObject> m_payloads;
};

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

void tst_ServerSetup::catalogueAndPublicListChangesAreAnnouncedPrivateOnesNever()
{
    auto watcher = m_server->addMember(QStringLiteral("watcher"));
    auto writer = m_server->addMember(QStringLiteral("writer"));
    OMT_VERIFY_OK(watcher);
    OMT_VERIFY_OK(writer);
    ChangeListener listener(m_server->settingsFor(watcher->name, watcher->password));
    QVERIFY(listener.listen());

    auto database = m_server->connect(*writer);
    MediaRecord record;
    record.media.title = QStringLiteral("Announced");
    record.media.type = MediaType::Book;
    auto saved = MediaRecordRepository(*database).save(record);
    OMT_VERIFY_OK(saved);
    MediaList secret;
    secret.ownerId = writer->id;
    secret.name = QStringLiteral("Birthday presents");
    auto privateList = ListRepository(*database).create(secret);
    OMT_VERIFY_OK(privateList);
    OMT_VERIFY_OK(ListItemRepository(*database).addItems(privateList->id, { saved->media.id }));
    MediaList shared = secret;
    shared.name = QStringLiteral("Family films");
    shared.isPublic = true;
    auto publicList = ListRepository(*database).create(shared);
    OMT_VERIFY_OK(publicList);

    // The new item and the public list reach the other member; the payload
    // holds the table and ids, never the content.
    QTRY_VERIFY(listener.idsOf(QStringLiteral("media")).contains(text(saved->media.id)));
    QTRY_VERIFY(listener.idsOf(QStringLiteral("user_lists")).contains(text(publicList->id)));
    for (const QJsonObject &payload : listener.payloads()) {
        QCOMPARE(payload.keys(), (QStringList { QStringLiteral("ids"), QStringLiteral("table") }));
    }
    // The private list and what went into it are never announced: any role
    // may listen to any channel.
    QTest::qWait(200);
    for (const QString &table : { QStringLiteral("user_lists"), QStringLiteral("list_items") }) {
        QVERIFY2(!listener.idsOf(table).contains(text(privateList->id)), qPrintable(table));
        QVERIFY2(!listener.idsOf(table).contains(text(saved->media.id)), qPrintable(table));
    }
    database->closeAllConnections();
}

QTEST_GUILESS_MAIN(tst_ServerSetup)
#include "tst_serversetup.moc"
