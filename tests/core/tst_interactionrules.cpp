#include "core/InteractionRules.h"

#include <QTest>
#include <QTimeZone>

using namespace omt;

class TestInteractionRules : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), QTimeZone::utc());

private Q_SLOTS:
    void startingSetsStartedAt()
    {
        InteractionPatch patch;
        patch.status = Status::InProgress;
        const auto next = InteractionRules::apply(Interaction {}, patch, m_now);
        QVERIFY(next);
        QCOMPARE(next->startedAt, m_now);
        QVERIFY(!next->completedAt.isValid());
    }

    void restartingKeepsTheFirstStart()
    {
        Interaction current;
        current.status = Status::OnHold;
        current.startedAt = m_now.addDays(-10);
        InteractionPatch patch;
        patch.status = Status::InProgress;
        const auto next = InteractionRules::apply(current, patch, m_now);
        QVERIFY(next);
        QCOMPARE(next->startedAt, m_now.addDays(-10));
    }

    void startingAgainAfterCompletingIsANewPass()
    {
        // A finished book without a recorded start, read again.
        Interaction current;
        current.status = Status::Completed;
        current.completedAt = m_now.addDays(-30);
        InteractionPatch patch;
        patch.status = Status::InProgress;
        const auto next = InteractionRules::apply(current, patch, m_now);
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        QCOMPARE(next->startedAt, m_now);
        QVERIFY(!next->completedAt.isValid());
    }

    void completingSetsCompletedAt()
    {
        Interaction current;
        current.status = Status::InProgress;
        current.startedAt = m_now.addDays(-3);
        InteractionPatch patch;
        patch.status = Status::Completed;
        const auto next = InteractionRules::apply(current, patch, m_now);
        QVERIFY(next);
        QCOMPARE(next->completedAt, m_now);
        QCOMPARE(next->startedAt, m_now.addDays(-3));
    }

    void explicitDatesWin()
    {
        InteractionPatch patch;
        patch.status = Status::Completed;
        patch.completedAt = m_now.addDays(-1);
        const auto next = InteractionRules::apply(Interaction {}, patch, m_now);
        QVERIFY(next);
        QCOMPARE(next->completedAt, m_now.addDays(-1));
    }

    void sameStatusTouchesNoDate()
    {
        Interaction current;
        current.status = Status::Completed;
        current.completedAt = m_now.addDays(-30);
        InteractionPatch patch;
        patch.status = Status::Completed;
        patch.rating = 9;
        const auto next = InteractionRules::apply(current, patch, m_now);
        QVERIFY(next);
        QCOMPARE(next->completedAt, m_now.addDays(-30));
        QCOMPARE(next->rating, std::optional<int>(9));
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("progress");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("rating 0") << 0 << 1 << QStringLiteral("rating");
        QTest::newRow("rating 11") << 11 << 1 << QStringLiteral("rating");
        QTest::newRow("negative progress") << 5 << -1 << QStringLiteral("Progress");
    }
    void refusesInvalidValues()
    {
        QFETCH(int, rating);
        QFETCH(int, progress);
        QFETCH(QString, mentions);
        InteractionPatch patch;
        patch.rating = rating;
        patch.progress = progress;
        const auto next = InteractionRules::apply(Interaction {}, patch, m_now);
        QVERIFY(!next);
        QCOMPARE(next.error().code, Error::Code::InvalidInput);
        QVERIFY2(next.error().message.contains(mentions), qPrintable(next.error().message));
    }

    void clearingTheRating()
    {
        Interaction current;
        current.rating = 7;
        InteractionPatch patch;
        patch.rating = std::optional<int>();
        const auto next = InteractionRules::apply(current, patch, m_now);
        QVERIFY(next);
        QVERIFY(!next->rating.has_value());
    }

    void refusesCompletionBeforeStart()
    {
        InteractionPatch patch;
        patch.startedAt = m_now;
        patch.completedAt = m_now.addDays(-1);
        const auto next = InteractionRules::apply(Interaction {}, patch, m_now);
        QVERIFY(!next);
        QCOMPARE(next.error().code, Error::Code::InvalidInput);
    }
};

QTEST_APPLESS_MAIN(TestInteractionRules)
#include "tst_interactionrules.moc"
