#include "core/Enums.h"

#include <QCoreApplication>
#include <QTest>

using namespace omt;

class TestEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyValueRoundTrips()
    {
        for (MediaType type : allValues<MediaType>())
            QCOMPARE(fromDbString<MediaType>(toDbString(type)).value(), type);
        for (Status status : allValues<Status>())
            QCOMPARE(fromDbString<Status>(toDbString(status)).value(), status);
        for (RelationType type : allValues<RelationType>())
            QCOMPARE(fromDbString<RelationType>(toDbString(type)).value(), type);
        QCOMPARE(allValues<MediaType>().size(), 11);
        QCOMPARE(toDbString(MediaType::TvShow), QStringLiteral("tv_show"));
        QCOMPARE(toDbString(Status::InProgress), QStringLiteral("in_progress"));
    }

    void unknownSpellingNamesTheAllowedOnes()
    {
        const auto status = fromDbString<Status>(QStringLiteral("finished"));
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::InvalidInput);
        QVERIFY(status.error().message.contains(QStringLiteral("finished")));
        QVERIFY(status.error().message.contains(QStringLiteral("completed")));
    }

    void progressUnitsFitTheMedia()
    {
        QCOMPARE(progressUnit(MediaType::Book), ProgressUnit::Pages);
        QCOMPARE(progressUnit(MediaType::TvShow), ProgressUnit::Episodes);
        QCOMPARE(progressUnit(MediaType::Manga), ProgressUnit::Chapters);
        QCOMPARE(progressTotalAttribute(MediaType::Anime), QStringLiteral("episodes"));
        QVERIFY(progressTotalAttribute(MediaType::Game).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
