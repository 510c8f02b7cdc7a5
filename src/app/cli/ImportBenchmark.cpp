#include "ImportBenchmark.h"

#include "core/DeterministicRandom.h"
#include "importexport/GoodreadsReader.h"
#include "storage/LibraryImport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace omt {

namespace {

const char *const Header
    = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,"
      "Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
      "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
      "Private Notes,Read Count,Owned Copies";

constexpr const char *Words[] = { "Night", "River", "Glass", "Winter", "Empire", "Garden", "Shadow", "Harbor",
    "Letters", "Silence", "Orchard", "Machine" };
constexpr const char *Shelves[] = { "favorites", "fantasy", "science-fiction", "book-club", "classics",
    "non-fiction", "owned", "kindle", "re-read", "poetry" };

QString isbn13(quint64 number)
{
    const QString body = QStringLiteral("978%1").arg(number % 1000000000, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

QString slashDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy/MM/dd"));
}

double rowsPerSecond(qint64 rows, qint64 nanoseconds)
{
    return nanoseconds > 0 ? std::round(double(rows) * 1e9 / double(nanoseconds)) : 0;
}

} // namespace

ImportBenchmark::ImportBenchmark(Database &database, QUuid userId, StorageBenchmark::Report report)
    : m_database(database)
    , m_userId(userId)
    , m_report(std::move(report))
{ }

Result<void> ImportBenchmark::writeExport(const QString &path, int rows, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error { Error::Code::Io, tr("Could not write “%1”: %2").arg(path, file.errorString()), {},
            {} };
    QTextStream out(&file);
    out << Header << "\r\n";
    DeterministicRandom rng(seed);
    QHash<int, qint64> shelfPositions;
    for (int i = 0; i < rows; ++i) {
        const quint64 number = seed * 10000000ULL + quint64(i);
        const QString title = QStringLiteral("%1 of the %2 %3")
                                  .arg(QLatin1String(rng.pick(Words)), QLatin1String(rng.pick(Words)))
                                  .arg(number);
        const QString author
            = QStringLiteral("%1 Writer%2").arg(QLatin1String(rng.pick(Words))).arg(rng.below(5000));
        const int roll = int(rng.below(100));
        const char *shelf = roll < 60 ? "read" : roll < 90 ? "to-read" : "currently-reading";
        const QDate added = QDate(2012, 1, 1).addDays(rng.between(0, 4000));
        const QString read = roll < 60 ? slashDate(added.addDays(rng.between(1, 300))) : QString();
        const int year = rng.between(1900, 2024);
        QString shelvesText;
        if (rng.chance(25)) {
            const int s = int(rng.below(std::size(Shelves)));
            shelvesText = QStringLiteral("%1 (#%2)").arg(QLatin1String(Shelves[s])).arg(++shelfPositions[s]);
        }
        const QString review
            = rng.chance(10) ? QStringLiteral(R"("Loved it.<br/>Would read, ""again"".")") : QString();
        out << number << ',' << '"' << title << '"' << ',' << author << ",\"Writer, " << author << "\",,"
            << "=\"\"\"\",=\"\"" << isbn13(number) << "\"\"" << ',' << (roll < 60 ? rng.between(0, 5) : 0)
            << ",3.9,"
            << "Publisher,Paperback," << rng.between(80, 900) << ',' << year << ',' << year << ',' << read
            << ',' << slashDate(added) << ',' << shelvesText.section(QLatin1Char(' '), 0, 0) << ",\""
            << shelvesText << "\"," << shelf << ',' << review << ",,," << (roll < 60 ? 1 : 0) << ",0\r\n";
    }
    out.flush();
    if (file.error() != QFileDevice::NoError)
        return Error { Error::Code::Io, tr("Could not write “%1”: %2").arg(path, file.errorString()), {},
            {} };
    return {};
}

Result<void> ImportBenchmark::run(int rows, quint64 seed)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error { Error::Code::Io, tr("Could not make a temporary folder: %1").arg(dir.errorString()),
            {}, {} };
    const QString path = dir.filePath(QStringLiteral("goodreads_library_export.csv"));
    if (auto written = writeExport(path, rows, seed); !written)
        return written.error();

    for (const char *figure : { "import_rows_per_s", "reimport_rows_per_s" }) {
        GoodreadsReader reader(path);
        if (auto opened = reader.open(); !opened)
            return opened.error();
        LibraryImport importer(m_database, m_userId, reader.sourceName());
        QElapsedTimer timer;
        timer.start();
        const auto tally
            = importer.run(reader.batches(ImportReader::DefaultBatchSize), LibraryImport::Mode::Write);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!tally)
            return tally.error();
        if (tally->rows != rows)
            return Error::internal(tr("The benchmark imported %1 rows of %2.").arg(tally->rows).arg(rows));
        m_report(QLatin1String(figure), rowsPerSecond(tally->rows, elapsed), QStringLiteral("rows/s"));
        if (QLatin1String(figure) == QLatin1String("import_rows_per_s"))
            m_report(QStringLiteral("import_new_media"), double(tally->newMedia), QStringLiteral("rows"));
    }
    return {};
}

} // namespace omt
