#include "importexport/ImdbReader.h"
#include "importexport/ImportFormats.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace omt;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(OMT_IMPORT_DATA "/") + QString::fromLatin1(name);
}

QList<ImportedItem> readAll(ImdbReader &reader)
{
    if (!reader.open())
        return {};
    return reader.read(100);
}

} // namespace

class TestImdbReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRatingsInBothHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("newer, all quoted, TV Series") << sample("imdb_ratings.csv");
        QTest::newRow("older, tvSeries, no Original Title") << sample("imdb_ratings_old.csv");
    }
    void readsRatingsInBothHeaders()
    {
        QFETCH(QString, file);
        ImdbReader reader(file);
        const QList<ImportedItem> items = readAll(reader);
        QVERIFY(items.size() >= 2);
        const ImportedItem &matrix = items.at(0);
        QCOMPARE(matrix.media.title, QStringLiteral("The Matrix"));
        QCOMPARE(matrix.media.type, MediaType::Film);
        QCOMPARE(matrix.media.releaseDate, QDate(1999, 3, 24));
        QCOMPARE(matrix.media.creators,
            QStringList({ QStringLiteral("Lana Wachowski"), QStringLiteral("Lilly Wachowski") }));
        QCOMPARE(matrix.media.attributes.value(QStringLiteral("runtime_minutes")).toInt(), 136);
        QCOMPARE(matrix.media.attributes.value(QStringLiteral("genres")).toArray().size(), 2);
        QCOMPARE(matrix.identifiers.size(), 1);
        QCOMPARE(matrix.identifiers.first().source, QStringLiteral("imdb"));
        QCOMPARE(matrix.identifiers.first().externalKey, QStringLiteral("tt0133093"));
        QCOMPARE(matrix.interaction->status, Status::Completed);
        QCOMPARE(matrix.interaction->rating, 9);
        QCOMPARE(matrix.asOf, QDateTime(QDate(2020, 5, 1), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(matrix.lists.isEmpty());
        const ImportedItem &breakingBad = items.at(1);
        QCOMPARE(breakingBad.media.type, MediaType::TvShow);
        QCOMPARE(breakingBad.interaction->rating, 10);
    }

    void leavesEpisodesOutAndSaysSo()
    {
        ImdbReader reader(sample("imdb_ratings.csv"));
        const QList<ImportedItem> items = readAll(reader);
        QCOMPARE(items.size(), 3);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems().first().line, 4);
        QVERIFY2(reader.problems().first().message.contains(QStringLiteral("TV Episode")),
            qPrintable(reader.problems().first().message));
        // What no field holds is kept, such as the original title.
        QCOMPARE(items.at(2).sourceRow.value(QStringLiteral("Original Title")).toString(),
            QStringLiteral("Sen to Chihiro no kamikakushi"));
    }

    void theWatchlistIsWhatIsPlanned()
    {
        ImdbReader reader(sample("WATCHLIST.csv"));
        const QList<ImportedItem> items = readAll(reader);
        QCOMPARE(items.size(), 2);
        for (const ImportedItem &item : items) {
            QVERIFY(item.interaction);
            QCOMPARE(item.interaction->status, Status::Planned);
            QVERIFY(item.lists.isEmpty());
        }
        QCOMPARE(items.at(1).media.type, MediaType::TvShow);
    }

    void anotherListIsAListInItsOrder()
    {
        ImdbReader reader(sample("Comfort films.csv"));
        const QList<ImportedItem> items = readAll(reader);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).lists, QList<ImportedListEntry>({ { QStringLiteral("Comfort films"), 2 } }));
        QCOMPARE(items.at(1).lists, QList<ImportedListEntry>({ { QStringLiteral("Comfort films"), 1 } }));
        // A rating in a list is a title watched; an unrated one says nothing about it.
        QCOMPARE(items.at(0).interaction->rating, 9);
        QVERIFY(!items.at(1).interaction);
    }

    void isDetected()
    {
        for (const char *file : { "imdb_ratings.csv", "imdb_ratings_old.csv", "WATCHLIST.csv" }) {
            auto format = ImportFormats::detect(sample(file));
            QVERIFY2(format, file);
            QCOMPARE(*format, ImportFormat::Imdb);
        }
    }
};

QTEST_GUILESS_MAIN(TestImdbReader)
#include "tst_imdbreader.moc"
