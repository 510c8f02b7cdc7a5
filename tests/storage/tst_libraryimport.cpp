#include "LibraryFixture.h"
#include "storage/LibraryImport.h"

#include <QTest>
#include <QTimeZone>

using namespace omt;

namespace {

QDateTime day(int year, int month, int dayOfMonth)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(12, 0), QTimeZone::utc());
}

ImportedItem book(const QString &title, const QString &isbn, int year = 2001)
{
    ImportedItem item;
    item.media.type = MediaType::Book;
    item.media.title = title;
    item.media.releaseDate = QDate(year, 1, 1);
    item.media.creators = { QStringLiteral("An Author") };
    if (!isbn.isEmpty())
        item.identifiers.append(ExternalLink { {}, {}, QStringLiteral("isbn"), isbn, {}, {} });
    Interaction state;
    state.status = Status::Completed;
    state.rating = 8;
    state.completedAt = day(2020, 5, 1);
    item.interaction = state;
    item.asOf = day(2020, 5, 1);
    item.sourceRow = QJsonObject { { QStringLiteral("Title"), title } };
    return item;
}

/// Hands out the items in batches of `size`.
LibraryImport::NextBatch batches(const QList<ImportedItem> &items, int size)
{
    auto position = std::make_shared<qsizetype>(0);
    return [items, size, position]() -> Result<QList<ImportedItem>> {
        QList<ImportedItem> batch = items.mid(*position, size);
        *position += batch.size();
        return batch;
    };
}

} // namespace

class TestLibraryImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;

    ImportTally importItems(const QList<ImportedItem> &items,
        LibraryImport::Mode mode = LibraryImport::Mode::Write, int batchSize = 100)
    {
        LibraryImport run(m_lib->database(), m_lib->ownerId(), QStringLiteral("goodreads"));
        auto tally = run.run(batches(items, batchSize), mode);
        if (!tally)
            qFatal("%s", qPrintable(tally.error().toString()));
        return *tally;
    }

    int mediaCount()
    {
        auto page = m_lib->repos().media.count({});
        if (!page)
            qFatal("%s", qPrintable(page.error().toString()));
        return int(*page);
    }

    std::optional<Interaction> stateOf(const QString &isbn)
    {
        auto ids = m_lib->repos().links.findMedia(QStringLiteral("isbn"), isbn);
        if (!ids || ids->size() != 1)
            qFatal("expected one item with isbn %s", qPrintable(isbn));
        auto state = m_lib->repos().interactions.get(m_lib->ownerId(), ids->first());
        if (!state)
            qFatal("%s", qPrintable(state.error().toString()));
        return *state;
    }

private Q_SLOTS:
    void init() { OMT_FRESH_LIBRARY(m_lib); }
    void cleanup() { m_lib.reset(); }

    void importsItemsStatesAndLinks()
    {
        const ImportTally tally
            = importItems({ book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965),
                book(QStringLiteral("Emma"), QStringLiteral("9780141439587"), 1815) });
        QCOMPARE(tally.rows, 2);
        QCOMPARE(tally.created, 2);
        QCOMPARE(tally.newMedia, 2);
        QCOMPARE(mediaCount(), 2);
        const auto dune = stateOf(QStringLiteral("9780441013593"));
        QVERIFY(dune);
        QCOMPARE(dune->status, Status::Completed);
        QCOMPARE(dune->rating, 8);
        QCOMPARE(dune->completedAt, day(2020, 5, 1));
        // The source row is kept with the interaction.
        QCOMPARE(dune->metaSnapshot.value(QStringLiteral("import"))
                     .toObject()
                     .value(QStringLiteral("row"))
                     .toObject()
                     .value(QStringLiteral("Title"))
                     .toString(),
            QStringLiteral("Dune"));
    }

    void reimportChangesNothing()
    {
        QList<ImportedItem> items;
        for (int i = 0; i < 250; ++i)
            items.append(book(QStringLiteral("Book %1").arg(i), {}, 1990 + i % 30));
        items.append(book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965));
        items.last().lists = { ImportedListEntry { QStringLiteral("favorites"), 1 } };
        importItems(items);
        const int before = mediaCount();
        const auto stored = stateOf(QStringLiteral("9780441013593"));

        const ImportTally again = importItems(items);
        QCOMPARE(again.rows, 251);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 251);
        QCOMPARE(again.newLists, 0);
        QCOMPARE(mediaCount(), before);
        QCOMPARE(stateOf(QStringLiteral("9780441013593")), stored);
        auto lists = m_lib->repos().lists.listsOf(m_lib->ownerId());
        QVERIFY(lists);
        QCOMPARE(lists->size(), 1);
        auto entries = m_lib->repos().listItems.items(lists->first().id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
    }

    void matchesByIdentifierThenTitleAndYear()
    {
        importItems({ book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965) });
        // Another title for the same ISBN: the same item.
        QCOMPARE(importItems(
                     { book(QStringLiteral("Dune (Deluxe Edition)"), QStringLiteral("9780441013593"), 2019) })
                     .newMedia,
            0);
        // Same title, type and year but without an identifier: the same item,
        // whatever the case and accents.
        QCOMPARE(importItems({ book(QStringLiteral("DÚNE"), {}, 1965) }).newMedia, 0);
        // Same title, another year: a remake, another item.
        QCOMPARE(importItems({ book(QStringLiteral("Dune"), {}, 2021) }).newMedia, 1);
        // Same title and year, another type: another item.
        ImportedItem film = book(QStringLiteral("Dune"), {}, 1965);
        film.media.type = MediaType::Film;
        QCOMPARE(importItems({ film }).newMedia, 1);
        QCOMPARE(mediaCount(), 3);
    }

    void sameTitleAndYearByAnotherCreatorIsAnotherItem()
    {
        ImportedItem austen = book(QStringLiteral("Emma"), {}, 1815);
        austen.media.creators = { QStringLiteral("Jane Austen") };
        ImportedItem other = book(QStringLiteral("Emma"), {}, 1815);
        other.media.creators = { QStringLiteral("Somebody Else") };
        // In one batch, and in a later import.
        QCOMPARE(importItems({ austen, other }).newMedia, 2);
        QCOMPARE(importItems({ other }).newMedia, 0);
        // Creators written differently (case, accents) are the same people;
        // a row without creators matches the only item of its title and year.
        ImportedItem accented = book(QStringLiteral("Emma"), {}, 1815);
        accented.media.creators = { QStringLiteral("JANE AUSTÉN") };
        QCOMPARE(importItems({ accented }).newMedia, 0);
        QCOMPARE(mediaCount(), 2);
    }

    void shelvesNamedLikeASmartListGetAListOfTheirOwn()
    {
        MediaList smart;
        smart.ownerId = m_lib->ownerId();
        smart.name = QStringLiteral("Favorites");
        smart.type = ListType::Smart;
        QVERIFY(m_lib->repos().lists.create(smart,
            QJsonObject { { QStringLiteral("field"), QStringLiteral("rating") },
                { QStringLiteral("op"), QStringLiteral(">=") }, { QStringLiteral("value"), 8 } }));
        ImportedItem item = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        item.lists = { ImportedListEntry { QStringLiteral("favorites"), 1 } };
        QCOMPARE(importItems({ item }).newLists, 1);
        auto lists = m_lib->repos().lists.listsOf(m_lib->ownerId());
        QVERIFY(lists);
        QStringList names;
        for (const MediaList &list : *lists)
            names.append(list.name);
        names.sort();
        QCOMPARE(
            names, QStringList({ QStringLiteral("Favorites"), QStringLiteral("favorites (goodreads)") }));
        // Again: the same list, nothing new.
        QCOMPARE(importItems({ item }).newLists, 0);
    }

    void finishingKeepsTheStartDateTheLibraryHas()
    {
        ImportedItem reading = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        reading.interaction->status = Status::InProgress;
        reading.interaction->completedAt = QDateTime();
        reading.interaction->startedAt = day(2020, 4, 1);
        reading.asOf = day(2020, 4, 1);
        importItems({ reading });
        ImportedItem finished = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        QCOMPARE(importItems({ finished }).updated, 1);
        const auto state = stateOf(QStringLiteral("9780441013593"));
        QCOMPARE(state->status, Status::Completed);
        QCOMPARE(state->startedAt, day(2020, 4, 1));
        QCOMPARE(state->completedAt, day(2020, 5, 1));
    }

    void duplicateRowsInOneBatchMakeOneItem()
    {
        ImportedItem first = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        ImportedItem second = first;
        second.asOf = day(2021, 1, 1);
        second.interaction->rating = 10;
        const ImportTally tally = importItems({ first, second });
        QCOMPARE(tally.newMedia, 1);
        QCOMPARE(tally.created, 1);
        QCOMPARE(tally.updated, 1);
        QCOMPARE(mediaCount(), 1);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->rating, 10);
    }

    void newerRowUpdatesOlderOneDoesNot()
    {
        importItems({ book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965) });

        ImportedItem older = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        older.asOf = day(2019, 1, 1);
        older.interaction->status = Status::InProgress;
        older.interaction->rating = 2;
        ImportTally tally = importItems({ older });
        QCOMPARE(tally.unchanged, 1);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->status, Status::Completed);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->rating, 8);

        ImportedItem newer = older;
        newer.asOf = day(2022, 3, 1);
        newer.interaction->completedAt = day(2022, 3, 1);
        newer.interaction->status = Status::Completed;
        newer.interaction->rating = 6;
        tally = importItems({ newer });
        QCOMPARE(tally.updated, 1);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->rating, 6);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->completedAt, day(2022, 3, 1));
    }

    void trackingAfterAnImportIsNotUndoneByIt()
    {
        importItems({ book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965) });
        auto ids = m_lib->repos().links.findMedia(QStringLiteral("isbn"), QStringLiteral("9780441013593"));
        QVERIFY(ids);
        InteractionPatch patch;
        patch.rating = std::optional<int>(3);
        QVERIFY(m_lib->repos().interactions.update(m_lib->ownerId(), ids->first(), patch));

        // The same export, and one dated before today: the rating set by hand stays.
        ImportedItem item = book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965);
        item.asOf = day(2024, 1, 1);
        item.interaction->rating = 9;
        QCOMPARE(importItems({ item }).unchanged, 1);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->rating, 3);
    }

    void listEntriesKeepTheSourceOrderAfterWhatIsThere()
    {
        const MediaList mine
            = m_lib->addList(QStringLiteral("Favorites"), { m_lib->addMedia(QStringLiteral("Old")).id });
        QList<ImportedItem> items;
        for (int i = 0; i < 5; ++i) {
            items.append(book(QStringLiteral("Book %1").arg(i), {}, 2000 + i));
            // The file lists them in reverse order of their shelf positions;
            // "favorites" is the existing "Favorites".
            items.last().lists = { ImportedListEntry { QStringLiteral("favorites"), 5 - i } };
        }
        const ImportTally tally = importItems(items, LibraryImport::Mode::Write, 2);
        QCOMPARE(tally.newLists, 0);
        auto ids = m_lib->repos().listItems.mediaIds(mine.id);
        QVERIFY(ids);
        QStringList titles;
        for (const QUuid &id : *ids)
            titles.append(m_lib->repos().media.get(id)->title);
        QCOMPARE(titles,
            QStringList({ QStringLiteral("Old"), QStringLiteral("Book 4"), QStringLiteral("Book 3"),
                QStringLiteral("Book 2"), QStringLiteral("Book 1"), QStringLiteral("Book 0") }));
    }

    void dryRunCountsExactlyAndWritesNothing()
    {
        importItems({ book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965) });
        QList<ImportedItem> items { book(QStringLiteral("Dune"), QStringLiteral("9780441013593"), 1965),
            book(QStringLiteral("Emma"), QStringLiteral("9780141439587"), 1815) };
        items.first().asOf = day(2023, 1, 1);
        items.first().interaction->rating = 4;
        items.last().lists = { ImportedListEntry { QStringLiteral("classics"), 0 } };

        const ImportTally preview = importItems(items, LibraryImport::Mode::DryRun);
        QCOMPARE(mediaCount(), 1);
        QCOMPARE(stateOf(QStringLiteral("9780441013593"))->rating, 8);
        QVERIFY(m_lib->repos().lists.listsOf(m_lib->ownerId())->isEmpty());

        const ImportTally done = importItems(items);
        QCOMPARE(preview, done);
        QCOMPARE(done.created, 1);
        QCOMPARE(done.updated, 1);
        QCOMPARE(done.newLists, 1);
    }

    void failedReadingOrCancelKeepsNothing()
    {
        QList<ImportedItem> items;
        for (int i = 0; i < 30; ++i)
            items.append(book(QStringLiteral("Book %1").arg(i), {}));
        LibraryImport failing(m_lib->database(), m_lib->ownerId(), QStringLiteral("goodreads"));
        int calls = 0;
        auto failed = failing.run(
            [&]() -> Result<QList<ImportedItem>> {
                if (++calls == 3)
                    return Error::invalidInput(QStringLiteral("a quote never ends"));
                return items.mid((calls - 1) * 10, 10);
            },
            LibraryImport::Mode::Write);
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("a quote never ends"));
        QCOMPARE(mediaCount(), 0);

        LibraryImport canceled(m_lib->database(), m_lib->ownerId(), QStringLiteral("goodreads"));
        qint64 done = 0;
        canceled.setProgress([&done](qint64 rows) { done = rows; });
        canceled.setCancelCheck([&done] { return done >= 20; });
        auto stopped = canceled.run(batches(items, 10), LibraryImport::Mode::Write);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Canceled);
        QCOMPARE(done, 20);
        QCOMPARE(mediaCount(), 0);
    }

    void itemsTheCatalogueRefusesAreReportedNotFatal()
    {
        ImportedItem blank = book(QStringLiteral("   "), {});
        blank.line = 7;
        ImportedItem badLink = book(QStringLiteral("Emma"), {}, 1815);
        badLink.identifiers.append(
            ExternalLink { {}, {}, QStringLiteral("no such source!"), QStringLiteral("1"), {}, {} });
        LibraryImport run(m_lib->database(), m_lib->ownerId(), QStringLiteral("goodreads"));
        auto tally = run.run(batches({ blank, badLink }, 10), LibraryImport::Mode::Write);
        QVERIFY(tally);
        QCOMPARE(tally->rows, 1);
        QCOMPARE(run.problems().size(), 1);
        QCOMPARE(run.problems().first().line, 7);
        QCOMPARE(mediaCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryImport)
#include "tst_libraryimport.moc"
