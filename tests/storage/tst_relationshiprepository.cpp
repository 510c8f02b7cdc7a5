#include "LibraryFixture.h"
#include "storage/MediaRepository.h"
#include "storage/RelationshipRepository.h"
#include "storage/SqlValues.h"

#include <QTest>

using namespace omt;

namespace {
Relationship makeRelationship(const QUuid &source, const QUuid &target, RelationType type,
    int weight = MaxRelationshipWeight, const QString &notes = {})
{
    Relationship relationship;
    relationship.sourceMediaId = source;
    relationship.targetMediaId = target;
    relationship.type = type;
    relationship.weight = weight;
    relationship.notes = notes;
    return relationship;
}
} // namespace

class TestRelationshipRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;
    RelationshipRepository *m_relationships = nullptr;

    QUuid addMedia(const QString &title, MediaType type = MediaType::Book)
    {
        return m_lib->addMedia(title, type).id;
    }

    QList<RelatedMedia> related(const QUuid &id)
    {
        auto result = m_relationships->forMedia(id);
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_media = &m_lib->repos().media;
        m_relationships = &m_lib->repos().relationships;
    }
    void cleanup() { m_lib.reset(); }

    void bothEndsSeeTheRelationship()
    {
        const QUuid dune = addMedia(QStringLiteral("Dune"));
        const QUuid messiah = addMedia(QStringLiteral("Dune Messiah"));
        const QUuid film = addMedia(QStringLiteral("Dune (2021)"), MediaType::Film);

        const auto sequel = m_relationships->put(
            makeRelationship(dune, messiah, RelationType::Sequel, 90, QStringLiteral("read in order")));
        OMT_VERIFY_OK(sequel);
        QCOMPARE(sequel->sourceMediaId, dune);
        QCOMPARE(sequel->targetMediaId, messiah);
        QCOMPARE(sequel->weight, 90);
        QCOMPARE(sequel->notes, QStringLiteral("read in order"));
        QVERIFY(sequel->createdAt.isValid());
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(film, dune, RelationType::Adaptation, 75)));

        // From Dune: the sequel it leads to, and the film adapted from it.
        const QList<RelatedMedia> fromDune = related(dune);
        QCOMPARE(fromDune.size(), 2);
        QCOMPARE(fromDune[0].direction, RelatedMedia::Direction::Outgoing);
        QCOMPARE(fromDune[0].otherId, messiah);
        QCOMPARE(fromDune[0].otherTitle, QStringLiteral("Dune Messiah"));
        QCOMPARE(fromDune[0].otherType, MediaType::Book);
        QCOMPARE(fromDune[0].relationship, *sequel);
        QCOMPARE(fromDune[1].direction, RelatedMedia::Direction::Incoming);
        QCOMPARE(fromDune[1].otherId, film);
        QCOMPARE(fromDune[1].otherTitle, QStringLiteral("Dune (2021)"));
        QCOMPARE(fromDune[1].otherType, MediaType::Film);
        QCOMPARE(fromDune[1].relationship.type, RelationType::Adaptation);
        QCOMPARE(fromDune[1].relationship.sourceMediaId, film);
        QCOMPARE(fromDune[1].relationship.targetMediaId, dune);
        QCOMPARE(fromDune[1].relationship.weight, 75);

        // From the sequel: the same relationship, seen from its target.
        const QList<RelatedMedia> fromMessiah = related(messiah);
        QCOMPARE(fromMessiah.size(), 1);
        QCOMPARE(fromMessiah[0].direction, RelatedMedia::Direction::Incoming);
        QCOMPARE(fromMessiah[0].otherId, dune);
        QCOMPARE(fromMessiah[0].otherTitle, QStringLiteral("Dune"));
        QCOMPARE(fromMessiah[0].relationship, *sequel);

        const QList<RelatedMedia> fromFilm = related(film);
        QCOMPARE(fromFilm.size(), 1);
        QCOMPARE(fromFilm[0].direction, RelatedMedia::Direction::Outgoing);
        QCOMPARE(fromFilm[0].otherId, dune);

        QVERIFY(related(QUuid::createUuid()).isEmpty());
    }

    void relatedItemsAreOrderedByKindThenTitle()
    {
        const QUuid hub = addMedia(QStringLiteral("Hub"));
        const QUuid zulu = addMedia(QStringLiteral("zulu"));
        const QUuid alpha = addMedia(QStringLiteral("Alpha"));
        const QUuid mike = addMedia(QStringLiteral("Mike"));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(hub, zulu, RelationType::Related, 10)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(alpha, hub, RelationType::Related, 20)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(hub, mike, RelationType::Sequel)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(zulu, hub, RelationType::Prequel)));

        QList<QPair<RelationType, QString>> seen;
        for (const RelatedMedia &item : related(hub))
            seen.append({ item.relationship.type, item.otherTitle });
        const QList<QPair<RelationType, QString>> expected { { RelationType::Sequel, QStringLiteral("Mike") },
            { RelationType::Prequel, QStringLiteral("zulu") },
            { RelationType::Related, QStringLiteral("Alpha") },
            { RelationType::Related, QStringLiteral("zulu") } };
        QCOMPARE(seen, expected);
    }

    void puttingAgainUpdatesWeightAndNotes()
    {
        const QUuid a = addMedia(QStringLiteral("A"));
        const QUuid b = addMedia(QStringLiteral("B"));
        const auto first = m_relationships->put(
            makeRelationship(a, b, RelationType::SameFranchise, 30, QStringLiteral("loosely")));
        OMT_VERIFY_OK(first);
        QTest::qWait(2);
        const auto second = m_relationships->put(
            makeRelationship(a, b, RelationType::SameFranchise, 60, QStringLiteral("closer than I thought")));
        OMT_VERIFY_OK(second);
        QCOMPARE(second->weight, 60);
        QCOMPARE(second->notes, QStringLiteral("closer than I thought"));
        QCOMPARE(second->createdAt, first->createdAt);

        const QList<RelatedMedia> fromA = related(a);
        QCOMPARE(fromA.size(), 1);
        QCOMPARE(fromA[0].relationship.weight, 60);
        QCOMPARE(fromA[0].relationship.notes, QStringLiteral("closer than I thought"));

        // Another kind between the same two items is another relationship.
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(a, b, RelationType::Remake, 0)));
        QCOMPARE(related(a).size(), 2);
        QCOMPARE(related(b).size(), 2);
    }

    void invalidRelationshipsAreRefusedBeforeWriting_data()
    {
        QTest::addColumn<bool>("self");
        QTest::addColumn<int>("weight");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("self") << true << 100 << QStringLiteral("itself");
        QTest::newRow("weight 101") << false << 101 << QStringLiteral("between 0 and 100");
        QTest::newRow("negative weight") << false << -1 << QStringLiteral("between 0 and 100");
    }
    void invalidRelationshipsAreRefusedBeforeWriting()
    {
        QFETCH(bool, self);
        QFETCH(int, weight);
        QFETCH(QString, mentions);
        const QUuid a = addMedia(QStringLiteral("A"));
        const QUuid b = addMedia(QStringLiteral("B"));
        const auto refused
            = m_relationships->put(makeRelationship(a, self ? a : b, RelationType::Related, weight));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(mentions), qPrintable(refused.error().message));
        QVERIFY(related(a).isEmpty());
    }

    void weightCheckHoldsForRawWrites()
    {
        // The database itself refuses what the repository would never send.
        const QUuid a = addMedia(QStringLiteral("A"));
        const QUuid b = addMedia(QStringLiteral("B"));
        auto sql = m_lib->database().sql();
        OMT_VERIFY_OK(sql);
        const SqlDialect &d = sql->dialect();
        const QString statement
            = QStringLiteral("INSERT INTO %1 (media_id, related_media_id, relation_type, weight, notes,"
                             " created_at) VALUES (%2, %2, ?, ?, ?, %3)")
                  .arg(d.table(Table::Relationships), d.param(ColumnType::Uuid),
                      d.param(ColumnType::Timestamp));
        const auto refused = sql->run(statement,
            { SqlValues::uuid(a), SqlValues::uuid(b), QStringLiteral("sequel"), 101, QStringLiteral("raw"),
                SqlValues::timestamp(QDateTime::currentDateTimeUtc()) },
            QStringLiteral("testing the weight check"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(refused.error().subject, QStringLiteral("relationships_weight_range"));

        const auto self = sql->run(statement,
            { SqlValues::uuid(a), SqlValues::uuid(a), QStringLiteral("sequel"), 50, QStringLiteral("raw"),
                SqlValues::timestamp(QDateTime::currentDateTimeUtc()) },
            QStringLiteral("testing the self check"));
        QVERIFY(!self);
        QCOMPARE(self.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(self.error().subject, QStringLiteral("relationships_not_self"));
        QVERIFY(related(a).isEmpty());
    }

    void unknownItemIsRefused()
    {
        const QUuid a = addMedia(QStringLiteral("A"));
        const auto refused
            = m_relationships->put(makeRelationship(a, QUuid::createUuid(), RelationType::Sequel));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(refused.error().message, QStringLiteral("The related item no longer exists."));
        QVERIFY(related(a).isEmpty());

        const auto noTarget = m_relationships->put(makeRelationship(a, QUuid(), RelationType::Sequel));
        QVERIFY(!noTarget);
        QCOMPARE(noTarget.error().code, Error::Code::InvalidInput);
    }

    void removeDeletesOnlyThatRelationship()
    {
        const QUuid a = addMedia(QStringLiteral("A"));
        const QUuid b = addMedia(QStringLiteral("B"));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(a, b, RelationType::Sequel)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(b, a, RelationType::Prequel)));
        OMT_VERIFY_OK(m_relationships->remove(a, b, RelationType::Sequel));

        const QList<RelatedMedia> fromA = related(a);
        QCOMPARE(fromA.size(), 1);
        QCOMPARE(fromA[0].relationship.type, RelationType::Prequel);
        QCOMPARE(fromA[0].direction, RelatedMedia::Direction::Incoming);

        const auto again = m_relationships->remove(a, b, RelationType::Sequel);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::NotFound);
    }

    void deletingAnItemRemovesItsRelationshipsBothWays()
    {
        const QUuid middle = addMedia(QStringLiteral("Middle"));
        const QUuid before = addMedia(QStringLiteral("Before"));
        const QUuid after = addMedia(QStringLiteral("After"));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(middle, after, RelationType::Sequel)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(middle, before, RelationType::Prequel)));
        OMT_VERIFY_OK(m_relationships->put(makeRelationship(before, middle, RelationType::Sequel)));
        OMT_VERIFY_OK(
            m_relationships->put(makeRelationship(before, after, RelationType::SameFranchise, 0.5)));

        OMT_VERIFY_OK(m_media->remove(middle));
        QVERIFY(related(middle).isEmpty());
        const QList<RelatedMedia> fromBefore = related(before);
        QCOMPARE(fromBefore.size(), 1);
        QCOMPARE(fromBefore[0].otherId, after);
        const QList<RelatedMedia> fromAfter = related(after);
        QCOMPARE(fromAfter.size(), 1);
        QCOMPARE(fromAfter[0].otherId, before);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipRepository)
#include "tst_relationshiprepository.moc"
