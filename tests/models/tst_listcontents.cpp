// ListContents: the ids a list view shows, read straight from a real library
// — a manual list in its own order (refined or not), a smart list in its
// rule's order with nothing cut off, and the errors a broken or missing list
// gives.
#include "TestDatabase.h"
#include "core/FilterParser.h"
#include "models/ListContents.h"
#include "storage/BulkWriter.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QTest>

using namespace omt;

namespace {
QJsonObject rule(const char *field, const char *op, const QJsonValue &value)
{
    return { { QStringLiteral("field"), QLatin1String(field) }, { QStringLiteral("op"), QLatin1String(op) },
        { QStringLiteral("value"), value } };
}

QJsonArray sortBy(const char *field, const char *dir)
{
    return { QJsonObject {
        { QStringLiteral("field"), QLatin1String(field) }, { QStringLiteral("dir"), QLatin1String(dir) } } };
}

/// Items written as they are: titles in the order of `first`, `first` + 1, …
/// (zero-padded, so title order is number order).
QList<Media> numbered(const QString &prefix, int first, int count, MediaType type)
{
    QList<Media> items;
    items.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Media item;
        item.id = QUuid::createUuid();
        item.title = QStringLiteral("%1 %2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        item.type = type;
        items.append(item);
    }
    return items;
}

QList<QUuid> idsOf(const QList<Media> &items)
{
    QList<QUuid> ids;
    for (const Media &item : items)
        ids.append(item.id);
    return ids;
}
} // namespace

class TestListContents : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Repositories> m_r;
    QUuid m_owner;
    QUuid m_guest;
    /// Twelve books, "Volume 00000" … "Volume 00011"; item i came out in 2000 + i % 4.
    QList<QUuid> m_ids;

    QUuid makeList(const QString &name, const QList<QUuid> &items, const QJsonObject &refinement = {})
    {
        MediaList list;
        list.ownerId = m_owner;
        list.name = name;
        list.filterDefinition = refinement;
        auto created = m_r->lists.create(list);
        if (!created)
            qFatal("creating a list: %s", qPrintable(created.error().toString()));
        if (auto added = m_r->listItems.addItems(created->id, items); !added)
            qFatal("filling a list: %s", qPrintable(added.error().toString()));
        return created->id;
    }

    QUuid makeSmartList(const QString &name, const QJsonObject &document)
    {
        MediaList list;
        list.ownerId = m_owner;
        list.name = name;
        list.type = ListType::Smart;
        auto created = m_r->lists.create(list, document);
        if (!created)
            qFatal("creating a smart list: %s", qPrintable(created.error().toString()));
        return created->id;
    }

    void setStatus(const QUuid &user, const QList<int> &items, Status status)
    {
        for (int i : items) {
            Interaction interaction;
            interaction.userId = user;
            interaction.mediaId = m_ids.at(i);
            interaction.status = status;
            OMT_VERIFY_OK(m_r->interactions.put(interaction));
        }
    }

    QList<QUuid> pick(const QList<int> &items) const
    {
        QList<QUuid> ids;
        for (int i : items)
            ids.append(m_ids.at(i));
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        m_r = std::make_unique<Repositories>(m_db->database());
        auto owner = m_r->users.ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = owner->id;
        m_guest = test::addUser(m_db->database(), QStringLiteral("guest"));
        QList<Media> items = numbered(QStringLiteral("Volume"), 0, 12, MediaType::Book);
        for (int i = 0; i < items.size(); ++i)
            items[i].releaseDate = QDate(2000 + i % 4, 6, 1);
        OMT_VERIFY_OK(BulkWriter(m_db->database()).writeMedia(items));
        m_ids = idsOf(items);
    }

    void cleanup()
    {
        m_r.reset();
        m_db.reset();
    }

    void aManualListIsShownInItsOwnOrder()
    {
        const QUuid list = makeList(QStringLiteral("Reading order"), pick({ 7, 2, 9, 0, 4 }));
        auto contents = ListContents::read(*m_r, LibrarySource::list(list), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 7, 2, 9, 0, 4 }));
        QVERIFY(!contents->hasRefinement);
        // Asking for the refined view of a list without a refinement shows it all.
        contents = ListContents::read(*m_r, LibrarySource::list(list, true), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 7, 2, 9, 0, 4 }));
        QVERIFY(!contents->hasRefinement);

        // Moved items are shown where they were put.
        OMT_VERIFY_OK(m_r->listOrder.moveItems(list, pick({ 0, 4 }), m_ids.at(7)));
        OMT_VERIFY_OK(m_r->listOrder.moveItems(list, pick({ 2 }), std::nullopt));
        contents = ListContents::read(*m_r, LibrarySource::list(list), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 0, 4, 7, 9, 2 }));
        // An empty list is an empty view, not an error.
        const QUuid empty = makeList(QStringLiteral("Nothing yet"), {});
        contents = ListContents::read(*m_r, LibrarySource::list(empty), m_owner);
        OMT_VERIFY_OK(contents);
        QVERIFY(contents->ids.isEmpty());
    }

    void aRefinementHidesWhatItDoesNotMatchWhenOn()
    {
        // Not completed; the refinement's sort and limit do not reorder or
        // shorten a manual list.
        QJsonObject notCompleted { { QStringLiteral("not"),
            rule("status", "=", QStringLiteral("completed")) } };
        notCompleted.insert(QStringLiteral("sort"), sortBy("title", "desc"));
        notCompleted.insert(QStringLiteral("limit"), 1);
        QVERIFY(FilterParser::parse(notCompleted).ok());
        const QUuid list = makeList(QStringLiteral("To finish"), pick({ 7, 2, 9, 0, 4 }), notCompleted);
        setStatus(m_owner, { 2, 0 }, Status::Completed);
        setStatus(m_owner, { 9 }, Status::InProgress);

        auto refined = ListContents::read(*m_r, LibrarySource::list(list, true), m_owner);
        OMT_VERIFY_OK(refined);
        QCOMPARE(refined->ids, pick({ 7, 9, 4 }));
        QVERIFY(refined->hasRefinement);
        auto whole = ListContents::read(*m_r, LibrarySource::list(list, false), m_owner);
        OMT_VERIFY_OK(whole);
        QCOMPARE(whole->ids, pick({ 7, 2, 9, 0, 4 }));
        QVERIFY(whole->hasRefinement);

        // The refinement is about the viewer's own statuses.
        auto guest = ListContents::read(*m_r, LibrarySource::list(list, true), m_guest);
        OMT_VERIFY_OK(guest);
        QCOMPARE(guest->ids, pick({ 7, 2, 9, 0, 4 }));

        // Moves keep their place in the refined view.
        OMT_VERIFY_OK(m_r->listOrder.moveItems(list, pick({ 4 }), m_ids.at(7)));
        refined = ListContents::read(*m_r, LibrarySource::list(list, true), m_owner);
        OMT_VERIFY_OK(refined);
        QCOMPARE(refined->ids, pick({ 4, 7, 9 }));
    }

    void aSmartListIsShownInItsRulesOrder()
    {
        const QJsonObject books = rule("media_type", "=", QStringLiteral("book"));
        // No sort in the rule: title order.
        const QUuid byTitle = makeSmartList(QStringLiteral("All books"), books);
        auto contents = ListContents::read(*m_r, LibrarySource::smartList(byTitle), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, m_ids);
        QVERIFY(!contents->hasRefinement);

        // Newest first, then by title among the items of one year.
        QJsonObject newest = books;
        newest.insert(QStringLiteral("sort"), sortBy("release_date", "desc"));
        const QUuid byDate = makeSmartList(QStringLiteral("Newest books"), newest);
        contents = ListContents::read(*m_r, LibrarySource::smartList(byDate), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 3, 7, 11, 2, 6, 10, 1, 5, 9, 0, 4, 8 }));

        // The rule's limit cuts the list after that many, in that order.
        newest.insert(QStringLiteral("limit"), 4);
        const QUuid firstFour = makeSmartList(QStringLiteral("Four newest"), newest);
        contents = ListContents::read(*m_r, LibrarySource::smartList(firstFour), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 3, 7, 11, 2 }));

        // A rule about statuses follows the viewer's.
        setStatus(m_owner, { 5, 1 }, Status::InProgress);
        setStatus(m_guest, { 8 }, Status::InProgress);
        const QUuid reading = makeSmartList(
            QStringLiteral("Reading now"), rule("status", "=", QStringLiteral("in_progress")));
        contents = ListContents::read(*m_r, LibrarySource::smartList(reading), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 1, 5 }));
        contents = ListContents::read(*m_r, LibrarySource::smartList(reading), m_guest);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 8 }));
    }

    void aSmartListShowsEveryMatchingItem()
    {
        // More than a view ever takes in at once, and more than a rule's
        // limit may be: nothing is cut off.
        const int count = ListContents::MaxNewRows + 2000;
        QVERIFY(count > FilterCatalogue::MaxLimit);
        QList<Media> games = numbered(QStringLiteral("Game"), 0, count, MediaType::Game);
        OMT_VERIFY_OK(BulkWriter(m_db->database()).writeMedia(games));
        const QUuid list
            = makeSmartList(QStringLiteral("Every game"), rule("media_type", "=", QStringLiteral("game")));

        auto contents = ListContents::read(*m_r, LibrarySource::smartList(list), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids.size(), qsizetype(count));
        QCOMPARE(contents->ids, idsOf(games));
        auto filter = FilterParser::parse(rule("media_type", "=", QStringLiteral("game")));
        OMT_VERIFY_OK(filter);
        auto counted = m_r->smartLists.count(*filter, m_owner);
        OMT_VERIFY_OK(counted);
        QCOMPARE(*counted, count);
    }

    void anUnreadableRuleIsAnErrorNamingTheList()
    {
        // Stored as given (by a newer version, or edited by hand), refused when read.
        const QJsonObject unknownField = rule("mood", "=", QStringLiteral("cheerful"));
        QVERIFY(!FilterParser::parse(unknownField).ok());

        const QUuid smart = makeSmartList(
            QStringLiteral("Cheerful things"), rule("media_type", "=", QStringLiteral("book")));
        OMT_VERIFY_OK(m_r->lists.setSmartFilter(smart, unknownField));
        auto contents = ListContents::read(*m_r, LibrarySource::smartList(smart), m_owner);
        QVERIFY(!contents);
        QVERIFY2(contents.error().message.contains(QStringLiteral("“Cheerful things”")),
            qPrintable(contents.error().toString()));
        QVERIFY2(contents.error().message.contains(QLatin1String("mood")),
            qPrintable(contents.error().toString()));

        // A manual list with an unreadable refinement: an error only when the
        // refinement is on; off, the list is shown whole.
        const QUuid manual = makeList(QStringLiteral("Odd refinement"), pick({ 3, 1 }), unknownField);
        contents = ListContents::read(*m_r, LibrarySource::list(manual, true), m_owner);
        QVERIFY(!contents);
        QVERIFY2(contents.error().message.contains(QStringLiteral("“Odd refinement”")),
            qPrintable(contents.error().toString()));
        contents = ListContents::read(*m_r, LibrarySource::list(manual, false), m_owner);
        OMT_VERIFY_OK(contents);
        QCOMPARE(contents->ids, pick({ 3, 1 }));
        QVERIFY(contents->hasRefinement);
    }

    void aMissingListIsNotFound()
    {
        const QUuid deleted = makeList(QStringLiteral("Soon gone"), pick({ 0, 1 }));
        const QUuid deletedSmart
            = makeSmartList(QStringLiteral("Also gone"), rule("media_type", "=", QStringLiteral("book")));
        OMT_VERIFY_OK(m_r->lists.remove(deleted));
        OMT_VERIFY_OK(m_r->lists.remove(deletedSmart));
        for (const LibrarySource &source : { LibrarySource::list(deleted), LibrarySource::list(deleted, true),
                 LibrarySource::smartList(deletedSmart), LibrarySource::list(QUuid::createUuid()),
                 LibrarySource::smartList(QUuid::createUuid()) }) {
            const auto contents = ListContents::read(*m_r, source, m_owner);
            QVERIFY(!contents);
            QCOMPARE(contents.error().code, Error::Code::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestListContents)
#include "tst_listcontents.moc"
