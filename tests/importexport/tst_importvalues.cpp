#include "importexport/ImportDates.h"
#include "importexport/Isbn.h"

#include <QTest>

using namespace omt;
using Precision = ImportDates::ParsedDate::Precision;

class TestImportValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDatesInTheFormsExportsWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("unreadable");
        const int day = int(Precision::Day);
        QTest::newRow("ISO") << QStringLiteral("2021-03-04") << QDate(2021, 3, 4) << day << false;
        QTest::newRow("slashes") << QStringLiteral("2021/03/04") << QDate(2021, 3, 4) << day << false;
        QTest::newRow("one digit") << QStringLiteral("2021/3/4") << QDate(2021, 3, 4) << day << false;
        QTest::newRow("with time") << QStringLiteral("2021-03-04T20:15:00.000Z") << QDate(2021, 3, 4) << day
                                   << false;
        QTest::newRow("with offset") << QStringLiteral("2021-03-04 20:15:00 +01:00") << QDate(2021, 3, 4)
                                     << day << false;
        QTest::newRow("month") << QStringLiteral("2021-03") << QDate(2021, 3, 1) << int(Precision::Month)
                               << false;
        QTest::newRow("year") << QStringLiteral(" 2015 ") << QDate(2015, 1, 1) << int(Precision::Year)
                              << false;
        QTest::newRow("MAL year only")
            << QStringLiteral("2015-00-00") << QDate(2015, 1, 1) << int(Precision::Year) << false;
        QTest::newRow("MAL unset") << QStringLiteral("0000-00-00") << QDate() << day << false;
        QTest::newRow("empty") << QString() << QDate() << day << false;
        QTest::newRow("no such day") << QStringLiteral("2022/31/12") << QDate() << day << true;
        QTest::newRow("February 30") << QStringLiteral("2021-02-30") << QDate() << day << true;
        QTest::newRow("words") << QStringLiteral("last summer") << QDate() << day << true;
        QTest::newRow("US order") << QStringLiteral("03/04/2021") << QDate() << day << true;
        QTest::newRow("trailing junk") << QStringLiteral("2021-03-04x") << QDate() << day << true;
        QTest::newRow("year 20000") << QStringLiteral("20000") << QDate() << day << true;
        QTest::newRow("year 0999") << QStringLiteral("0999-01-01") << QDate() << day << true;
    }
    void readsDatesInTheFormsExportsWrite()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(int, precision);
        QFETCH(bool, unreadable);
        const ImportDates::ParsedDate parsed = ImportDates::parse(text);
        QCOMPARE(parsed.date, date);
        QCOMPARE(parsed.unreadable, unreadable);
        if (date.isValid())
            QCOMPARE(int(parsed.precision), precision);
    }

    void aDayIsNoonUtc()
    {
        QCOMPARE(ImportDates::moment(QDate(2021, 3, 4)).toUTC(),
            QDateTime::fromString(QStringLiteral("2021-03-04T12:00:00Z"), Qt::ISODate));
        QVERIFY(!ImportDates::moment(QDate()).isValid());
    }

    void normalisesIsbns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("isbn13");
        QTest::newRow("ISBN-13") << QStringLiteral("9780756404734") << QStringLiteral("9780756404734");
        QTest::newRow("ISBN-10") << QStringLiteral("0756404738") << QStringLiteral("9780756404734");
        QTest::newRow("X check digit") << QStringLiteral("043965548X") << QStringLiteral("9780439655484");
        QTest::newRow("Goodreads quoting")
            << QStringLiteral("=\"0756404738\"") << QStringLiteral("9780756404734");
        QTest::newRow("hyphens") << QStringLiteral("978-0-7564-0473-4") << QStringLiteral("9780756404734");
        QTest::newRow("979 prefix") << QStringLiteral("9791032305690") << QStringLiteral("9791032305690");
        QTest::newRow("empty quoting") << QStringLiteral("=\"\"") << QString();
        QTest::newRow("wrong check digit") << QStringLiteral("9780756404735") << QString();
        QTest::newRow("wrong ISBN-10 check") << QStringLiteral("0756404739") << QString();
        QTest::newRow("ASIN") << QStringLiteral("B00ABCDE12") << QString();
        QTest::newRow("too short") << QStringLiteral("12345") << QString();
        QTest::newRow("not a bookland EAN") << QStringLiteral("4006381333931") << QString();
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("٩٧٨٠٧٥٦٤٠٤٧٣٤") << QString();
    }
    void normalisesIsbns()
    {
        QFETCH(QString, text);
        QFETCH(QString, isbn13);
        QCOMPARE(Isbn::normalized(text), isbn13);
    }
};

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
