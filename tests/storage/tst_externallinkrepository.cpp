#include "LibraryFixture.h"
#include "storage/ExternalLinkRepository.h"
#include "storage/MediaRepository.h"
#include "storage/RelationshipRepository.h"

#include <QTest>

using namespace omt;

namespace {
ExternalLink makeLink(
    const QUuid &mediaId, const QString &source, const QString &key, const QString &url = {})
{
    ExternalLink link;
    link.mediaId = mediaId;
    link.source = source;
    link.externalKey = key;
    link.url = url;
    return link;
}

QStringList names(const QList<ExternalLink> &links)
{
    QStringList result;
    for (const ExternalLink &link : links)
        result.append(link.source + QLatin1Char(':') + link.externalKey);
    return result;
}
} // namespace

class TestExternalLinkRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;
    ExternalLinkRepository *m_links = nullptr;

    QUuid addMedia(const QString &title) { return m_lib->addMedia(title, MediaType::Film).id; }

    QList<ExternalLink> linksOf(const QUuid &id)
    {
        auto links = m_links->forMedia(id);
        if (!links)
            qFatal("%s", qPrintable(links.error().toString()));
        return *links;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_media = &m_lib->repos().media;
        m_links = &m_lib->repos().links;
    }
    void cleanup()
    {
        m_links = nullptr;
        m_media = nullptr;
        m_lib.reset();
    }

    void addedLinksAreListedNormalized()
    {
        const QUuid matrix = addMedia(QStringLiteral("The Matrix"));
        const auto imdb = m_links->add(makeLink(matrix, QStringLiteral(" IMDb "),
            QStringLiteral(" tt0133093 "), QStringLiteral("https://www.imdb.com/title/tt0133093/")));
        OMT_VERIFY_OK(imdb);
        QVERIFY(!imdb->id.isNull());
        QCOMPARE(imdb->mediaId, matrix);
        QCOMPARE(imdb->source, QStringLiteral("imdb"));
        QCOMPARE(imdb->externalKey, QStringLiteral("tt0133093"));
        QCOMPARE(imdb->url, QStringLiteral("https://www.imdb.com/title/tt0133093/"));
        QVERIFY(imdb->createdAt.isValid());
        OMT_VERIFY_OK(m_links->add(makeLink(matrix, QStringLiteral("tmdb"), QStringLiteral("603"))));

        const QList<ExternalLink> links = linksOf(matrix);
        QCOMPARE(
            names(links), (QStringList { QStringLiteral("imdb:tt0133093"), QStringLiteral("tmdb:603") }));
        QCOMPARE(links.first(), *imdb);
        QVERIFY(links.last().url.isEmpty());
        QVERIFY(linksOf(addMedia(QStringLiteral("Unlinked"))).isEmpty());
    }

    void duplicateLinkIsRefused()
    {
        const QUuid matrix = addMedia(QStringLiteral("The Matrix"));
        OMT_VERIFY_OK(m_links->add(makeLink(matrix, QStringLiteral("imdb"), QStringLiteral("tt0133093"))));
        const auto refused
            = m_links->add(makeLink(matrix, QStringLiteral("IMDB"), QStringLiteral("tt0133093")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::AlreadyExists);
        QVERIFY2(refused.error().message.contains(QStringLiteral("imdb:tt0133093")),
            qPrintable(refused.error().message));
        QCOMPARE(linksOf(matrix).size(), 1);

        // The same identifier on another item is allowed (duplicates in the catalogue happen).
        const QUuid copy = addMedia(QStringLiteral("The Matrix (copy)"));
        OMT_VERIFY_OK(m_links->add(makeLink(copy, QStringLiteral("imdb"), QStringLiteral("tt0133093"))));
    }

    void invalidLinksAreRefused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("blank source")
            << QStringLiteral("  ") << QStringLiteral("1") << QStringLiteral("source");
        QTest::newRow("space in source")
            << QStringLiteral("im db") << QStringLiteral("1") << QStringLiteral("im db");
        QTest::newRow("dash in source")
            << QStringLiteral("music-brainz") << QStringLiteral("1") << QStringLiteral("music-brainz");
        QTest::newRow("accent in source")
            << QStringLiteral("allociné") << QStringLiteral("1") << QStringLiteral("allociné");
        QTest::newRow("blank key") << QStringLiteral("isbn") << QStringLiteral("   ")
                                   << QStringLiteral("isbn");
    }
    void invalidLinksAreRefused()
    {
        QFETCH(QString, source);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        const QUuid item = addMedia(QStringLiteral("Item"));
        const auto refused = m_links->add(makeLink(item, source, key));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(mentions), qPrintable(refused.error().message));

        const auto replaced = m_links->replaceForMedia(item, { makeLink(item, source, key) });
        QVERIFY(!replaced);
        QCOMPARE(replaced.error().code, Error::Code::InvalidInput);
        QVERIFY(linksOf(item).isEmpty());

        QCOMPARE(m_links->findMedia(source, key).error().code, Error::Code::InvalidInput);
    }

    void linkToUnknownItemIsRefused()
    {
        const QUuid ghost = QUuid::createUuid();
        const auto refused = m_links->add(makeLink(ghost, QStringLiteral("imdb"), QStringLiteral("tt1")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(refused.error().message, QStringLiteral("The item no longer exists."));

        const auto replaced = m_links->replaceForMedia(
            ghost, { makeLink({}, QStringLiteral("imdb"), QStringLiteral("tt1")) });
        QVERIFY(!replaced);
        QCOMPARE(replaced.error().code, Error::Code::ConstraintViolation);
    }

    void removeDeletesOneLink()
    {
        const QUuid item = addMedia(QStringLiteral("Item"));
        const auto first = m_links->add(makeLink(item, QStringLiteral("imdb"), QStringLiteral("tt1")));
        OMT_VERIFY_OK(first);
        OMT_VERIFY_OK(m_links->add(makeLink(item, QStringLiteral("tmdb"), QStringLiteral("1"))));
        OMT_VERIFY_OK(m_links->remove(first->id));
        QCOMPARE(names(linksOf(item)), QStringList { QStringLiteral("tmdb:1") });
        const auto again = m_links->remove(first->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::NotFound);
    }

    void replaceSwapsTheWholeSet()
    {
        const QUuid item = addMedia(QStringLiteral("Item"));
        const QUuid other = addMedia(QStringLiteral("Other"));
        const auto kept = m_links->add(makeLink(item, QStringLiteral("imdb"), QStringLiteral("tt1")));
        OMT_VERIFY_OK(kept);
        OMT_VERIFY_OK(m_links->add(makeLink(item, QStringLiteral("tmdb"), QStringLiteral("1"))));
        OMT_VERIFY_OK(m_links->add(makeLink(other, QStringLiteral("tmdb"), QStringLiteral("2"))));

        // What the edit dialog saves: one kept (edited url), one dropped, two new.
        ExternalLink edited = *kept;
        edited.url = QStringLiteral("https://example.org/tt1");
        const QList<ExternalLink> wanted {
            edited,
            makeLink({}, QStringLiteral(" ISBN "), QStringLiteral(" 9780441013593 ")),
            makeLink(QUuid::createUuid(), QStringLiteral("wikidata"), QStringLiteral("Q190192"),
                QStringLiteral("https://www.wikidata.org/wiki/Q190192")),
        };
        const auto replaced = m_links->replaceForMedia(item, wanted);
        OMT_VERIFY_OK(replaced);
        QCOMPARE(names(*replaced),
            (QStringList { QStringLiteral("imdb:tt1"), QStringLiteral("isbn:9780441013593"),
                QStringLiteral("wikidata:Q190192") }));
        QCOMPARE(*replaced, linksOf(item));
        for (const ExternalLink &link : *replaced) {
            QCOMPARE(link.mediaId, item);
            QVERIFY(!link.id.isNull());
            QVERIFY(link.createdAt.isValid());
        }
        // The kept link keeps its identity and age.
        QCOMPARE(replaced->at(0).id, kept->id);
        QCOMPARE(replaced->at(0).createdAt, kept->createdAt);
        QCOMPARE(replaced->at(0).url, QStringLiteral("https://example.org/tt1"));
        QCOMPARE(replaced->at(2).url, QStringLiteral("https://www.wikidata.org/wiki/Q190192"));

        // Other items' links are untouched.
        QCOMPARE(names(linksOf(other)), QStringList { QStringLiteral("tmdb:2") });

        // Saving an empty set clears the item's links.
        const auto cleared = m_links->replaceForMedia(item, {});
        OMT_VERIFY_OK(cleared);
        QVERIFY(cleared->isEmpty());
        QVERIFY(linksOf(item).isEmpty());
        QCOMPARE(linksOf(other).size(), 1);
    }

    void refusedReplaceChangesNothing()
    {
        const QUuid item = addMedia(QStringLiteral("Item"));
        OMT_VERIFY_OK(m_links->add(makeLink(item, QStringLiteral("imdb"), QStringLiteral("tt1"))));
        const QList<ExternalLink> before = linksOf(item);

        // The same identifier twice in the new set.
        const auto duplicate = m_links->replaceForMedia(item,
            { makeLink({}, QStringLiteral("tmdb"), QStringLiteral("7")),
                makeLink({}, QStringLiteral("TMDB"), QStringLiteral("7 ")) });
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, Error::Code::AlreadyExists);
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("tmdb:7")),
            qPrintable(duplicate.error().message));
        QCOMPARE(linksOf(item), before);

        // A failure inside the transaction (an id another item's link has) rolls the delete back.
        const QUuid other = addMedia(QStringLiteral("Other"));
        const auto foreign = m_links->add(makeLink(other, QStringLiteral("tmdb"), QStringLiteral("8")));
        OMT_VERIFY_OK(foreign);
        ExternalLink clash = makeLink({}, QStringLiteral("tmdb"), QStringLiteral("9"));
        clash.id = foreign->id;
        const auto failed = m_links->replaceForMedia(item, { clash });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::AlreadyExists);
        QCOMPARE(linksOf(item), before);
        QCOMPARE(linksOf(other).size(), 1);
    }

    void findMediaMatchesSourceAndKey()
    {
        const QUuid first = addMedia(QStringLiteral("First"));
        const QUuid second = addMedia(QStringLiteral("Second"));
        const QUuid third = addMedia(QStringLiteral("Third"));
        OMT_VERIFY_OK(m_links->add(makeLink(first, QStringLiteral("isbn"), QStringLiteral("9780441013593"))));
        OMT_VERIFY_OK(
            m_links->add(makeLink(second, QStringLiteral("isbn"), QStringLiteral("9780441013593"))));
        OMT_VERIFY_OK(m_links->add(makeLink(third, QStringLiteral("isbn"), QStringLiteral("9780441172719"))));
        OMT_VERIFY_OK(
            m_links->add(makeLink(third, QStringLiteral("goodreads"), QStringLiteral("9780441013593"))));

        const auto found = m_links->findMedia(QStringLiteral(" ISBN"), QStringLiteral("9780441013593 "));
        OMT_VERIFY_OK(found);
        QCOMPARE(found->size(), 2);
        QVERIFY(found->contains(first) && found->contains(second));
        QCOMPARE(*m_links->findMedia(QStringLiteral("goodreads"), QStringLiteral("9780441013593")),
            QList<QUuid> { third });
        QVERIFY(m_links->findMedia(QStringLiteral("isbn"), QStringLiteral("0000"))->isEmpty());
        // Keys are compared exactly.
        QVERIFY(m_links->findMedia(QStringLiteral("wikidata"), QStringLiteral("q190192"))->isEmpty());
    }

    void deletingAnItemRemovesItsLinksAndRelationships()
    {
        RelationshipRepository &relationships = m_lib->repos().relationships;
        const QUuid gone = addMedia(QStringLiteral("Gone"));
        const QUuid stays = addMedia(QStringLiteral("Stays"));
        const QUuid alsoStays = addMedia(QStringLiteral("Also stays"));
        OMT_VERIFY_OK(m_links->add(makeLink(gone, QStringLiteral("imdb"), QStringLiteral("tt1"))));
        OMT_VERIFY_OK(m_links->add(makeLink(gone, QStringLiteral("tmdb"), QStringLiteral("1"))));
        OMT_VERIFY_OK(m_links->add(makeLink(stays, QStringLiteral("imdb"), QStringLiteral("tt2"))));
        Relationship outgoing;
        outgoing.sourceMediaId = gone;
        outgoing.targetMediaId = stays;
        outgoing.type = RelationType::Sequel;
        OMT_VERIFY_OK(relationships.put(outgoing));
        Relationship incoming;
        incoming.sourceMediaId = alsoStays;
        incoming.targetMediaId = gone;
        incoming.type = RelationType::Remake;
        OMT_VERIFY_OK(relationships.put(incoming));

        OMT_VERIFY_OK(m_media->remove(gone));

        QVERIFY(linksOf(gone).isEmpty());
        QVERIFY(m_links->findMedia(QStringLiteral("imdb"), QStringLiteral("tt1"))->isEmpty());
        QCOMPARE(names(linksOf(stays)), QStringList { QStringLiteral("imdb:tt2") });
        QVERIFY(relationships.forMedia(stays)->isEmpty());
        QVERIFY(relationships.forMedia(alsoStays)->isEmpty());
        QVERIFY(relationships.forMedia(gone)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExternalLinkRepository)
#include "tst_externallinkrepository.moc"
