#include "models/ExternalLinksModel.h"
#include "models/RelationshipsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace omt;

namespace {

MediaSummary summary(const char *title, MediaType type)
{
    MediaSummary media;
    media.id = QUuid::createUuid();
    media.title = QString::fromUtf8(title);
    media.type = type;
    return media;
}

ExternalLink link(const QUuid &mediaId, const char *source, const char *key)
{
    ExternalLink link;
    link.id = QUuid::createUuid();
    link.mediaId = mediaId;
    link.source = QString::fromLatin1(source);
    link.externalKey = QString::fromLatin1(key);
    return link;
}

RelatedMedia relation(const QUuid &self, const MediaSummary &other, RelationType type,
    RelatedMedia::Direction direction, int weight)
{
    const bool outgoing = direction == RelatedMedia::Direction::Outgoing;
    RelatedMedia related;
    related.relationship.sourceMediaId = outgoing ? self : other.id;
    related.relationship.targetMediaId = outgoing ? other.id : self;
    related.relationship.type = type;
    related.relationship.weight = weight;
    related.direction = direction;
    related.otherId = other.id;
    related.otherTitle = other.title;
    related.otherType = other.type;
    return related;
}

} // namespace

/// The edit dialog's row models, without the dialog: every change a person
/// can make through a table goes through setData(), appendX() or removeRows().
class TestEditRowModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalLinksAreEditedAndChecked()
    {
        const QUuid self = QUuid::createUuid();
        ExternalLinksModel links;
        QAbstractItemModelTester tester(&links, QAbstractItemModelTester::FailureReportingMode::Fatal);
        links.setLinks({ link(self, "openlibrary", "OL893415W"), link(self, "isbn", "9780441013593") });
        QCOMPARE(links.problem(), QString());

        QCOMPARE(links.appendLink(), 2);
        QCOMPARE(links.problem(), QStringLiteral("row 3 has no source; choose one such as imdb or isbn."));
        QCOMPARE(links.problemRow(), 2);
        // Sources are keys: typed in any case, kept in lower case.
        QVERIFY(links.setData(links.index(2, ExternalLinksModel::SourceColumn), QStringLiteral("Wikidata")));
        QCOMPARE(
            links.index(2, ExternalLinksModel::SourceColumn).data().toString(), QStringLiteral("wikidata"));
        QVERIFY(
            links.setData(links.index(2, ExternalLinksModel::IdentifierColumn), QStringLiteral(" Q190192 ")));
        QVERIFY(links.setData(links.index(2, ExternalLinksModel::AddressColumn), QStringLiteral("ftp://x")));
        QCOMPARE(links.problem(),
            QStringLiteral("row 3: “ftp://x” is not a web address; it should start with https://."));
        QVERIFY(links.setData(links.index(2, ExternalLinksModel::AddressColumn), QString()));
        QCOMPARE(links.problem(), QString());
        QCOMPARE(links.links().at(2).externalKey, QStringLiteral("Q190192"));

        QVERIFY(links.removeRows(0, 1));
        QCOMPARE(links.rowCount(), 2);
        QVERIFY(!links.removeRows(1, 5));
    }

    void relationshipsReadFromTheEditedItem()
    {
        const QUuid self = QUuid::createUuid();
        const MediaSummary messiah = summary("Dune Messiah", MediaType::Book);
        const MediaSummary film = summary("Dune (film)", MediaType::Film);
        RelationshipsModel relations;
        QAbstractItemModelTester tester(&relations, QAbstractItemModelTester::FailureReportingMode::Fatal);
        relations.setMediaId(self);
        relations.setRelated(
            { relation(self, messiah, RelationType::Sequel, RelatedMedia::Direction::Outgoing, 100),
                relation(self, film, RelationType::SameFranchise, RelatedMedia::Direction::Incoming, 25) });
        QCOMPARE(relations.index(0, RelationshipsModel::DirectionColumn).data().toString(),
            QStringLiteral("has the sequel"));
        QCOMPARE(relations.index(1, RelationshipsModel::DirectionColumn).data().toString(),
            QStringLiteral("shares a franchise with"));

        QCOMPARE(relations.appendRelation(), 2);
        QCOMPARE(relations.index(2, RelationshipsModel::OtherColumn).data().toString(),
            QStringLiteral("Choose an item…"));
        QCOMPARE(
            relations.problem(), QStringLiteral("row 3 has no other item; choose one or remove the row."));
        // Weights are whole percentages.
        QVERIFY(!relations.setData(relations.index(2, RelationshipsModel::WeightColumn), 150));
        QVERIFY(!relations.setData(relations.index(2, RelationshipsModel::WeightColumn), 1.5));
        QVERIFY(relations.setData(relations.index(2, RelationshipsModel::WeightColumn), 75));
        QCOMPARE(
            relations.index(2, RelationshipsModel::WeightColumn).data().toString(), QStringLiteral("75 %"));

        relations.setOther(2, film);
        QCOMPARE(relations.problem(), QString());
        QCOMPARE(relations.related().at(2).relationship.sourceMediaId, self);
        QCOMPARE(relations.related().at(2).relationship.targetMediaId, film.id);
        // Turning the new row around makes the film the source.
        QVERIFY(relations.setData(
            relations.index(2, RelationshipsModel::DirectionColumn), int(RelatedMedia::Direction::Incoming)));
        QCOMPARE(relations.related().at(2).relationship.sourceMediaId, film.id);
        QVERIFY(relations.setData(
            relations.index(2, RelationshipsModel::RelationColumn), int(RelationType::SameFranchise)));
        QCOMPARE(relations.problem(), QStringLiteral("rows 2 and 3 are the same relationship."));

        QVERIFY(relations.removeRows(0, 2));
        QCOMPARE(relations.rowCount(), 1);
        QCOMPARE(relations.problem(), QString());
    }
};

QTEST_MAIN(TestEditRowModels)
#include "tst_editrowmodels.moc"
