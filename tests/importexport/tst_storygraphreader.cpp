#include "importexport/ImportFormats.h"
#include "importexport/StoryGraphReader.h"

#include <QTest>
#include <QTimeZone>

using namespace omt;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(OMT_IMPORT_DATA "/") + QString::fromLatin1(name);
}

QDateTime noon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
}

} // namespace

class TestStoryGraphReader : public QObject
{
    Q_OBJECT

    QList<ImportedItem> m_items;
    std::unique_ptr<StoryGraphReader> m_reader;

    const ImportedItem &item(const QString &title)
    {
        for (const ImportedItem &i : std::as_const(m_items)) {
            if (i.media.title == title)
                return i;
        }
        qFatal("no item %s", qPrintable(title));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_reader = std::make_unique<StoryGraphReader>(sample("storygraph_export.csv"));
        QVERIFY(m_reader->open());
        m_items = m_reader->read(100);
        QVERIFY(!m_reader->failure());
    }

    void readsEveryRow() { QCOMPARE(m_items.size(), 6); }

    void readsRatingsInQuarterStarsAsHalfStars()
    {
        QCOMPARE(item(QStringLiteral("Piranesi")).interaction->rating, 8);          // 3.75
        QCOMPARE(item(QStringLiteral("Project Hail Mary")).interaction->rating, 8); // 4.0
        QCOMPARE(item(QStringLiteral("The Goldfinch")).interaction->rating, 8);     // 4
        QCOMPARE(item(QStringLiteral("Dune")).interaction->rating, std::nullopt);
        // The rating as written stays with the row.
        QCOMPARE(item(QStringLiteral("Piranesi")).sourceRow.value(QStringLiteral("Star Rating")).toString(),
            QStringLiteral("3.75"));
    }

    void readsStatusesAndTheLastReading()
    {
        const ImportedItem &piranesi = item(QStringLiteral("Piranesi"));
        QCOMPARE(piranesi.interaction->status, Status::Completed);
        QCOMPARE(piranesi.interaction->startedAt, noon(2021, 3, 1));
        QCOMPARE(piranesi.interaction->completedAt, noon(2021, 3, 15));
        QCOMPARE(piranesi.interaction->metaSnapshot.value(QStringLiteral("times_completed")).toInt(), 2);
        QCOMPARE(piranesi.interaction->notes, QStringLiteral("Strange and\nbeautiful."));
        QCOMPARE(piranesi.asOf, noon(2021, 3, 15));
        QCOMPARE(piranesi.lists,
            QList<ImportedListEntry>(
                { { QStringLiteral("favorites"), 0 }, { QStringLiteral("fantasy"), 0 } }));
        QCOMPARE(piranesi.sourceRow.value(QStringLiteral("Moods")).toString(),
            QStringLiteral("mysterious, reflective"));

        const ImportedItem &hailMary = item(QStringLiteral("Project Hail Mary"));
        QCOMPARE(hailMary.interaction->status, Status::InProgress);
        QCOMPARE(hailMary.media.type, MediaType::Audiobook);
        QCOMPARE(hailMary.interaction->startedAt, noon(2023, 5, 1));
        QVERIFY(!hailMary.interaction->completedAt.isValid());
        // An ASIN is an identifier of its own.
        QCOMPARE(hailMary.identifiers.size(), 1);
        QCOMPARE(hailMary.identifiers.first().source, QStringLiteral("asin"));

        QCOMPARE(item(QStringLiteral("The Goldfinch")).interaction->status, Status::Dropped);
        const ImportedItem &dune = item(QStringLiteral("Dune"));
        QCOMPARE(dune.interaction->status, Status::Planned);
        QCOMPARE(dune.media.creators,
            QStringList({ QStringLiteral("Frank Herbert"), QStringLiteral("Brian Herbert") }));
        QCOMPARE(dune.identifiers.first().externalKey, QStringLiteral("9780441013593"));
        // Finished on "Last Date Read" when "Dates Read" is empty.
        QCOMPARE(item(QStringLiteral("Circe")).interaction->completedAt, noon(2022, 8, 1));
    }

    void reportsWhatItCannotTake()
    {
        const QList<ImportProblem> problems = m_reader->problems();
        QCOMPARE(problems.size(), 2);
        // Lines as in the file: the first row's review spans two.
        QCOMPARE(problems.at(0).line, 7);
        QVERIFY2(
            problems.at(0).message.contains(QStringLiteral("“five”")), qPrintable(problems.at(0).message));
        QCOMPARE(problems.at(1).line, 8);
        QVERIFY2(problems.at(1).message.contains(QStringLiteral("abandoned-forever")),
            qPrintable(problems.at(1).message));
        QCOMPARE(item(QStringLiteral("Beloved")).interaction->status, Status::Planned);
    }

    void isDetected()
    {
        auto format = ImportFormats::detect(sample("storygraph_export.csv"));
        QVERIFY(format);
        QCOMPARE(*format, ImportFormat::StoryGraph);
    }
};

QTEST_GUILESS_MAIN(TestStoryGraphReader)
#include "tst_storygraphreader.moc"
