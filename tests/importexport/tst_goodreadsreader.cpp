#include "importexport/GoodreadsReader.h"
#include "importexport/ImportFormats.h"

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

QStringList identifiers(const ImportedItem &item)
{
    QStringList names;
    for (const ExternalLink &link : item.identifiers)
        names.append(link.source + QLatin1Char(':') + link.externalKey);
    return names;
}

} // namespace

class TestGoodreadsReader : public QObject
{
    Q_OBJECT

    QList<ImportedItem> m_items;
    std::unique_ptr<GoodreadsReader> m_reader;

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
        m_reader = std::make_unique<GoodreadsReader>(sample("goodreads_library_export.csv"));
        QVERIFY(m_reader->open());
        // A batch smaller than the file: reading goes on where it stopped.
        m_items = m_reader->read(2);
        QCOMPARE(m_items.size(), 2);
        m_items += m_reader->read(100);
        QVERIFY(m_reader->read(100).isEmpty());
        QVERIFY(!m_reader->failure());
    }

    void readsEveryRowWithATitle() { QCOMPARE(m_items.size(), 5); }

    void readsTheCatalogueFacts()
    {
        const ImportedItem &wind
            = item(QStringLiteral("The Name of the Wind (The Kingkiller Chronicle, #1)"));
        QCOMPARE(wind.media.type, MediaType::Book);
        QCOMPARE(wind.media.creators, QStringList { QStringLiteral("Patrick Rothfuss") });
        QCOMPARE(wind.media.releaseDate, QDate(2007, 1, 1));
        QCOMPARE(wind.media.attributes.value(QStringLiteral("pages")).toInt(), 662);
        QCOMPARE(wind.line, 2);
        // ISBNs come wrapped as ="…"; the ISBN-13 is kept.
        QCOMPARE(identifiers(wind),
            QStringList({ QStringLiteral("goodreads:186074"), QStringLiteral("isbn:9780756404734") }));

        const ImportedItem &potter = item(QStringLiteral("Harry Potter and the Sorcerer's Stone"));
        // The original publication year, not the edition's.
        QCOMPARE(potter.media.releaseDate, QDate(1997, 1, 1));
        QCOMPARE(potter.media.creators,
            QStringList({ QStringLiteral("J.K. Rowling"), QStringLiteral("Mary GrandPré") }));
        // Empty ISBNs (="") are none.
        QCOMPARE(identifiers(item(QStringLiteral("The Hobbit"))),
            QStringList { QStringLiteral("goodreads:5907") });
        // An audio binding makes an audiobook.
        QCOMPARE(item(QStringLiteral("Project Hail Mary")).media.type, MediaType::Audiobook);
    }

    void readsThePersonsState()
    {
        const ImportedItem &wind
            = item(QStringLiteral("The Name of the Wind (The Kingkiller Chronicle, #1)"));
        QVERIFY(wind.interaction);
        QCOMPARE(wind.interaction->status, Status::Completed);
        QCOMPARE(wind.interaction->rating, 10);
        QCOMPARE(wind.interaction->completedAt, noon(2019, 3, 14));
        QCOMPARE(wind.interaction->progress, 662);
        QCOMPARE(wind.interaction->metaSnapshot.value(QStringLiteral("times_completed")).toInt(), 2);
        // The review's HTML becomes text; the private notes follow it.
        QCOMPARE(wind.interaction->notes,
            QStringLiteral("A slow start.\n\nThen \"wow\", and a second line\n\nLent to Sam"));
        QCOMPARE(wind.asOf, noon(2019, 3, 14));
        // What no field holds is kept from the row, and the review as written
        // when it was HTML; what fields hold is not stored twice.
        QCOMPARE(wind.sourceRow.value(QStringLiteral("Average Rating")).toString(), QStringLiteral("4.52"));
        QCOMPARE(wind.sourceRow.value(QStringLiteral("Year Published")).toString(), QStringLiteral("2007"));
        QCOMPARE(wind.sourceRow.value(QStringLiteral("My Review")).toString(),
            QStringLiteral("A slow start.<br/><br/>Then &quot;wow&quot;, and a second line"));
        QVERIFY(!wind.sourceRow.contains(QStringLiteral("Book Id")));
        QVERIFY(!wind.sourceRow.contains(QStringLiteral("Title")));
        QVERIFY(!item(QStringLiteral("Das Parfum: Die Geschichte eines Mörders"))
                     .sourceRow.contains(QStringLiteral("My Review")));

        const ImportedItem &hobbit = item(QStringLiteral("The Hobbit"));
        QCOMPARE(hobbit.interaction->status, Status::Planned);
        QCOMPARE(hobbit.interaction->rating, std::nullopt); // 0 stars: unrated
        QCOMPARE(hobbit.asOf, noon(2020, 1, 5));            // only added

        // A shelf people make for what they gave up, with a coarse date.
        const ImportedItem &potter = item(QStringLiteral("Harry Potter and the Sorcerer's Stone"));
        QCOMPARE(potter.interaction->status, Status::Dropped);
        QCOMPARE(potter.asOf, noon(2015, 1, 1));

        const ImportedItem &parfum = item(QStringLiteral("Das Parfum: Die Geschichte eines Mörders"));
        QCOMPARE(parfum.interaction->status, Status::InProgress);
        QCOMPARE(parfum.interaction->notes, QStringLiteral("Mehrzeilig\nzweite Zeile"));
    }

    void shelvesBecomeListsInTheirOrder()
    {
        const ImportedItem &wind
            = item(QStringLiteral("The Name of the Wind (The Kingkiller Chronicle, #1)"));
        QCOMPARE(wind.lists,
            QList<ImportedListEntry>(
                { { QStringLiteral("fantasy"), 2 }, { QStringLiteral("favorites"), 1 } }));
        // Status shelves are no lists.
        QVERIFY(item(QStringLiteral("The Hobbit")).lists.isEmpty());
        QVERIFY(item(QStringLiteral("Harry Potter and the Sorcerer's Stone")).lists.isEmpty());
        // A shelf only the plain column names is not lost.
        QCOMPARE(item(QStringLiteral("Project Hail Mary")).lists,
            QList<ImportedListEntry>(
                { { QStringLiteral("favorites"), 2 }, { QStringLiteral("audio-dnf"), 0 } }));
    }

    void reportsRowsItCannotTakeWithTheirLine()
    {
        const QList<ImportProblem> problems = m_reader->problems();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).file, QStringLiteral("goodreads_library_export.csv"));
        QCOMPARE(problems.at(0).line, 7);
        QVERIFY(problems.at(0).message.contains(QStringLiteral("no title")));
        QCOMPARE(problems.at(1).line, 8);
        QVERIFY(problems.at(1).message.contains(QStringLiteral("2022/31/12")));
        // The row with the bad date is imported without it.
        QVERIFY(!item(QStringLiteral("Project Hail Mary")).interaction->completedAt.isValid());
    }

    void readsTheOlderExportSavedBySpreadsheet()
    {
        GoodreadsReader reader(sample("goodreads_old_windows1252.csv"));
        QVERIFY(reader.open());
        const QList<ImportedItem> items = reader.read(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().media.creators, QStringList { QStringLiteral("Patrick Süskind") });
        QCOMPARE(items.first().interaction->notes, QStringLiteral("Großartig – wirklich"));
        QCOMPARE(items.first().interaction->rating, 8);
        QCOMPARE(reader.notices().size(), 2); // Windows-1252, semicolons
        QVERIFY(reader.notices().first().contains(QStringLiteral("Windows-1252")));
        QVERIFY(reader.problems().isEmpty());
    }

    void refusesAnotherKindOfFile()
    {
        GoodreadsReader reader(sample("letterboxd_diary.csv"));
        const auto opened = reader.open();
        QVERIFY(!opened);
        QVERIFY2(
            opened.error().message.contains(QStringLiteral("Book Id")), qPrintable(opened.error().message));
        QVERIFY(!GoodreadsReader(sample("no such file.csv")).open());
    }

    void formatIsDetectedByContent()
    {
        auto detected = ImportFormats::detect(sample("goodreads_old_windows1252.csv"));
        QVERIFY(detected);
        QCOMPARE(*detected, ImportFormat::Goodreads);
        QVERIFY(!ImportFormats::detect(sample("letterboxd_diary.csv")));
    }
};

QTEST_GUILESS_MAIN(TestGoodreadsReader)
#include "tst_goodreadsreader.moc"
