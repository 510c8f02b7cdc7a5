#include "core/LibraryGenerator.h"
#include "core/ListPositions.h"
#include "core/MediaClass.h"
#include "core/MediaValidation.h"

#include <QSet>
#include <QTest>

using namespace omt;

namespace {
GeneratorSpec spec(int media, int interactions, int users, int lists, quint64 seed)
{
    GeneratorSpec s;
    s.media = media;
    s.interactions = interactions;
    s.users = users;
    s.lists = lists;
    s.seed = seed;
    return s;
}

bool isRandomUuid(const QUuid &id)
{
    return id.version() == QUuid::Random && id.variant() == QUuid::DCE;
}

/// UTC, as read back from either database.
bool isUtc(const QDateTime &t)
{
    return t.isValid() && t.offsetFromUtc() == 0;
}
} // namespace

class TestLibraryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesTheSameLibrary()
    {
        const GeneratorSpec s = spec(500, 1200, 4, 6, 42);
        const LibraryGenerator a(s);
        const LibraryGenerator b(s);
        for (int i = 0; i < s.media; ++i) {
            QCOMPARE(a.media(i), b.media(i));
            QCOMPARE(a.links(i), b.links(i));
            QCOMPARE(a.relationships(i), b.relationships(i));
        }
        for (int u = 0; u < s.users; ++u)
            QCOMPARE(a.user(u), b.user(u));
        for (int i = 0; i < s.interactions; ++i)
            QCOMPARE(a.interaction(i), b.interaction(i));
        for (int l = 0; l < s.lists; ++l) {
            QCOMPARE(a.list(l), b.list(l));
            QCOMPARE(a.listItems(l), b.listItems(l));
        }
        // Random access: an item does not depend on what was generated before it.
        QCOMPARE(LibraryGenerator(s).media(321), a.media(321));
        QCOMPARE(LibraryGenerator(s).interaction(999), a.interaction(999));
    }

    void idsAreStableAcrossBuilds()
    {
        // Pins the derivation of ids, so that a change to the generator (or a
        // platform that computes differently) is noticed: generated libraries
        // are compared across machines and backends.
        const LibraryGenerator generator(spec(10, 0, 1, 0, 1));
        QCOMPARE(generator.mediaId(0).toString(QUuid::WithoutBraces),
            QStringLiteral("6541106e-a7d1-4229-b555-c93380690327"));
    }

    void differentSeedGivesADifferentLibrary()
    {
        const LibraryGenerator a(spec(200, 0, 1, 0, 1));
        const LibraryGenerator b(spec(200, 0, 1, 0, 2));
        int sameTitles = 0;
        for (int i = 0; i < 200; ++i) {
            QVERIFY(a.mediaId(i) != b.mediaId(i));
            sameTitles += a.media(i).title == b.media(i).title ? 1 : 0;
        }
        QVERIFY2(sameTitles < 20, qPrintable(QString::number(sameTitles)));
    }

    void validationNamesTheNumbers()
    {
        QVERIFY(spec(10, 30, 3, 2, 1).validate().ok());
        QVERIFY(spec(0, 0, 0, 0, 1).validate().ok());

        const auto tooMany = spec(3, 7, 2, 0, 1).validate();
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, Error::Code::InvalidInput);
        for (const char *number : { "7", "2 users", "3 media", "at most 6" })
            QVERIFY2(
                tooMany.error().message.contains(QLatin1String(number)), qPrintable(tooMany.error().message));

        const auto negative = spec(-1, 0, 1, 0, 1).validate();
        QVERIFY(!negative.ok());
        QVERIFY(negative.error().message.contains(QLatin1String("media")));

        const auto noUser = spec(10, 5, 0, 0, 1).validate();
        QVERIFY(!noUser.ok());
        QVERIFY(noUser.error().message.contains(QLatin1String("user")));
        QVERIFY(!spec(10, 0, 0, 1, 1).validate().ok());
    }

    void everyItemIsValid()
    {
        const LibraryGenerator generator(spec(3000, 0, 1, 0, 7));
        QSet<MediaType> types;
        QSet<QString> externalIds;
        QSet<QUuid> ids;
        bool accented = false;
        int relationships = 0;
        for (int i = 0; i < 3000; ++i) {
            const Media m = generator.media(i);
            const auto valid = MediaValidation::validate(m);
            QVERIFY2(valid.ok(),
                qPrintable(m.title + QStringLiteral(": ") + (valid ? QString() : valid.error().message)));
            QCOMPARE(MediaValidation::normalized(m), m);
            QVERIFY(MediaClass::isValid(m.mediaClass));
            QVERIFY(isRandomUuid(m.id));
            QVERIFY(!ids.contains(m.id));
            ids.insert(m.id);
            QVERIFY(isUtc(m.createdAt));
            QVERIFY(m.updatedAt >= m.createdAt);
            QVERIFY(!m.creators.isEmpty());
            if (m.releaseDate.isValid())
                QVERIFY(m.releaseDate.year() >= 1900 && m.releaseDate.year() <= 2026);
            if (!m.externalId.isEmpty()) {
                QVERIFY2(!externalIds.contains(m.externalId), qPrintable(m.externalId));
                externalIds.insert(m.externalId);
            }
            const QString total = progressTotalAttribute(m.type);
            if (!total.isEmpty())
                QVERIFY2(m.attributes.value(total).toInt() > 0, qPrintable(m.mediaClass));
            types.insert(m.type);
            accented = accented || m.title.toLatin1() != m.title.toUtf8();
            for (const ExternalLink &link : generator.links(i)) {
                QCOMPARE(link.mediaId, m.id);
                QVERIFY(!link.externalKey.trimmed().isEmpty());
            }
            for (const Relationship &r : generator.relationships(i)) {
                ++relationships;
                QVERIFY(r.sourceMediaId == m.id || r.targetMediaId == m.id);
                QVERIFY(r.sourceMediaId != r.targetMediaId);
                QVERIFY(r.weight >= 0 && r.weight <= MaxRelationshipWeight);
            }
        }
        QCOMPARE(types.size(), allValues<MediaType>().size());
        QVERIFY(accented);
        QVERIFY2(relationships > 150 && relationships < 450, qPrintable(QString::number(relationships)));
    }

    void interactionsOfAUserAreDistinct_data()
    {
        QTest::addColumn<int>("media");
        QTest::addColumn<int>("interactions");
        QTest::addColumn<int>("users");
        QTest::newRow("uneven") << 300 << 1001 << 7;
        QTest::newRow("everything") << 40 << 120 << 3;
        QTest::newRow("fewer than users") << 10 << 2 << 5;
    }
    void interactionsOfAUserAreDistinct()
    {
        QFETCH(int, media);
        QFETCH(int, interactions);
        QFETCH(int, users);
        const LibraryGenerator generator(spec(media, interactions, users, 0, 3));
        QSet<QPair<QUuid, QUuid>> pairs;
        QHash<QUuid, int> perUser;
        QSet<Status> statuses;
        for (int i = 0; i < interactions; ++i) {
            const Interaction x = generator.interaction(i);
            QCOMPARE(x.userId, generator.user(generator.interactionUser(i)).id);
            QCOMPARE(x.mediaId, generator.mediaId(generator.interactionMedia(i)));
            QVERIFY(!pairs.contains({ x.userId, x.mediaId }));
            pairs.insert({ x.userId, x.mediaId });
            ++perUser[x.userId];
            statuses.insert(x.status);
        }
        int sum = 0;
        for (int u = 0; u < users; ++u) {
            const int count = perUser.value(generator.user(u).id);
            QCOMPARE(count, generator.interactionsOf(u));
            QVERIFY(count == interactions / users || count == interactions / users + 1);
            sum += count;
        }
        QCOMPARE(sum, interactions);
        if (interactions > 100)
            QCOMPARE(statuses.size(), 5);
    }

    void interactionsAreCoherentWithTheirStatus()
    {
        const LibraryGenerator generator(spec(400, 2000, 5, 0, 11));
        for (int i = 0; i < 2000; ++i) {
            const Interaction x = generator.interaction(i);
            QVERIFY(x.progress >= 0);
            if (x.rating)
                QVERIFY(*x.rating >= MinRating && *x.rating <= MaxRating);
            QVERIFY(isUtc(x.createdAt));
            QVERIFY(x.updatedAt >= x.createdAt);
            switch (x.status) {
            case Status::Planned:
                QVERIFY(!x.startedAt.isValid() && !x.completedAt.isValid());
                QCOMPARE(x.progress, 0);
                QVERIFY(!x.rating);
                break;
            case Status::Completed:
                QVERIFY(x.completedAt.isValid());
                QVERIFY(!x.startedAt.isValid() || x.completedAt >= x.startedAt);
                QVERIFY(x.updatedAt >= x.completedAt);
                if (x.metaSnapshot.contains(QLatin1String("total")))
                    QCOMPARE(x.progress, x.metaSnapshot.value(QLatin1String("total")).toInt());
                break;
            default:
                QVERIFY(x.startedAt.isValid() && !x.completedAt.isValid());
                QVERIFY(x.updatedAt >= x.startedAt);
                break;
            }
        }
    }

    void listsHoldDistinctOrderedItems()
    {
        const LibraryGenerator generator(spec(800, 0, 3, 50, 5));
        QSet<QPair<QUuid, QString>> names;
        qint64 total = 0;
        bool anyPublic = false;
        for (int l = 0; l < 50; ++l) {
            const MediaList list = generator.list(l);
            QCOMPARE(list.ownerId, generator.user(generator.listOwner(l)).id);
            QCOMPARE(list.type, ListType::Manual);
            QVERIFY2(!names.contains({ list.ownerId, list.name }), qPrintable(list.name));
            names.insert({ list.ownerId, list.name });
            anyPublic = anyPublic || list.isPublic;

            const QList<ListItem> items = generator.listItems(l);
            QCOMPARE(items.size(), generator.listItemCount(l));
            QVERIFY(items.size() >= 20 && items.size() <= 500);
            total += items.size();
            QSet<QUuid> media;
            for (int k = 0; k < items.size(); ++k) {
                QCOMPARE(items.at(k).listId, list.id);
                QCOMPARE(items.at(k).position, (k + 1) * ListPositions::Step);
                QVERIFY(!media.contains(items.at(k).mediaId));
                media.insert(items.at(k).mediaId);
                QVERIFY(k == 0 || items.at(k).addedAt >= items.at(k - 1).addedAt);
            }
        }
        QVERIFY(anyPublic);
        QCOMPARE(generator.totalListItems(), total);
    }

    void smallCataloguesCapListSizes()
    {
        const LibraryGenerator generator(spec(7, 0, 1, 3, 5));
        for (int l = 0; l < 3; ++l)
            QCOMPARE(generator.listItems(l).size(), 7);
        const LibraryGenerator empty(spec(0, 0, 1, 2, 5));
        QCOMPARE(empty.listItems(1).size(), 0);
        QCOMPARE(empty.totalListItems(), 0);
    }

    void firstUserIsTheOwner()
    {
        const LibraryGenerator generator(spec(1, 0, 3, 0, 9));
        QCOMPARE(generator.user(0).username, QStringLiteral("owner"));
        QCOMPARE(generator.user(0).role, Role::Admin);
        QCOMPARE(generator.user(2).username, QStringLiteral("reader2"));
        QCOMPARE(generator.user(2).role, Role::Member);
        QVERIFY(isRandomUuid(generator.user(1).id));
    }
};

QTEST_APPLESS_MAIN(TestLibraryGenerator)
#include "tst_librarygenerator.moc"
