// KeysetCursors on its own: where the pager of a long view starts reading a
// page. A cursor is the sort key of a row; the repository returns the rows
// after it. What the pager relies on: the boundary it gets for a row is at or
// before that row, as close as known, and still marks the same place in the
// order after rows were inserted or removed. Were it wrong, a page would show
// rows shifted by one or more (another item's title in a row), or be read
// with a skip over thousands of rows.

#include "models/KeysetCursors.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using omt::KeysetCursors;
using omt::PageCursor;

namespace {

/// The cursor of a row whose sort value is `value`.
PageCursor cursorOf(int value)
{
    // A fixed id per value, so that cursors compare by what they mark.
    return PageCursor { value,
        QUuid::fromString(
            QStringLiteral("00000000-0000-0000-0000-%1").arg(value, 12, 10, QLatin1Char('0'))) };
}

/// The sort value a cursor marks.
int valueOf(const PageCursor &cursor)
{
    return cursor.sortValue.toInt();
}

/// "after row N at value V", or "start", for messages.
QString describe(const KeysetCursors::Start &start)
{
    if (start.cursor.isStart())
        return QStringLiteral("start (after row %1)").arg(start.afterRow);
    return QStringLiteral("after row %1 at value %2").arg(start.afterRow).arg(valueOf(start.cursor));
}

/// A sorted view of unique sort values and the cursors a pager learnt about
/// it, edited the way a model edits them. check() holds them together: the
/// rows after every known cursor are exactly the rows after its row.
class View
{
public:
    QList<int> values;
    KeysetCursors cursors;

    /// The cursor after `row`, as a fetched page or the anchors would give it.
    void learn(int row) { cursors.put(row, cursorOf(values.at(row))); }

    void insert(int value)
    {
        const auto at = std::lower_bound(values.begin(), values.end(), value);
        const int row = int(at - values.begin());
        values.insert(row, value);
        cursors.rowInserted(row);
    }

    void remove(int row)
    {
        values.removeAt(row);
        cursors.rowRemoved(row);
    }

    /// Where a page starting at `row` is read from is right for every row;
    /// an empty string when it is, else what is wrong.
    QString check() const
    {
        for (int row = 0; row <= values.size(); ++row) {
            const KeysetCursors::Start start = cursors.nearestBefore(row);
            if (start.afterRow >= row)
                return QStringLiteral("row %1: %2 is not before it").arg(row).arg(describe(start));
            if (start.cursor.isStart()) {
                if (start.afterRow != -1)
                    return QStringLiteral("row %1: %2").arg(row).arg(describe(start));
                continue;
            }
            // Keyset reading returns the rows whose value is after the cursor's:
            // they must begin right after afterRow.
            const int atOrBefore = int(
                std::upper_bound(values.cbegin(), values.cend(), valueOf(start.cursor)) - values.cbegin());
            if (atOrBefore != start.afterRow + 1)
                return QStringLiteral("row %1: %2, but %3 rows are at or before that value")
                    .arg(row)
                    .arg(describe(start))
                    .arg(atOrBefore);
        }
        return {};
    }
};

} // namespace

class TestKeysetCursors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutCursorsEveryPageStartsAtTheTop()
    {
        KeysetCursors cursors;
        for (int row : { 0, 1, 100, 100000 }) {
            const KeysetCursors::Start start = cursors.nearestBefore(row);
            QCOMPARE(start.afterRow, -1);
            QVERIFY(start.cursor.isStart());
        }
    }

    void nearestBefore_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("afterRow");

        // Cursors after rows 99, 199 and 499 (pages of 100; pages 2-4 unknown).
        QTest::newRow("first page") << 0 << -1;
        QTest::newRow("inside the first page") << 57 << -1;
        QTest::newRow("the row a cursor follows is before it") << 99 << -1;
        QTest::newRow("second page starts at its cursor") << 100 << 99;
        QTest::newRow("third page") << 200 << 199;
        QTest::newRow("unknown page: the closest before") << 400 << 199;
        QTest::newRow("last row before a cursor") << 499 << 199;
        QTest::newRow("sixth page") << 500 << 499;
        QTest::newRow("far beyond every cursor") << 90000 << 499;
    }

    void nearestBefore()
    {
        QFETCH(int, row);
        QFETCH(int, afterRow);
        KeysetCursors cursors;
        cursors.put(499, cursorOf(4990));
        cursors.put(99, cursorOf(990));
        cursors.put(199, cursorOf(1990));
        const KeysetCursors::Start start = cursors.nearestBefore(row);
        QCOMPARE(start.afterRow, afterRow);
        if (afterRow < 0)
            QVERIFY(start.cursor.isStart());
        else
            QCOMPARE(valueOf(start.cursor), afterRow * 10);
    }

    void meaninglessCursorsAreNotKept()
    {
        KeysetCursors cursors;
        // A cursor "after row -1" is the top of the view; an empty cursor
        // (the repository's "no further rows") marks no place.
        cursors.put(-1, cursorOf(5));
        cursors.put(50, PageCursor {});
        QCOMPARE(cursors.nearestBefore(100).afterRow, -1);
        QVERIFY(cursors.nearestBefore(100).cursor.isStart());
    }

    void aNewerCursorForTheSameRowWins()
    {
        KeysetCursors cursors;
        cursors.put(99, cursorOf(990));
        cursors.put(99, cursorOf(995));
        QCOMPARE(valueOf(cursors.nearestBefore(100).cursor), 995);
    }

    void clearForgetsEveryCursor()
    {
        // A new sort order or filter: the old cursors mark nothing in it.
        KeysetCursors cursors;
        cursors.put(99, cursorOf(990));
        cursors.put(199, cursorOf(1990));
        cursors.clear();
        QCOMPARE(cursors.nearestBefore(500).afterRow, -1);
        QVERIFY(cursors.nearestBefore(500).cursor.isStart());
    }

    void insertionMovesTheCursorsAfterIt_data()
    {
        QTest::addColumn<int>("insertedAt");
        QTest::addColumn<int>("expectedAfterRow");

        // One cursor after row 99 (value 990).
        QTest::newRow("above the cursor's row") << 10 << 100;
        QTest::newRow("at the cursor's row (before it)") << 99 << 100;
        QTest::newRow("right after the cursor") << 100 << 99;
        QTest::newRow("far below") << 5000 << 99;
    }

    void insertionMovesTheCursorsAfterIt()
    {
        QFETCH(int, insertedAt);
        QFETCH(int, expectedAfterRow);
        KeysetCursors cursors;
        cursors.put(99, cursorOf(990));
        cursors.rowInserted(insertedAt);
        const KeysetCursors::Start start = cursors.nearestBefore(1000);
        QCOMPARE(start.afterRow, expectedAfterRow);
        QCOMPARE(valueOf(start.cursor), 990);
    }

    void removalMovesTheCursorsAfterIt()
    {
        KeysetCursors cursors;
        cursors.put(99, cursorOf(990));
        cursors.put(199, cursorOf(1990));
        cursors.rowRemoved(150);
        QCOMPARE(cursors.nearestBefore(150).afterRow, 99);
        const KeysetCursors::Start second = cursors.nearestBefore(1000);
        QCOMPARE(second.afterRow, 198);
        QCOMPARE(valueOf(second.cursor), 1990);
    }

    void removingTheCursorsRowFallsBackToTheOneBefore()
    {
        // The cursor's own row goes: the page after it is read from the
        // closest boundary before, skipping the rows in between.
        KeysetCursors cursors;
        cursors.put(49, cursorOf(490));
        cursors.put(99, cursorOf(990));
        cursors.rowRemoved(99);
        const KeysetCursors::Start start = cursors.nearestBefore(99);
        QCOMPARE(start.afterRow, 49);
        QCOMPARE(valueOf(start.cursor), 490);
    }

    void insertionWhereARemovedCursorWasStartsItsPageRight()
    {
        // Rows valued 0, 10, … 990. The cursor after row 50 (value 500);
        // row 50 is deleted, then an item valued 495 is added: it sorts
        // between 490 and the old 500, at row 50. A page starting at row 51
        // must not be read after 500 as if 495 came after it.
        View view;
        for (int i = 0; i < 100; ++i)
            view.values.append(i * 10);
        view.learn(20);
        view.learn(50);
        view.remove(50);
        view.insert(495);
        QCOMPARE(view.check(), QString());
    }

    void removingTheFirstRowUnderATopCursor()
    {
        // A cursor after row 0 whose row goes marks the top of the view.
        KeysetCursors cursors;
        cursors.put(0, cursorOf(0));
        cursors.rowRemoved(0);
        const KeysetCursors::Start start = cursors.nearestBefore(5);
        QCOMPARE(start.afterRow, -1);
        QVERIFY(start.cursor.isStart());
    }

    void cursorsStayTrueThroughEdits()
    {
        // A model of a view being edited at random: after every insertion
        // and removal, every cursor the pager could pick still starts its
        // page at the right row.
        View view;
        for (int i = 0; i < 1000; ++i)
            view.values.append(i * 10);
        for (int row = 49; row < 1000; row += 50)
            view.learn(row);
        QCOMPARE(view.check(), QString());

        QRandomGenerator random(1234);
        for (int step = 0; step < 2000; ++step) {
            const quint32 what = random.bounded(10);
            if (what < 4 && !view.values.isEmpty()) {
                view.remove(int(random.bounded(quint32(view.values.size()))));
            } else if (what < 8) {
                int value = 0;
                do
                    value = int(random.bounded(100000));
                while (std::binary_search(view.values.cbegin(), view.values.cend(), value));
                view.insert(value);
            } else if (!view.values.isEmpty()) {
                // A page read later teaches a new cursor.
                view.learn(int(random.bounded(quint32(view.values.size()))));
            }
            const QString wrong = view.check();
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(wrong)));
        }
        // The edits did not make the pager forget where pages begin.
        QVERIFY(view.cursors.nearestBefore(int(view.values.size())).afterRow > int(view.values.size()) / 2);
    }
};

QTEST_APPLESS_MAIN(TestKeysetCursors)
#include "tst_keysetcursors.moc"
