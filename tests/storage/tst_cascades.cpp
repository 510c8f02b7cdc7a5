#include "LibraryFixture.h"

#include <QTest>

using namespace omt;

/// Deleting something removes what depends on it, on both backends, and
/// nothing else.
class TestCascades : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    Repositories *m_repos = nullptr;

    Media addMedia(const QString &title) { return m_lib->addMedia(title, MediaType::Film); }

    User addUser(const QString &name)
    {
        User user;
        user.username = name;
        return m_repos->users.create(user).value();
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_repos = &m_lib->repos();
    }
    void cleanup() { m_lib.reset(); }

    void deletingMediaRemovesEverythingAboutIt()
    {
        const Media doomed = addMedia(QStringLiteral("Doomed"));
        const Media kept = addMedia(QStringLiteral("Kept"));
        const User user = addUser(QStringLiteral("alice"));

        InteractionPatch patch;
        patch.status = Status::Completed;
        patch.rating = 8;
        OMT_VERIFY_OK(m_repos->interactions.update(user.id, doomed.id, patch));
        OMT_VERIFY_OK(m_repos->interactions.update(user.id, kept.id, patch));

        ExternalLink link;
        link.mediaId = doomed.id;
        link.source = QStringLiteral("imdb");
        link.externalKey = QStringLiteral("tt0000001");
        OMT_VERIFY_OK(m_repos->links.add(link));

        Relationship outgoing;
        outgoing.sourceMediaId = doomed.id;
        outgoing.targetMediaId = kept.id;
        outgoing.type = RelationType::Sequel;
        OMT_VERIFY_OK(m_repos->relationships.put(outgoing));
        Relationship incoming;
        incoming.sourceMediaId = kept.id;
        incoming.targetMediaId = doomed.id;
        incoming.type = RelationType::Prequel;
        OMT_VERIFY_OK(m_repos->relationships.put(incoming));

        MediaList list;
        list.ownerId = user.id;
        list.name = QStringLiteral("Favourites");
        const auto created = m_repos->lists.create(list);
        OMT_VERIFY_OK(created);
        QCOMPARE(m_repos->listItems.addItems(created->id, { kept.id, doomed.id }).value(), 2);

        OMT_VERIFY_OK(m_repos->media.remove(doomed.id));

        QVERIFY(!m_repos->interactions.get(user.id, doomed.id).value().has_value());
        QVERIFY(m_repos->interactions.get(user.id, kept.id).value().has_value());
        QVERIFY(m_repos->links.forMedia(doomed.id).value().isEmpty());
        QVERIFY(
            m_repos->links.findMedia(QStringLiteral("imdb"), QStringLiteral("tt0000001")).value().isEmpty());
        QVERIFY(m_repos->relationships.forMedia(kept.id).value().isEmpty());
        QCOMPARE(m_repos->listItems.itemCount(created->id).value(), 1);
        const auto entries = m_repos->listItems.entries(created->id, 0, 10);
        OMT_VERIFY_OK(entries);
        QCOMPARE(entries->first().media.title, QStringLiteral("Kept"));
    }

    void deletingAUserRemovesTheirTrackingButNotTheCatalogue()
    {
        const Media film = addMedia(QStringLiteral("Shared film"));
        const User alice = addUser(QStringLiteral("alice"));
        const User bob = addUser(QStringLiteral("bob"));
        InteractionPatch patch;
        patch.status = Status::InProgress;
        OMT_VERIFY_OK(m_repos->interactions.update(alice.id, film.id, patch));
        OMT_VERIFY_OK(m_repos->interactions.update(bob.id, film.id, patch));
        MediaList list;
        list.ownerId = alice.id;
        list.name = QStringLiteral("Alice's list");
        const auto created = m_repos->lists.create(list);
        OMT_VERIFY_OK(created);
        OMT_VERIFY_OK(m_repos->listItems.addItems(created->id, { film.id }));

        OMT_VERIFY_OK(m_repos->users.remove(alice.id));

        QVERIFY(!m_repos->interactions.get(alice.id, film.id).value().has_value());
        QVERIFY(m_repos->interactions.get(bob.id, film.id).value().has_value());
        QCOMPARE(m_repos->lists.get(created->id).error().code, Error::Code::NotFound);
        QCOMPARE(m_repos->media.get(film.id).value().title, QStringLiteral("Shared film"));
    }
};

QTEST_GUILESS_MAIN(TestCascades)
#include "tst_cascades.moc"
