// PagedRowCache on its own: the rows a long view keeps in memory. What a user
// would notice if it went wrong: a row showing another item's title after an
// insertion, memory growing while scrolling through 100,000 rows, or the page
// just scrolled back to being fetched again while an older one is kept.

#include "models/PagedRowCache.h"

#include <QStandardPaths>
#include <QTest>

using omt::LibraryRow;
using omt::PagedRowCache;

namespace {

/// A row whose title names the row it was fetched for ("row 42").
LibraryRow rowNamed(const QString &title)
{
    LibraryRow row;
    row.media.id = QUuid::createUuid();
    row.media.title = title;
    return row;
}

/// The rows first .. first + count - 1 of the view, titled after their place.
QList<LibraryRow> rows(int first, int count)
{
    QList<LibraryRow> result;
    for (int i = first; i < first + count; ++i)
        result.append(rowNamed(QStringLiteral("row %1").arg(i)));
    return result;
}

/// The title cached for `row`, or "-" when the row is not in memory.
QString titleAt(const PagedRowCache &cache, int row)
{
    const LibraryRow *value = cache.peek(row);
    return value ? value->media.title : QStringLiteral("-");
}

} // namespace

class TestPagedRowCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storedPageIsFoundByRow()
    {
        PagedRowCache cache(10, 4);
        cache.putPage(3, rows(30, 10));
        QCOMPARE(cache.pageOf(37), 3);
        QVERIFY(cache.hasCompletePage(3));
        for (int row = 30; row < 40; ++row) {
            const LibraryRow *value = cache.row(row);
            QVERIFY2(value, qPrintable(QStringLiteral("row %1").arg(row)));
            QCOMPARE(value->media.title, QStringLiteral("row %1").arg(row));
        }
    }

    void rowsOfMissingPagesAreNotInMemory()
    {
        PagedRowCache cache(10, 4);
        cache.putPage(0, rows(0, 10));
        cache.putPage(2, rows(20, 10));
        // The page between two cached ones, and those beyond.
        QVERIFY(!cache.hasCompletePage(1));
        for (int row : { 10, 15, 19, 30, 1000 }) {
            QVERIFY2(!cache.row(row), qPrintable(QString::number(row)));
            QVERIFY2(!cache.peek(row), qPrintable(QString::number(row)));
        }
        // Asking for missing rows stores nothing.
        QCOMPARE(cache.cachedPageCount(), 2);
    }

    void lastPartialPageHoldsOnlyItsRows()
    {
        // A view of 25 rows in pages of 10: the third page has 5.
        PagedRowCache cache(10, 4);
        cache.putPage(2, rows(20, 5));
        QVERIFY(cache.hasCompletePage(2));
        QCOMPARE(titleAt(cache, 24), QStringLiteral("row 24"));
        QVERIFY(!cache.row(25));
        QVERIFY(!cache.row(29));
    }

    void emptyViewHasNoRows()
    {
        PagedRowCache cache(10, 4);
        cache.putPage(0, {});
        QVERIFY(!cache.row(0));
        QVERIFY(!cache.peek(0));
        QVERIFY(!cache.rowOf(QUuid::createUuid()));
        // Edits of an empty view must not invent rows either.
        cache.removeRow(0);
        QVERIFY(!cache.row(0));
        QVERIFY(cache.updateRows(QUuid::createUuid(), [](LibraryRow &) {}).isEmpty());
    }

    void nonsensicalSizesStillCache()
    {
        // A page size or bound of zero would divide by zero or cache nothing.
        PagedRowCache cache(0, 0);
        QCOMPARE(cache.pageSize(), 1);
        cache.putPage(5, rows(5, 1));
        QCOMPARE(titleAt(cache, 5), QStringLiteral("row 5"));
    }

    void pagesStayWithinTheBound()
    {
        PagedRowCache cache(100, 5);
        // Scrolling through 1,000 pages keeps at most five in memory: the last five.
        for (int page = 0; page < 1000; ++page) {
            cache.putPage(page, rows(page * 100, 100));
            QVERIFY(cache.cachedPageCount() <= 5);
        }
        QCOMPARE(cache.cachedPageCount(), 5);
        for (int page = 995; page < 1000; ++page)
            QVERIFY2(cache.hasCompletePage(page), qPrintable(QString::number(page)));
        QVERIFY(!cache.hasCompletePage(994));
        QVERIFY(!cache.row(0));
    }

    void leastRecentlyUsedPageGoesFirst()
    {
        PagedRowCache cache(10, 3);
        cache.putPage(0, rows(0, 10));
        cache.putPage(1, rows(10, 10));
        cache.putPage(2, rows(20, 10));
        // The view paints page 0 again: it is now the most recently used,
        // and page 1 is the oldest.
        QVERIFY(cache.row(5));
        cache.putPage(3, rows(30, 10));
        QVERIFY(cache.hasCompletePage(0));
        QVERIFY(!cache.hasCompletePage(1));
        QVERIFY(cache.hasCompletePage(2));
        QVERIFY(cache.hasCompletePage(3));
        // Next out: page 2.
        cache.putPage(4, rows(40, 10));
        QVERIFY(!cache.hasCompletePage(2));
        QVERIFY(cache.hasCompletePage(0));
    }

    void peekingDoesNotKeepAPage()
    {
        // peek() serves looks that are not the view painting (selection
        // ids, searches for a row): they must not keep an old page alive.
        PagedRowCache cache(10, 3);
        cache.putPage(0, rows(0, 10));
        cache.putPage(1, rows(10, 10));
        cache.putPage(2, rows(20, 10));
        QVERIFY(cache.peek(5));
        cache.putPage(3, rows(30, 10));
        QVERIFY(!cache.hasCompletePage(0));
        QVERIFY(cache.hasCompletePage(1));
    }

    void refetchedPageReplacesTheOldRows()
    {
        PagedRowCache cache(10, 3);
        cache.putPage(1, rows(10, 10));
        QList<LibraryRow> fresh = rows(10, 10);
        fresh[4].media.title = QStringLiteral("renamed");
        cache.putPage(1, fresh);
        QCOMPARE(cache.cachedPageCount(), 1);
        QCOMPARE(titleAt(cache, 14), QStringLiteral("renamed"));
    }

    void clearForgetsEveryRow()
    {
        PagedRowCache cache(10, 3);
        const QList<LibraryRow> page = rows(0, 10);
        cache.putPage(0, page);
        cache.putPage(1, rows(10, 10));
        cache.clear();
        QCOMPARE(cache.cachedPageCount(), 0);
        QVERIFY(!cache.row(0));
        QVERIFY(!cache.row(10));
        QVERIFY(!cache.rowOf(page.at(3).media.id));
        // And it caches again afterwards.
        cache.putPage(0, rows(0, 10));
        QCOMPARE(titleAt(cache, 9), QStringLiteral("row 9"));
    }

    void itemsAreFoundAndUpdatedInPlace()
    {
        PagedRowCache cache(10, 3);
        const QList<LibraryRow> first = rows(0, 10);
        cache.putPage(0, first);
        cache.putPage(2, rows(20, 10));
        const QUuid id = first.at(7).media.id;
        QCOMPARE(cache.rowOf(id), std::optional<int>(7));
        QVERIFY(!cache.rowOf(QUuid::createUuid()));

        const QList<int> changed
            = cache.updateRows(id, [](LibraryRow &row) { row.media.title = QStringLiteral("edited"); });
        QCOMPARE(changed, QList<int> { 7 });
        QCOMPARE(titleAt(cache, 7), QStringLiteral("edited"));
        QCOMPARE(titleAt(cache, 6), QStringLiteral("row 6"));
        QVERIFY(cache.updateRows(QUuid::createUuid(), [](LibraryRow &) { QFAIL("called for no row"); })
                    .isEmpty());
    }

    void insertionShiftsTheRowsAfterIt()
    {
        PagedRowCache cache(4, 8);
        cache.putPage(0, rows(0, 4));
        cache.putPage(1, rows(4, 4));
        cache.insertRow(2, rowNamed(QStringLiteral("new")));
        // Rows keep showing their item: the one at 2 is new, the old row 2 is now 3 …
        QCOMPARE(titleAt(cache, 1), QStringLiteral("row 1"));
        QCOMPARE(titleAt(cache, 2), QStringLiteral("new"));
        QCOMPARE(titleAt(cache, 3), QStringLiteral("row 2"));
        // … and the last row of page 0 moved into page 1, whose last row moved on.
        QCOMPARE(titleAt(cache, 4), QStringLiteral("row 3"));
        QCOMPARE(titleAt(cache, 8), QStringLiteral("row 7"));
        QVERIFY(cache.hasCompletePage(0));
        QVERIFY(cache.hasCompletePage(1));
    }

    void removalShiftsTheRowsAfterIt()
    {
        PagedRowCache cache(4, 8);
        cache.putPage(0, rows(0, 4));
        cache.putPage(1, rows(4, 4));
        cache.removeRow(1);
        QCOMPARE(titleAt(cache, 0), QStringLiteral("row 0"));
        QCOMPARE(titleAt(cache, 1), QStringLiteral("row 2"));
        QCOMPARE(titleAt(cache, 3), QStringLiteral("row 4"));
        QCOMPARE(titleAt(cache, 6), QStringLiteral("row 7"));
        // What used to be row 8 was never fetched: the row is not in memory,
        // so the view asks for it rather than showing a stale neighbour.
        QVERIFY(!cache.row(7));
    }

    void shiftLeavesAGapThatIsFetchedAgain()
    {
        // Pages 0 and 2 in memory, page 1 not. A removal in page 0 pulls the
        // first row of page 2 back into page 1 and leaves page 0 one row short.
        PagedRowCache cache(4, 8);
        cache.putPage(0, rows(0, 4));
        cache.putPage(2, rows(8, 4));
        cache.removeRow(0);
        QCOMPARE(titleAt(cache, 0), QStringLiteral("row 1"));
        QCOMPARE(titleAt(cache, 2), QStringLiteral("row 3"));
        // Row 3 was row 4, in the page never fetched.
        QVERIFY(!cache.row(3));
        // Page 1 holds only its last row (old row 8) and is not complete.
        QVERIFY(!cache.hasCompletePage(1));
        QVERIFY(!cache.row(4));
        QCOMPARE(titleAt(cache, 7), QStringLiteral("row 8"));
        QCOMPARE(titleAt(cache, 10), QStringLiteral("row 11"));
        // The moved rows are still found by item.
        QCOMPARE(cache.rowOf(cache.peek(10)->media.id), std::optional<int>(10));
    }

    void shiftsStayWithinTheBoundAndKeepThePageInUse()
    {
        // An insertion spreads the rows over one page more than was cached;
        // the bound holds, and what goes is the least recently used page,
        // not the one the user is looking at (here: the top of the view).
        PagedRowCache cache(4, 2);
        cache.putPage(0, rows(0, 4));
        cache.putPage(1, rows(4, 4));
        QVERIFY(cache.row(0));
        cache.insertRow(0, rowNamed(QStringLiteral("new")));
        QCOMPARE(cache.cachedPageCount(), 2);
        QVERIFY(cache.hasCompletePage(0));
        QCOMPARE(titleAt(cache, 0), QStringLiteral("new"));
        QCOMPARE(titleAt(cache, 3), QStringLiteral("row 2"));
    }

    void remapMovesAndDropsRows()
    {
        // A list reordered: rows go where the new order puts them; rows
        // mapped nowhere (removed) are gone.
        PagedRowCache cache(4, 8);
        cache.putPage(0, rows(0, 4));
        cache.remap([](int row) { return row == 1 ? -1 : 3 - row; });
        QCOMPARE(titleAt(cache, 3), QStringLiteral("row 0"));
        QCOMPARE(titleAt(cache, 1), QStringLiteral("row 2"));
        QCOMPARE(titleAt(cache, 0), QStringLiteral("row 3"));
        QVERIFY(!cache.row(2));
    }

    void remapKeepsThePageInUse()
    {
        PagedRowCache cache(4, 2);
        cache.putPage(0, rows(0, 4));
        cache.putPage(1, rows(4, 4));
        cache.putPage(2, rows(8, 4));
        QVERIFY(cache.row(5)); // page 1 in view, page 2 the oldest
        cache.remap([](int row) { return row; });
        cache.putPage(3, rows(12, 4));
        QVERIFY(cache.hasCompletePage(1));
        QVERIFY(!cache.hasCompletePage(2));
    }
};

QTEST_APPLESS_MAIN(TestPagedRowCache)
#include "tst_pagedrowcache.moc"
