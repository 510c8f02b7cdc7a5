// Every reader against seeded mutations of the sample exports: flipped and
// dropped bytes, stray quotes, delimiters and line breaks, cut-off files,
// repeated chunks, invalid UTF-8. Each must end with items, problems or a
// failure that says why: never a crash, a hang or a silent partial read.
// The seed and the count are fixed, so a failure can be replayed.

#include "core/DeterministicRandom.h"
#include "importexport/ImportFormats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

namespace {

constexpr int MutationsPerSample = 400;
constexpr quint64 Seed = 20261208;

QByteArray mutated(QByteArray bytes, DeterministicRandom &rng)
{
    static const char *const Inserts[] = { "\"", ",", ";", "\t", "\r", "\n", "\r\n", "\"\"", "\xEF\xBB\xBF",
        "\xC3", "\xFF", "\x80", "=\"", "(#", "-", "/", "\0" };
    const int edits = rng.between(1, 6);
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const auto at = qsizetype(rng.below(quint64(bytes.size())));
        switch (rng.below(7)) {
        case 0: bytes[at] = char(bytes.at(at) ^ char(1 << rng.below(8))); break;
        case 1: bytes.remove(at, rng.between(1, 16)); break;
        case 2: {
            const char *insert = rng.pick(Inserts);
            bytes.insert(at, insert, qsizetype(qMax<size_t>(1, strlen(insert))));
            break;
        }
        case 3: bytes.truncate(at); break;
        case 4: bytes.insert(at, bytes.mid(at, rng.between(1, 200))); break;
        case 5: bytes.insert(at, QByteArray(rng.between(1, 64), '"')); break;
        default: bytes.insert(at, QByteArray(rng.between(1, 8), char(rng.below(256)))); break;
        }
    }
    return bytes;
}

} // namespace

class TestImportFuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void readersSurviveMutatedFiles_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("format");
        const QString data = QStringLiteral(OMT_IMPORT_DATA);
        QTest::newRow("goodreads") << data + QStringLiteral("/goodreads_library_export.csv")
                                   << int(ImportFormat::Goodreads);
        QTest::newRow("goodreads, Windows-1252")
            << data + QStringLiteral("/goodreads_old_windows1252.csv") << int(ImportFormat::Goodreads);
        QTest::newRow("storygraph") << data + QStringLiteral("/storygraph_export.csv")
                                    << int(ImportFormat::StoryGraph);
        QTest::newRow("imdb ratings")
            << data + QStringLiteral("/imdb_ratings.csv") << int(ImportFormat::Imdb);
        QTest::newRow("imdb list") << data + QStringLiteral("/Comfort films.csv") << int(ImportFormat::Imdb);
    }
    void readersSurviveMutatedFiles()
    {
        QFETCH(QString, sample);
        QFETCH(int, format);
        QVERIFY(m_dir.isValid());
        QFile original(sample);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString path = m_dir.filePath(QFileInfo(sample).fileName());
        DeterministicRandom rng(Seed + quint64(qHash(sample)));
        int opened = 0;
        int failed = 0;
        qint64 items = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < MutationsPerSample; ++i) {
            const QByteArray input = mutated(bytes, rng);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(input);
            file.close();

            // Telling the format never crashes either.
            (void)ImportFormats::detect(path);
            std::unique_ptr<ImportReader> reader = ImportFormats::reader(ImportFormat(format), path);
            if (!reader->open()) {
                ++failed;
                continue;
            }
            ++opened;
            // A file of N bytes holds fewer than N rows: reading must end.
            for (int round = 0; round <= input.size(); ++round) {
                const QList<ImportedItem> batch = reader->read(3);
                items += batch.size();
                for (const ImportedItem &item : batch) {
                    QVERIFY(!item.media.title.trimmed().isEmpty());
                    QVERIFY(item.line > 0);
                    if (item.interaction && item.interaction->rating)
                        QVERIFY(*item.interaction->rating >= 1 && *item.interaction->rating <= 10);
                }
                if (batch.isEmpty())
                    break;
            }
            QVERIFY(reader->read(3).isEmpty());
            if (reader->failure())
                QVERIFY(!reader->failure()->message.isEmpty());
            for (const ImportProblem &problem : reader->problems())
                QVERIFY(!problem.message.isEmpty() && problem.line > 0);
        }
        qInfo("%d mutations: %d opened (%lld items), %d refused, in %lld ms", MutationsPerSample, opened,
            items, failed, timer.elapsed());
        // The mutations must exercise both sides.
        QVERIFY(opened > MutationsPerSample / 4);
    }
};

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "tst_importfuzz.moc"
