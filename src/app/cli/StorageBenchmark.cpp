#include "StorageBenchmark.h"

#include "core/LibraryGenerator.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/ScratchLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::StorageBenchmark", text);
}

constexpr int SearchTitles = 40;
/// Titles sampled; more than SearchTitles because some are shorter than
/// PrefixesPerTitle characters.
constexpr int SampledTitles = 60;
constexpr int PrefixesPerTitle = 5;
constexpr int SearchLimit = 100;
constexpr int PageSize = 200;
constexpr int PagesPerOrder = 25;
constexpr int BenchListSize = 10000;
constexpr int ListMoves = 200;
constexpr quint32 Seed = 20261126;
constexpr int InsertedMedia = 50000;

/// Timings in milliseconds, and their percentiles.
class Samples
{
public:
    template<typename F>
    auto time(F &&work)
    {
        QElapsedTimer timer;
        timer.start();
        auto result = work();
        m_values.append(double(timer.nsecsElapsed()) / 1e6);
        return result;
    }

    double percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
        return sorted.at(qBound<qsizetype>(0, rank, sorted.size() - 1));
    }
    double max() const { return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end()); }

private:
    QList<double> m_values;
};

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

StorageBenchmark::StorageBenchmark(Database &database, Report report)
    : m_database(database)
    , m_report(std::move(report))
{
}

Result<void> StorageBenchmark::run()
{
    MediaRepository media(m_database);
    const auto total = media.count({});
    if (!total)
        return total.error();
    if (*total < BenchListSize)
        return Error::invalidInput(tr("The library has %1 items; the benchmark needs at least %2. "
                                      "Fill it first with the generate command.")
                                       .arg(*total)
                                       .arg(BenchListSize));
    m_report(QStringLiteral("media_rows"), *total, QStringLiteral("rows"));

    for (auto step : {&StorageBenchmark::measureSearch, &StorageBenchmark::measurePaging,
                      &StorageBenchmark::measureUserPage}) {
        if (auto done = (this->*step)(); !done)
            return done.error();
    }
    auto scratch = ScratchLibrary::create(m_database.settings());
    if (!scratch)
        return scratch.error();
    if (auto done = measureInsert((*scratch)->database()); !done)
        return done.error();
    return measureListMove((*scratch)->database());
}

Result<void> StorageBenchmark::measureSearch()
{
    MediaRepository media(m_database);
    MediaQuery byTitle;
    const auto total = media.count(byTitle);
    if (!total)
        return total.error();
    const auto anchors = media.pageAnchors(byTitle, std::max(1, *total / SampledTitles));
    if (!anchors)
        return anchors.error();

    // What a person types: the first 1..5 characters of titles spread over the library.
    QStringList prefixes;
    for (const PageCursor &anchor : *anchors) {
        const auto page = media.page(byTitle, anchor, 1);
        if (!page)
            return page.error();
        if (page->rows.isEmpty())
            continue;
        const QString title = page->rows.first().title;
        for (int length = 1; length <= std::min<qsizetype>(PrefixesPerTitle, title.size())
             && prefixes.size() < SearchTitles * PrefixesPerTitle;
             ++length)
            prefixes.append(title.left(length));
    }

    Samples samples;
    qsizetype hits = 0;
    for (const QString &prefix : std::as_const(prefixes)) {
        const auto found = samples.time([&] { return media.search(prefix, SearchLimit); });
        if (!found)
            return found.error();
        hits += found->size();
    }
    m_report(QStringLiteral("search_queries"), double(prefixes.size()), QStringLiteral("queries"));
    m_report(QStringLiteral("search_mean_hits"), rounded(double(hits) / std::max<qsizetype>(1, prefixes.size())),
             QStringLiteral("rows"));
    m_report(QStringLiteral("search_p50_ms"), rounded(samples.percentile(50)), QStringLiteral("ms"));
    m_report(QStringLiteral("search_p95_ms"), rounded(samples.percentile(95)), QStringLiteral("ms"));
    return {};
}

Result<void> StorageBenchmark::measurePaging()
{
    MediaRepository media(m_database);
    QRandomGenerator random(Seed);
    Samples pages;
    Samples anchorScans;
    QList<MediaQuery> queries;
    for (auto key : {MediaSortKey::Title, MediaSortKey::ReleaseDate, MediaSortKey::CreatedAt, MediaSortKey::UpdatedAt}) {
        for (auto direction : {SortDirection::Ascending, SortDirection::Descending}) {
            MediaQuery query;
            query.sortKey = key;
            query.direction = direction;
            queries.append(query);
        }
    }
    MediaQuery films;
    films.type = MediaType::Film;
    queries.append(films);
    MediaQuery subtree;
    subtree.classSubtree = QStringLiteral("video");
    subtree.sortKey = MediaSortKey::ReleaseDate;
    queries.append(subtree);
    MediaQuery smallSubtree;
    smallSubtree.classSubtree = QStringLiteral("audio.music.soundtrack");
    smallSubtree.direction = SortDirection::Descending;
    queries.append(smallSubtree);

    for (const MediaQuery &query : std::as_const(queries)) {
        const auto anchors = anchorScans.time([&] { return media.pageAnchors(query, PageSize); });
        if (!anchors)
            return anchors.error();
        for (int i = 0; i < PagesPerOrder; ++i) {
            // Any offset: the first page, or straight after a random anchor.
            const PageCursor start = (i == 0 || anchors->isEmpty())
                ? PageCursor{}
                : anchors->at(qsizetype(random.bounded(quint32(anchors->size()))));
            const auto page = pages.time([&] { return media.page(query, start, PageSize); });
            if (!page)
                return page.error();
        }
    }
    m_report(QStringLiteral("page_p50_ms"), rounded(pages.percentile(50)), QStringLiteral("ms"));
    m_report(QStringLiteral("page_p95_ms"), rounded(pages.percentile(95)), QStringLiteral("ms"));
    m_report(QStringLiteral("page_anchors_max_ms"), rounded(anchorScans.max()), QStringLiteral("ms"));
    return {};
}

Result<void> StorageBenchmark::measureUserPage()
{
    UserRepository users(m_database);
    InteractionRepository interactions(m_database);
    const auto all = users.all();
    if (!all)
        return all.error();
    Samples samples;
    qsizetype rows = 0;
    for (int round = 0; round < 5; ++round) {
        for (const User &user : *all) {
            const auto page = samples.time([&] { return interactions.page(user.id, std::nullopt, {}, PageSize); });
            if (!page)
                return page.error();
            rows = std::max(rows, page->rows.size());
        }
    }
    m_report(QStringLiteral("users"), double(all->size()), QStringLiteral("users"));
    m_report(QStringLiteral("user_page_rows"), double(rows), QStringLiteral("rows"));
    m_report(QStringLiteral("user_page_ms"), rounded(samples.percentile(95)), QStringLiteral("ms"));
    return {};
}

Result<void> StorageBenchmark::measureListMove(Database &scratch)
{
    MediaRepository media(scratch);
    ListRepository lists(scratch);
    const auto owner = UserRepository(scratch).ensureOwnerProfile();
    if (!owner)
        return owner.error();

    QList<QUuid> ids;
    PageCursor cursor;
    while (ids.size() < BenchListSize) {
        const auto page = media.page({}, cursor, std::min(5000, int(BenchListSize - ids.size())));
        if (!page)
            return page.error();
        for (const MediaSummary &row : page->rows)
            ids.append(row.id);
        if (page->next.isStart())
            break;
        cursor = page->next;
    }

    MediaList benchList;
    benchList.ownerId = owner->id;
    benchList.name = QStringLiteral("Benchmark");
    const auto list = lists.create(benchList);
    if (!list)
        return list.error();

    Samples add;
    const auto added = add.time([&] { return lists.addItems(list->id, ids); });
    if (!added)
        return added.error();

    QRandomGenerator random(Seed);
    Samples moves;
    int maxRows = 0;
    int singleRowMoves = 0;
    int performed = 0;
    for (int i = 0; i < ListMoves; ++i) {
        const QUuid moved = ids.at(qsizetype(random.bounded(quint32(ids.size()))));
        QUuid before = ids.at(qsizetype(random.bounded(quint32(ids.size()))));
        if (before == moved)
            continue;
        const auto done = moves.time([&] { return lists.moveItems(list->id, {moved}, before); });
        if (!done)
            return done.error();
        ++performed;
        maxRows = std::max(maxRows, lists.lastMoveRowsWritten());
        singleRowMoves += lists.lastMoveRowsWritten() == 1 ? 1 : 0;
    }
    m_report(QStringLiteral("list_add_10000_ms"), rounded(add.max()), QStringLiteral("ms"));
    m_report(QStringLiteral("list_move_ms"), rounded(moves.percentile(95)), QStringLiteral("ms"));
    m_report(QStringLiteral("list_move_single_row_share"), rounded(100.0 * singleRowMoves / std::max(1, performed)),
             QStringLiteral("%"));
    m_report(QStringLiteral("list_move_max_rows_written"), maxRows, QStringLiteral("rows"));
    return {};
}

Result<void> StorageBenchmark::measureInsert(Database &scratch)
{
    // A bulk load into an empty catalogue (BulkWriter::loadMedia, what
    // generating or importing a library does), and batches added to a
    // catalogue that has items already, every index and the full-text index
    // maintained as rows go in (BulkWriter::writeMedia).
    GeneratorSpec spec;
    spec.media = 2 * InsertedMedia;
    spec.seed = Seed;
    const LibraryGenerator generator(spec);
    const auto batch = [&generator](int start, int end) {
        QList<Media> items;
        items.reserve(end - start);
        for (int i = start; i < end; ++i)
            items.append(generator.media(i));
        return items;
    };

    BulkWriter writer(scratch);
    QList<QList<Media>> batches;
    for (int start = 0; start < InsertedMedia; start += writer.batchSize())
        batches.append(batch(start, std::min(InsertedMedia, start + writer.batchSize())));

    QElapsedTimer timer;
    timer.start();
    qsizetype next = 0;
    const auto loaded = writer.loadMedia([&] { return next < batches.size() ? batches.at(next++) : QList<Media>(); });
    const qint64 loading = timer.nsecsElapsed();
    if (!loaded)
        return loaded.error();

    qint64 adding = 0;
    for (int start = InsertedMedia; start < 2 * InsertedMedia; start += writer.batchSize()) {
        const QList<Media> items = batch(start, std::min(2 * InsertedMedia, start + writer.batchSize()));
        timer.start();
        if (auto written = writer.writeMedia(items); !written)
            return written.error();
        adding += timer.nsecsElapsed();
    }

    const auto stored = MediaRepository(scratch).count({});
    if (!stored)
        return stored.error();
    if (*stored != 2 * InsertedMedia)
        return Error::internal(tr("The scratch library has %1 items instead of %2.").arg(*stored).arg(2 * InsertedMedia));
    m_report(QStringLiteral("insert_media_rows"), InsertedMedia, QStringLiteral("rows"));
    m_report(QStringLiteral("insert_media_per_s"), std::round(InsertedMedia / (double(loading) / 1e9)),
             QStringLiteral("rows/s"));
    m_report(QStringLiteral("insert_media_incremental_per_s"), std::round(InsertedMedia / (double(adding) / 1e9)),
             QStringLiteral("rows/s"));
    return {};
}

} // namespace omt
