#include "core/ListPositions.h"

#include <QTest>

using namespace omt;

class TestListPositions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAfterTheLast()
    {
        const auto positions = ListPositions::between(4096, std::nullopt, 2);
        QVERIFY(positions);
        QCOMPARE(*positions, (QList<qint64> { 4096 + 1024, 4096 + 2048 }));
    }

    void prependsBeforeTheFirst()
    {
        const auto positions = ListPositions::between(std::nullopt, 1024, 2);
        QVERIFY(positions);
        QCOMPARE(*positions, (QList<qint64> { -1024, 0 }));
    }

    void splitsTheGapEvenly()
    {
        const auto positions = ListPositions::between(1024, 2048, 3);
        QVERIFY(positions);
        QCOMPARE(*positions, (QList<qint64> { 1280, 1536, 1792 }));
    }

    void reportsAnExhaustedGap()
    {
        QVERIFY(ListPositions::between(10, 11, 1) == std::nullopt);
        QVERIFY(ListPositions::between(10, 12, 2) == std::nullopt);
        QVERIFY(ListPositions::between(10, 12, 1).has_value());
    }

    void halvingSurvivesTenMovesIntoTheSameGap()
    {
        qint64 low = 1024;
        const qint64 high = 2048;
        for (int move = 0; move < 9; ++move) {
            const auto positions = ListPositions::between(low, high, 1);
            QVERIFY2(positions, qPrintable(QStringLiteral("move %1").arg(move)));
            QVERIFY(positions->first() > low && positions->first() < high);
            low = positions->first();
        }
    }

    void renumbersWithFullSteps()
    {
        QCOMPARE(ListPositions::renumbered(3), (QList<qint64> { 1024, 2048, 3072 }));
    }
};

QTEST_APPLESS_MAIN(TestListPositions)
#include "tst_listpositions.moc"
