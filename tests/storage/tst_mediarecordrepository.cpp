#include "LibraryFixture.h"
#include "storage/ExternalLinkRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/ListItemRepository.h"
#include "storage/ListOrdering.h"
#include "storage/ListRepository.h"
#include "storage/MediaRecordRepository.h"
#include "storage/MediaRepository.h"
#include "storage/RelationshipRepository.h"
#include "storage/UserRepository.h"

#include <QTest>
#include <QTimeZone>

using namespace omt;

namespace {
/// A relationship as seen from one item, in words (RelatedMedia has no operator==).
QString describe(const RelatedMedia &r)
{
    return QStringList { r.direction == RelatedMedia::Direction::Outgoing ? QStringLiteral("out")
                                                                          : QStringLiteral("in"),
        toDbString(r.relationship.type), r.otherId.toString(), r.otherTitle, toDbString(r.otherType),
        QString::number(r.relationship.weight), r.relationship.notes, r.relationship.sourceMediaId.toString(),
        r.relationship.targetMediaId.toString(), r.relationship.createdAt.toString(Qt::ISODateWithMs) }
        .join(QLatin1Char('|'));
}

QStringList describe(const QList<RelatedMedia> &related)
{
    QStringList lines;
    for (const RelatedMedia &r : related)
        lines.append(describe(r));
    return lines;
}

RelatedMedia relation(RelatedMedia::Direction direction, const QUuid &other, RelationType type,
    int weight = MaxRelationshipWeight, const QString &notes = {})
{
    RelatedMedia related;
    related.direction = direction;
    related.otherId = other;
    related.relationship.type = type;
    related.relationship.weight = weight;
    related.relationship.notes = notes;
    return related;
}

ExternalLink link(const QString &source, const QString &key)
{
    ExternalLink l;
    l.source = source;
    l.externalKey = key;
    return l;
}
} // namespace

class TestMediaRecordRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;
    MediaRecordRepository *m_records = nullptr;
    RelationshipRepository *m_relationships = nullptr;
    ExternalLinkRepository *m_links = nullptr;
    InteractionRepository *m_interactions = nullptr;
    ListRepository *m_lists = nullptr;
    ListItemRepository *m_listItems = nullptr;
    ListOrdering *m_listOrder = nullptr;

    Media addMedia(const QString &title, MediaType type = MediaType::Book)
    {
        return m_lib->addMedia(title, type);
    }

    QUuid addList(const QUuid &owner, const QString &name, const QList<QUuid> &items)
    {
        return m_lib->addList(name, items, owner).id;
    }

    /// The list's items in order with their positions and dates.
    QList<ListItem> itemsOf(const QUuid &listId)
    {
        QList<ListItem> items;
        const QList<ListEntry> entries = m_listItems->entries(listId, 0, 1000).value();
        for (const ListEntry &entry : entries)
            items.append(entry.item);
        return items;
    }

    QList<QUuid> orderOf(const QUuid &listId)
    {
        QList<QUuid> ids;
        for (const ListItem &item : itemsOf(listId))
            ids.append(item.mediaId);
        return ids;
    }

    Interaction track(const QUuid &user, const QUuid &media, Status status, int rating)
    {
        InteractionPatch patch;
        patch.status = status;
        patch.rating = rating;
        patch.notes = QStringLiteral("notes of %1").arg(rating);
        auto stored = m_interactions->update(user, media, patch);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return *stored;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        Repositories &repos = m_lib->repos();
        m_media = &repos.media;
        m_records = &repos.records;
        m_relationships = &repos.relationships;
        m_links = &repos.links;
        m_interactions = &repos.interactions;
        m_lists = &repos.lists;
        m_listItems = &repos.listItems;
        m_listOrder = &repos.listOrder;
    }
    void cleanup()
    {
        m_listOrder = nullptr;
        m_listItems = nullptr;
        m_lists = nullptr;
        m_interactions = nullptr;
        m_links = nullptr;
        m_relationships = nullptr;
        m_records = nullptr;
        m_media = nullptr;
        m_lib.reset();
    }

    void savesANewItemWithLinksAndRelationshipsBothWays()
    {
        const Media dune = addMedia(QStringLiteral("Dune"));
        const Media film = addMedia(QStringLiteral("Dune (film)"), MediaType::Film);

        MediaRecord record;
        record.media.title = QStringLiteral("  Dune Messiah ");
        record.media.type = MediaType::Book;
        record.media.creators = { QStringLiteral("Frank Herbert") };
        record.links = { link(QStringLiteral("ISBN"), QStringLiteral(" 9780441172696 ")),
            link(QStringLiteral("openlibrary"), QStringLiteral("OL893415W")) };
        record.related = { relation(RelatedMedia::Direction::Outgoing, dune.id, RelationType::Sequel, 0.9,
                               QStringLiteral("book two")),
            relation(RelatedMedia::Direction::Incoming, film.id, RelationType::Adaptation, 0.5) };

        const auto saved = m_records->save(record);
        OMT_VERIFY_OK(saved);
        const QUuid id = saved->media.id;
        QVERIFY(!id.isNull());
        QCOMPARE(saved->media.title, QStringLiteral("Dune Messiah"));
        QCOMPARE(saved->links.size(), 2);
        for (const ExternalLink &l : saved->links)
            QCOMPARE(l.mediaId, id);
        QCOMPARE(saved->links.first().source, QStringLiteral("isbn"));
        QCOMPARE(saved->links.first().externalKey, QStringLiteral("9780441172696"));

        QCOMPARE(saved->related.size(), 2);
        const RelatedMedia sequel = saved->related.at(0);
        QCOMPARE(sequel.direction, RelatedMedia::Direction::Outgoing);
        QCOMPARE(sequel.relationship.sourceMediaId, id);
        QCOMPARE(sequel.relationship.targetMediaId, dune.id);
        QCOMPARE(sequel.otherTitle, QStringLiteral("Dune"));
        QCOMPARE(sequel.relationship.notes, QStringLiteral("book two"));
        const RelatedMedia adaptation = saved->related.at(1);
        QCOMPARE(adaptation.direction, RelatedMedia::Direction::Incoming);
        QCOMPARE(adaptation.relationship.sourceMediaId, film.id);
        QCOMPARE(adaptation.relationship.targetMediaId, id);
        QCOMPARE(adaptation.otherType, MediaType::Film);

        // What was saved is what loads, and the other items see it from their side.
        const auto loaded = m_records->load(id);
        OMT_VERIFY_OK(loaded);
        QCOMPARE(loaded->media, saved->media);
        QCOMPARE(loaded->links, saved->links);
        QCOMPARE(describe(loaded->related), describe(saved->related));
        QVERIFY(loaded->interactions.isEmpty());
        QVERIFY(loaded->listItems.isEmpty());
        const auto fromFilm = m_relationships->forMedia(film.id).value();
        QCOMPARE(fromFilm.size(), 1);
        QCOMPARE(fromFilm.first().direction, RelatedMedia::Direction::Outgoing);
        QCOMPARE(fromFilm.first().otherTitle, QStringLiteral("Dune Messiah"));

        QCOMPARE(m_records->load(QUuid::createUuid()).error().code, Error::Code::NotFound);

        // An id made by the client for an item not stored yet creates it with that id.
        MediaRecord chosen;
        chosen.media.id = QUuid::createUuid();
        chosen.media.title = QStringLiteral("Children of Dune");
        chosen.related = { relation(RelatedMedia::Direction::Outgoing, id, RelationType::Sequel) };
        const auto created = m_records->save(chosen);
        OMT_VERIFY_OK(created);
        QCOMPARE(created->media.id, chosen.media.id);
        QCOMPARE(created->related.first().relationship.sourceMediaId, chosen.media.id);
        QCOMPARE(m_media->get(chosen.media.id).value().title, chosen.media.title);
    }

    void saveMakesLinksAndRelationshipsExactlyTheRecords()
    {
        const Media a = addMedia(QStringLiteral("Alpha"));
        const Media b = addMedia(QStringLiteral("Beta"));
        const Media c = addMedia(QStringLiteral("Gamma"));
        Relationship unrelated;
        unrelated.sourceMediaId = a.id;
        unrelated.targetMediaId = b.id;
        unrelated.type = RelationType::SameFranchise;
        OMT_VERIFY_OK(m_relationships->put(unrelated));

        MediaRecord record;
        record.media.title = QStringLiteral("Item");
        record.links = { link(QStringLiteral("imdb"), QStringLiteral("tt1")),
            link(QStringLiteral("tmdb"), QStringLiteral("2")) };
        record.related = { relation(RelatedMedia::Direction::Outgoing, a.id, RelationType::Sequel),
            relation(RelatedMedia::Direction::Incoming, b.id, RelationType::Remake) };
        const MediaRecord first = m_records->save(record).value();
        QTest::qWait(3);

        MediaRecord edited = m_records->load(first.media.id).value();
        edited.media.title = QStringLiteral("Item, edited");
        edited.links.removeFirst(); // imdb goes, tmdb stays
        edited.links.append(link(QStringLiteral("wikidata"), QStringLiteral("Q42")));
        edited.related.removeFirst();                                           // the sequel goes
        edited.related.first().relationship.notes = QStringLiteral("a remake"); // the remake changes
        edited.related.first().relationship.weight = 25;
        edited.related.append(relation(RelatedMedia::Direction::Outgoing, c.id, RelationType::SpinOff));
        const auto saved = m_records->save(edited);
        OMT_VERIFY_OK(saved);
        QCOMPARE(saved->media.title, QStringLiteral("Item, edited"));
        QCOMPARE(saved->media.createdAt, first.media.createdAt);
        QVERIFY(saved->media.updatedAt > first.media.updatedAt);

        QCOMPARE(saved->links.size(), 2);
        QCOMPARE(saved->links.at(0), first.links.at(1)); // kept as it was: id and creation time
        QCOMPARE(saved->links.at(1).source, QStringLiteral("wikidata"));
        QCOMPARE(m_links->forMedia(first.media.id).value(), saved->links);

        QCOMPARE(saved->related.size(), 2);
        const RelatedMedia remake = saved->related.at(0);
        QCOMPARE(remake.relationship.type, RelationType::Remake);
        QCOMPARE(remake.relationship.sourceMediaId, b.id);
        QCOMPARE(remake.relationship.notes, QStringLiteral("a remake"));
        QCOMPARE(remake.relationship.weight, 25);
        QCOMPARE(remake.relationship.createdAt, first.related.at(1).relationship.createdAt);
        QCOMPARE(saved->related.at(1).relationship.type, RelationType::SpinOff);
        QCOMPARE(saved->related.at(1).relationship.targetMediaId, c.id);
        QCOMPARE(describe(m_relationships->forMedia(first.media.id).value()), describe(saved->related));
        // Relationships between other items are not the record's business.
        QVERIFY(m_relationships->forMedia(a.id).value().size() == 1);
        QCOMPARE(m_relationships->forMedia(a.id).value().first().otherId, b.id);

        // Saving with none removes them all.
        edited = *saved;
        edited.links.clear();
        edited.related.clear();
        OMT_VERIFY_OK(m_records->save(edited));
        QVERIFY(m_links->forMedia(first.media.id).value().isEmpty());
        QVERIFY(m_relationships->forMedia(first.media.id).value().isEmpty());
    }

    void aRefusedSaveWritesNothing()
    {
        const Media other = addMedia(QStringLiteral("Other"));
        MediaRecord blank;
        blank.media.title = QStringLiteral("   ");
        blank.links = { link(QStringLiteral("imdb"), QStringLiteral("tt1")) };
        const auto refused = m_records->save(blank);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(m_media->count({}).value(), 1);

        MediaRecord record;
        record.media.title = QStringLiteral("Stored");
        record.links = { link(QStringLiteral("imdb"), QStringLiteral("tt1")) };
        record.related = { relation(RelatedMedia::Direction::Outgoing, other.id, RelationType::Related) };
        const MediaRecord stored = m_records->save(record).value();

        // Each edit below fails after the item itself was written; the
        // transaction takes that write back too.
        MediaRecord badLink = stored;
        badLink.media.title = QStringLiteral("Renamed");
        badLink.links.append(link(QStringLiteral("not a source!"), QStringLiteral("x")));
        QCOMPARE(m_records->save(badLink).error().code, Error::Code::InvalidInput);

        MediaRecord goneItem = stored;
        goneItem.media.title = QStringLiteral("Renamed");
        goneItem.links.clear();
        goneItem.related.append(
            relation(RelatedMedia::Direction::Incoming, QUuid::createUuid(), RelationType::Prequel));
        QVERIFY(!m_records->save(goneItem));

        MediaRecord self = stored;
        self.media.title = QStringLiteral("Renamed");
        self.related.append(
            relation(RelatedMedia::Direction::Outgoing, stored.media.id, RelationType::Remake));
        QCOMPARE(m_records->save(self).error().code, Error::Code::InvalidInput);

        MediaRecord newWithBadRelation;
        newWithBadRelation.media.title = QStringLiteral("Never stored");
        newWithBadRelation.related
            = { relation(RelatedMedia::Direction::Outgoing, QUuid::createUuid(), RelationType::Sequel) };
        QVERIFY(!m_records->save(newWithBadRelation));

        const MediaRecord after = m_records->load(stored.media.id).value();
        QCOMPARE(after.media, stored.media);
        QCOMPARE(after.links, stored.links);
        QCOMPARE(describe(after.related), describe(stored.related));
        QCOMPARE(m_media->count({}).value(), 2);
        QVERIFY(m_media->search(QStringLiteral("never"), 5).value().isEmpty());
    }

    void removeThenRestoreBringsEverythingBack()
    {
        const QUuid alice = m_lib->addUser(QStringLiteral("alice"));
        const QUuid bob = m_lib->addUser(QStringLiteral("bob"));
        const Media a = addMedia(QStringLiteral("Alpha"));
        const Media b = addMedia(QStringLiteral("Beta"));
        const Media c = addMedia(QStringLiteral("Gamma"));

        MediaRecord x;
        x.media.title = QStringLiteral("Removed X");
        x.media.externalId = QStringLiteral("test:x");
        x.media.attributes = { { QStringLiteral("pages"), 412 } };
        x.links = { link(QStringLiteral("isbn"), QStringLiteral("123")),
            link(QStringLiteral("imdb"), QStringLiteral("tt9")) };
        x.related = { relation(RelatedMedia::Direction::Outgoing, a.id, RelationType::Sequel, 0.8,
                          QStringLiteral("n")),
            relation(RelatedMedia::Direction::Incoming, b.id, RelationType::Adaptation) };
        const QUuid xId = m_records->save(x).value().media.id;
        MediaRecord y;
        y.media.title = QStringLiteral("Removed Y");
        y.links = { link(QStringLiteral("tmdb"), QStringLiteral("77")) };
        // Between the two removed items: captured from both sides, restored once.
        y.related = { relation(RelatedMedia::Direction::Incoming, xId, RelationType::SpinOff) };
        const QUuid yId = m_records->save(y).value().media.id;

        track(alice, xId, Status::Completed, 9);
        track(bob, xId, Status::InProgress, 6);
        track(alice, yId, Status::Planned, 3);
        track(alice, a.id, Status::Planned, 5);
        const QUuid aliceList = addList(alice, QStringLiteral("Favourites"), { a.id, xId, b.id, yId, c.id });
        const QUuid bobList = addList(bob, QStringLiteral("Queue"), { xId, c.id });
        OMT_VERIFY_OK(m_listOrder->moveItems(aliceList, { yId }, a.id)); // a gapped, non-uniform order

        const MediaRecord xBefore = m_records->load(xId).value();
        const MediaRecord yBefore = m_records->load(yId).value();
        const QList<ListItem> aliceItems = itemsOf(aliceList);
        const QList<ListItem> bobItems = itemsOf(bobList);
        const Interaction aliceX = m_interactions->get(alice, xId).value().value();
        const Interaction bobX = m_interactions->get(bob, xId).value().value();
        const Interaction aliceY = m_interactions->get(alice, yId).value().value();
        QCOMPARE(xBefore.related.size(), 3);

        const auto removed = m_records->removeMany({ yId, QUuid::createUuid(), xId, yId });
        OMT_VERIFY_OK(removed);
        QCOMPARE(removed->size(), 2);
        QCOMPARE(removed->at(0).media, yBefore.media);
        QCOMPARE(removed->at(1).media, xBefore.media);
        QCOMPARE(removed->at(1).links, xBefore.links);
        QCOMPARE(removed->at(1).related.size(), 3);
        QCOMPARE(removed->at(1).interactions.size(), 2);
        QCOMPARE(removed->at(1).listItems.size(), 2);
        QCOMPARE(removed->at(0).listItems.size(), 1);

        QCOMPARE(m_media->get(xId).error().code, Error::Code::NotFound);
        QVERIFY(m_links->forMedia(xId).value().isEmpty());
        QVERIFY(m_relationships->forMedia(a.id).value().isEmpty());
        QCOMPARE(orderOf(aliceList), (QList<QUuid> { a.id, b.id, c.id }));
        QCOMPARE(orderOf(bobList), QList<QUuid> { c.id });
        QVERIFY(!m_interactions->get(bob, xId).value().has_value());

        OMT_VERIFY_OK(m_records->restoreMany(*removed));
        const MediaRecord xAfter = m_records->load(xId).value();
        const MediaRecord yAfter = m_records->load(yId).value();
        QCOMPARE(xAfter.media, xBefore.media);
        QCOMPARE(xAfter.links, xBefore.links);
        QCOMPARE(describe(xAfter.related), describe(xBefore.related));
        QCOMPARE(yAfter.media, yBefore.media);
        QCOMPARE(yAfter.links, yBefore.links);
        QCOMPARE(describe(yAfter.related), describe(yBefore.related));
        QCOMPARE(m_interactions->get(alice, xId).value().value(), aliceX);
        QCOMPARE(m_interactions->get(bob, xId).value().value(), bobX);
        QCOMPARE(m_interactions->get(alice, yId).value().value(), aliceY);
        QCOMPARE(itemsOf(aliceList), aliceItems);
        QCOMPARE(itemsOf(bobList), bobItems);
        QCOMPARE(m_media->search(QStringLiteral("removed"), 5).value().size(), 2);

        // Putting back what is already there is refused, and changes nothing.
        QCOMPARE(m_records->restoreMany(*removed).error().code, Error::Code::AlreadyExists);
        QCOMPARE(itemsOf(aliceList), aliceItems);
    }

    void restoreLeavesOutWhatWasDeletedMeanwhile()
    {
        UserRepository &users = m_lib->repos().users;
        const QUuid alice = m_lib->addUser(QStringLiteral("alice"));
        const QUuid bob = m_lib->addUser(QStringLiteral("bob"));
        const Media kept = addMedia(QStringLiteral("Kept"));
        const Media gone = addMedia(QStringLiteral("Gone"));
        MediaRecord x;
        x.media.title = QStringLiteral("X");
        x.related = { relation(RelatedMedia::Direction::Outgoing, kept.id, RelationType::Sequel),
            relation(RelatedMedia::Direction::Incoming, gone.id, RelationType::Prequel) };
        const QUuid xId = m_records->save(x).value().media.id;
        const Interaction aliceX = track(alice, xId, Status::Completed, 8);
        track(bob, xId, Status::Dropped, 2);
        const QUuid keptList = addList(alice, QStringLiteral("Kept list"), { kept.id, xId });
        const QUuid goneList = addList(alice, QStringLiteral("Gone list"), { xId });
        const QUuid bobList = addList(bob, QStringLiteral("Bob's"), { xId });
        const QList<ListItem> keptItems = itemsOf(keptList);

        const auto removed = m_records->removeMany({ xId });
        OMT_VERIFY_OK(removed);
        OMT_VERIFY_OK(m_media->remove(gone.id));
        OMT_VERIFY_OK(users.remove(bob));
        OMT_VERIFY_OK(m_lists->remove(goneList));

        OMT_VERIFY_OK(m_records->restoreMany(*removed));
        const MediaRecord after = m_records->load(xId).value();
        QCOMPARE(after.media, removed->first().media);
        QCOMPARE(after.related.size(), 1);
        QCOMPARE(after.related.first().otherId, kept.id);
        QCOMPARE(m_interactions->get(alice, xId).value().value(), aliceX);
        QVERIFY(!m_interactions->get(bob, xId).value().has_value());
        QCOMPARE(itemsOf(keptList), keptItems);
        QCOMPARE(m_lists->get(goneList).error().code, Error::Code::NotFound);
        QCOMPARE(m_lists->get(bobList).error().code, Error::Code::NotFound);
    }

    void restoreFindsAFreePositionWhenItsOwnWasTaken()
    {
        const QUuid alice = m_lib->addUser(QStringLiteral("alice"));
        const Media a = addMedia(QStringLiteral("A"));
        const Media b = addMedia(QStringLiteral("B"));
        const Media x = addMedia(QStringLiteral("X"));
        const Media late = addMedia(QStringLiteral("Added later"));
        const Media other = addMedia(QStringLiteral("Elsewhere"));
        const QUuid listId = addList(alice, QStringLiteral("Order"), { a.id, b.id, x.id });
        const QUuid untouched = addList(alice, QStringLiteral("Untouched"), { other.id, x.id });
        const QList<ListItem> untouchedBefore = itemsOf(untouched);
        const qint64 xPosition = itemsOf(listId).last().position;

        const auto removed = m_records->removeMany({ x.id });
        OMT_VERIFY_OK(removed);
        // Appending after the removal gives the new item the position X had.
        OMT_VERIFY_OK(m_listItems->addItems(listId, { late.id }));
        QCOMPARE(itemsOf(listId).last().position, xPosition);

        OMT_VERIFY_OK(m_records->restoreMany(*removed));
        QCOMPARE(orderOf(listId), (QList<QUuid> { a.id, b.id, x.id, late.id }));
        QSet<qint64> positions;
        for (const ListItem &item : itemsOf(listId))
            positions.insert(item.position);
        QCOMPARE(positions.size(), 4);
        // Lists where the old position was free keep it exactly.
        QCOMPARE(itemsOf(untouched), untouchedBefore);
        // And the list still takes appends and moves.
        OMT_VERIFY_OK(m_listOrder->moveItems(listId, { late.id }, x.id));
        QCOMPARE(orderOf(listId), (QList<QUuid> { a.id, b.id, late.id, x.id }));
    }
};

QTEST_GUILESS_MAIN(TestMediaRecordRepository)
#include "tst_mediarecordrepository.moc"
