#include "TestDatabase.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace omt;

namespace {
User makeUser(const QString &username, const QString &email = {})
{
    User user;
    user.username = username;
    user.email = email;
    user.displayName = username;
    return user;
}
} // namespace

/// Starts from a bare TestDatabase, not LibraryFixture: the fixture makes the
/// owner profile, and these cases need a library without any user (the owner
/// profile's creation, the counts of users).
class TestUserRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<UserRepository> m_users;

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        m_users = std::make_unique<UserRepository>(m_db->database());
    }
    void cleanup()
    {
        m_users.reset();
        m_db.reset();
    }

    void createdUserReadsBackExactly()
    {
        User user = makeUser(QStringLiteral("ana.lopez-2"), QStringLiteral("  Ana.Lopez@Example.ORG "));
        user.displayName = QStringLiteral("  Ana López ");
        user.role = Role::Admin;
        user.isActive = false;
        user.profileSettings = { { QStringLiteral("rating_scale"), 5 },
            { QStringLiteral("hidden_types"), QJsonArray { QStringLiteral("podcast") } } };
        const auto created = m_users->create(user);
        OMT_VERIFY_OK(created);
        QVERIFY(!created->id.isNull());
        QCOMPARE(created->username, QStringLiteral("ana.lopez-2"));
        QCOMPARE(created->email, QStringLiteral("ana.lopez@example.org"));
        QCOMPARE(created->displayName, QStringLiteral("Ana López"));
        QCOMPARE(created->role, Role::Admin);
        QCOMPARE(created->isActive, false);
        QCOMPARE(created->profileSettings, user.profileSettings);
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(created->updatedAt, created->createdAt);

        const auto read = m_users->get(created->id);
        OMT_VERIFY_OK(read);
        QCOMPARE(*read, *created);

        const auto found = m_users->findByUsername(QStringLiteral("Ana.Lopez-2 "));
        OMT_VERIFY_OK(found);
        QCOMPARE(*found, *created);
    }

    void userWithoutEmailIsFine()
    {
        OMT_VERIFY_OK(m_users->create(makeUser(QStringLiteral("kid1"))));
        // Several accounts may have no address: NULL is not a duplicate.
        const auto second = m_users->create(makeUser(QStringLiteral("kid2")));
        OMT_VERIFY_OK(second);
        QVERIFY(second->email.isEmpty());
        QVERIFY(second->isActive);
        QCOMPARE(second->role, Role::Member);

        // Nor is a display name needed.
        User bare;
        bare.username = QStringLiteral("kid3");
        const auto third = m_users->create(bare);
        OMT_VERIFY_OK(third);
        QVERIFY(third->displayName.isEmpty());
    }

    void unknownUsersAreNotFound()
    {
        const auto byId = m_users->get(QUuid::createUuid());
        QVERIFY(!byId);
        QCOMPARE(byId.error().code, Error::Code::NotFound);
        const auto byName = m_users->findByUsername(QStringLiteral("nobody"));
        QVERIFY(!byName);
        QCOMPARE(byName.error().code, Error::Code::NotFound);
        QVERIFY(byName.error().message.contains(QStringLiteral("nobody")));
    }

    void updateSavesTheEditableFields()
    {
        auto created = m_users->create(makeUser(QStringLiteral("ben"), QStringLiteral("ben@example.org")));
        OMT_VERIFY_OK(created);
        User changed = *created;
        changed.username = QStringLiteral("renamed"); // not editable: stays "ben"
        changed.email = QStringLiteral("Ben@Home.example");
        changed.displayName = QStringLiteral("Benjamin");
        changed.role = Role::Admin;
        changed.isActive = false;
        changed.profileSettings = { { QStringLiteral("default_view"), QStringLiteral("grid") } };
        QTest::qWait(2); // a visibly later updated_at
        const auto updated = m_users->update(changed);
        OMT_VERIFY_OK(updated);
        QCOMPARE(updated->username, QStringLiteral("ben"));
        QCOMPARE(updated->email, QStringLiteral("ben@home.example"));
        QCOMPARE(updated->displayName, QStringLiteral("Benjamin"));
        QCOMPARE(updated->role, Role::Admin);
        QCOMPARE(updated->isActive, false);
        QCOMPARE(updated->profileSettings, changed.profileSettings);
        QCOMPARE(updated->createdAt, created->createdAt);
        QVERIFY(updated->updatedAt > created->updatedAt);
        QCOMPARE(*m_users->get(created->id), *updated);

        // And back to active: both boolean values round-trip.
        changed.isActive = true;
        const auto reactivated = m_users->update(changed);
        OMT_VERIFY_OK(reactivated);
        QCOMPARE(reactivated->isActive, true);
        QCOMPARE(m_users->get(created->id)->isActive, true);

        // Removing the address stores none.
        changed.email.clear();
        const auto withoutEmail = m_users->update(changed);
        OMT_VERIFY_OK(withoutEmail);
        QVERIFY(withoutEmail->email.isEmpty());

        User ghost = changed;
        ghost.id = QUuid::createUuid();
        const auto missing = m_users->update(ghost);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void profileSettingsRoundTrip()
    {
        auto created = m_users->create(makeUser(QStringLiteral("cleo")));
        OMT_VERIFY_OK(created);
        QVERIFY(created->profileSettings.isEmpty());
        const QJsonObject settings { { QStringLiteral("rating_scale"), 10 },
            { QStringLiteral("theme"), QStringLiteral("dark") },
            { QStringLiteral("nested"),
                QJsonObject { { QStringLiteral("a"), true },
                    { QStringLiteral("quote"), QStringLiteral("it's \"fine\"") } } } };
        const auto saved = m_users->updateProfileSettings(created->id, settings);
        OMT_VERIFY_OK(saved);
        QCOMPARE(saved->profileSettings, settings);
        QCOMPARE(m_users->get(created->id)->profileSettings, settings);
        QCOMPARE(m_users->findByUsername(QStringLiteral("cleo"))->displayName, QStringLiteral("cleo"));

        const auto missing = m_users->updateProfileSettings(QUuid::createUuid(), settings);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void duplicateUsernameIsRefused()
    {
        OMT_VERIFY_OK(m_users->create(makeUser(QStringLiteral("dana"), QStringLiteral("dana@example.org"))));
        const auto refused
            = m_users->create(makeUser(QStringLiteral("dana"), QStringLiteral("other@example.org")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::AlreadyExists);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("“dana”")), qPrintable(refused.error().message));
        QCOMPARE(m_users->all()->size(), 1);
    }

    void duplicateEmailIsRefused()
    {
        OMT_VERIFY_OK(m_users->create(makeUser(QStringLiteral("eve"), QStringLiteral("family@example.org"))));
        // Addresses are compared lower-case.
        const auto refused
            = m_users->create(makeUser(QStringLiteral("frank"), QStringLiteral("Family@Example.org")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::AlreadyExists);
        QVERIFY2(refused.error().message.contains(QStringLiteral("family@example.org")),
            qPrintable(refused.error().message));

        // The same through update.
        auto frank = m_users->create(makeUser(QStringLiteral("frank")));
        OMT_VERIFY_OK(frank);
        User changed = *frank;
        changed.email = QStringLiteral("family@example.org");
        const auto updateRefused = m_users->update(changed);
        QVERIFY(!updateRefused);
        QCOMPARE(updateRefused.error().code, Error::Code::AlreadyExists);
        QVERIFY(updateRefused.error().message.contains(QStringLiteral("family@example.org")));
        QVERIFY(m_users->get(frank->id)->email.isEmpty());
    }

    void invalidUsernamesAreRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("username");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("username");
        QTest::newRow("upper case") << QStringLiteral("Alice") << QStringLiteral("“alice”");
        QTest::newRow("space") << QStringLiteral("al ice") << QStringLiteral("al ice");
        QTest::newRow("accent") << QStringLiteral("zoé") << QStringLiteral("zoé");
        QTest::newRow("quote") << QStringLiteral("x'; DROP TABLE users; --") << QStringLiteral("DROP");
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << QStringLiteral("64");
    }
    void invalidUsernamesAreRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, mentions);
        const auto refused = m_users->create(makeUser(username));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(mentions), qPrintable(refused.error().message));
        QVERIFY(m_users->all()->isEmpty());
    }

    void longestUsernameIsAccepted()
    {
        const QString name(64, QLatin1Char('z'));
        const auto created = m_users->create(makeUser(name));
        OMT_VERIFY_OK(created);
        QCOMPARE(created->username, name);
    }

    void invalidEmailIsRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << QStringLiteral("someone.example.org");
        QTest::newRow("nothing before") << QStringLiteral("@example.org");
        QTest::newRow("nothing after") << QStringLiteral("someone@");
        QTest::newRow("space inside") << QStringLiteral("some one@example.org");
    }
    void invalidEmailIsRefused()
    {
        QFETCH(QString, email);
        const auto refused = m_users->create(makeUser(QStringLiteral("gil"), email));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            refused.error().message.contains(email.trimmed().toLower()), qPrintable(refused.error().message));
        QVERIFY(m_users->all()->isEmpty());
    }

    void allListsUsersByUsername()
    {
        for (const char *name : { "zed", "amy", "mo" })
            OMT_VERIFY_OK(m_users->create(makeUser(QString::fromLatin1(name))));
        const auto users = m_users->all();
        OMT_VERIFY_OK(users);
        QStringList names;
        for (const User &user : *users)
            names.append(user.username);
        QCOMPARE(names, (QStringList { QStringLiteral("amy"), QStringLiteral("mo"), QStringLiteral("zed") }));
    }

    void ownerProfileIsCreatedOnce()
    {
        const auto first = m_users->ensureOwnerProfile();
        OMT_VERIFY_OK(first);
        QCOMPARE(first->username, QStringLiteral("owner"));
        QCOMPARE(first->role, Role::Admin);
        QVERIFY(first->isActive);
        QVERIFY(!first->displayName.isEmpty());

        const auto second = m_users->ensureOwnerProfile();
        OMT_VERIFY_OK(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(*second, *first);

        // Another repository on another connection to the same library agrees.
        Database other(m_db->settings());
        UserRepository otherUsers(other);
        const auto third = otherUsers.ensureOwnerProfile();
        OMT_VERIFY_OK(third);
        QCOMPARE(third->id, first->id);
        other.closeAllConnections();

        QCOMPARE(m_users->all()->size(), 1);
    }

    void ownerProfileKeepsItsEdits()
    {
        auto owner = m_users->ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        User changed = *owner;
        changed.displayName = QStringLiteral("Me");
        OMT_VERIFY_OK(m_users->update(changed));
        const auto again = m_users->ensureOwnerProfile();
        OMT_VERIFY_OK(again);
        QCOMPARE(again->displayName, QStringLiteral("Me"));
    }

    void removedUserIsGone()
    {
        auto keep = m_users->create(makeUser(QStringLiteral("keep")));
        auto gone = m_users->create(makeUser(QStringLiteral("gone"), QStringLiteral("gone@example.org")));
        OMT_VERIFY_OK(keep);
        OMT_VERIFY_OK(gone);
        OMT_VERIFY_OK(m_users->remove(gone->id));

        QCOMPARE(m_users->get(gone->id).error().code, Error::Code::NotFound);
        QCOMPARE(m_users->findByUsername(QStringLiteral("gone")).error().code, Error::Code::NotFound);
        const auto remaining = m_users->all();
        OMT_VERIFY_OK(remaining);
        QCOMPARE(remaining->size(), 1);
        QCOMPARE(remaining->first().id, keep->id);

        const auto again = m_users->remove(gone->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::NotFound);

        // The username and the address are free again.
        OMT_VERIFY_OK(m_users->create(makeUser(QStringLiteral("gone"), QStringLiteral("gone@example.org"))));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
