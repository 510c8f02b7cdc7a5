#include "StorageBenchmark.h"

#include "core/FilterParser.h"
#include "core/LibraryGenerator.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/ScratchLibrary.h"
#include "storage/ServerAccount.h"
#include "storage/SmartListQuery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace omt {

namespace {
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
/// A smart list as it opens: its count and its first page.
constexpr int SmartPageSize = 50;
constexpr int SmartRepetitions = 5;
/// Renumberings timed, each in another gap of the list.
constexpr int Renumberings = 5;
constexpr int InsertedMedia = 50000;
/// Sign-ins timed, each over a new connection.
constexpr int SignIns = 10;
/// Timings of a user's first page at least; a member sees one user.
constexpr int UserPageSamples = 50;

/// The list the move benchmark makes (and, on a household server, removes).
QString benchmarkListName()
{
    return QStringLiteral("Benchmark (omnimediatrak-cli bench)");
}

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
    double max() const
    {
        return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    }
    void add(qint64 nanoseconds) { m_values.append(double(nanoseconds) / 1e6); }

private:
    QList<double> m_values;
};

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

/// `text` as a JSON string literal, quotes included.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/// Representative smart lists of 3 to 6 clauses, as people write them.
/// %PREFIX% (a creator's first letters), %WORD% (a word of a title) and
/// %LIST% (one of the user's lists) come from the library.
struct SmartBenchFilter
{
    const char *name;
    const char *document;
};

constexpr SmartBenchFilter SmartBenchFilters[] = {
    { "books_rated_last_year",
        R"({"all":[{"field":"media_type","op":"=","value":"book"},{"field":"status","op":"=","value":"completed"},
        {"field":"completed_at","op":"within_days","value":365},{"field":"rating","op":">=","value":8}],
        "sort":[{"field":"completed_at","dir":"desc"}]})" },
    { "unfinished_games_by_creator",
        R"({"all":[{"field":"media_type","op":"=","value":"game"},
        {"field":"status","op":"in","value":["planned","in_progress","on_hold"]},
        {"field":"creators","op":"starts_with","value":%PREFIX%}],"sort":[{"field":"title"}]})" },
    { "films_released_between_by_rating",
        R"({"all":[{"field":"media_class","op":"under","value":"video.film"},
        {"field":"release_date","op":"between","value":["1990-01-01","2015-12-31"]},
        {"field":"status","op":"is_null","value":false}],"sort":[{"field":"rating","dir":"desc"}]})" },
    { "full_text_completed",
        R"({"all":[{"field":"text","op":"contains","value":%WORD%},{"field":"status","op":"=","value":"completed"},
        {"not":{"field":"media_type","op":"=","value":"podcast"}}]})" },
    { "long_books_not_in_list",
        R"({"all":[{"field":"media_type","op":"=","value":"book"},{"field":"attributes.pages","op":">","value":500},
        {"not":{"field":"in_list","op":"=","value":%LIST%}},{"field":"status","op":"!=","value":"dropped"}],
        "sort":[{"field":"rating","dir":"desc"}]})" },
    { "planned_japanese_anime_manga",
        R"({"all":[{"field":"media_type","op":"in","value":["anime","manga"]},{"field":"country","op":"=","value":"JP"},
        {"field":"status","op":"=","value":"planned"}],"sort":[{"field":"title"}]})" },
    { "dropped_low_rated_recent",
        R"({"all":[{"field":"status","op":"=","value":"dropped"},{"field":"rating","op":"<=","value":4},
        {"field":"started_at","op":"within_days","value":730}],"sort":[{"field":"started_at","dir":"desc"}]})" },
    { "long_tv_not_started",
        R"({"all":[{"field":"media_class","op":"under","value":"video.tv"},
        {"field":"attributes.episodes","op":">=","value":50},
        {"any":[{"field":"status","op":"is_null","value":true},{"field":"status","op":"=","value":"planned"}]}],
        "sort":[{"field":"release_date","dir":"desc"}]})" },
    { "albums_played_rated",
        R"({"all":[{"field":"media_type","op":"=","value":"music_album"},{"field":"attributes.tracks","op":">=","value":12},
        {"field":"progress","op":">=","value":1},{"field":"rating","op":">=","value":7}],
        "sort":[{"field":"progress","dir":"desc"}]})" },
    { "recent_activity_not_audio",
        R"({"all":[{"any":[{"all":[{"field":"status","op":"=","value":"completed"},
                                {"field":"completed_at","op":"within_days","value":90}]},
                       {"all":[{"field":"status","op":"=","value":"in_progress"},
                                {"field":"started_at","op":"within_days","value":90}]}]},
        {"not":{"field":"media_class","op":"under","value":"audio"}}],
        "sort":[{"field":"completed_at","dir":"desc"},{"field":"started_at","dir":"desc"}]})" },
    { "board_games_many_players_unrated",
        R"({"all":[{"field":"media_type","op":"=","value":"board_game"},
        {"field":"attributes.max_players","op":">=","value":6},{"field":"status","op":"=","value":"completed"},
        {"field":"rating","op":"is_null","value":true}]})" },
    { "list_completed_well_rated",
        R"({"all":[{"field":"in_list","op":"=","value":%LIST%},{"field":"status","op":"=","value":"completed"},
        {"field":"rating","op":">=","value":6}],"sort":[{"field":"completed_at","dir":"desc"}]})" },
};
} // namespace

StorageBenchmark::StorageBenchmark(Database &database, Report report, Account account)
    : m_database(database)
    , m_report(std::move(report))
    , m_account(account)
{ }

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

    std::optional<QUuid> member;
    if (m_account == Account::HouseholdMember) {
        auto signedIn = measureSignIn();
        if (!signedIn)
            return signedIn.error();
        member = *signedIn;
    }
    for (auto step : { &StorageBenchmark::measureSearch, &StorageBenchmark::measurePaging,
             &StorageBenchmark::measureUserPage, &StorageBenchmark::measureSmartLists }) {
        if (auto done = (this->*step)(); !done)
            return done.error();
    }
    if (member)
        return measureListMoveAsMember(*member);
    auto scratch = ScratchLibrary::create(m_database.settings());
    if (!scratch)
        return scratch.error();
    if (auto done = measureInsert((*scratch)->database()); !done)
        return done.error();
    const auto owner = UserRepository((*scratch)->database()).ensureOwnerProfile();
    if (!owner)
        return owner.error();
    return measureListMove((*scratch)->database(), owner->id);
}

Result<QUuid> StorageBenchmark::measureSignIn()
{
    const QString device = tr("benchmark");
    const QString version = QCoreApplication::applicationVersion() + QStringLiteral(" (benchmark)");
    Samples samples;
    QUuid member;
    for (int i = 0; i < SignIns; ++i) {
        Database fresh(m_database.settings());
        const auto signedIn = samples.time([&] { return ServerAccount(fresh).signIn(device, version); });
        if (!signedIn)
            return signedIn.error();
        if (signedIn->status != SignIn::Status::SignedIn)
            return ServerAccount::refusal(*signedIn, m_database.settings().user);
        member = signedIn->userId;
        if (auto ended = ServerAccount(fresh).signOut(signedIn->sessionToken); !ended)
            return ended.error();
    }
    m_report(QStringLiteral("sign_in_ms"), rounded(samples.max()), QStringLiteral("ms"));
    return member;
}

Result<void> StorageBenchmark::measureListMoveAsMember(const QUuid &memberId)
{
    // The list is private: nobody else sees it come and go.
    auto measured = measureListMove(m_database, memberId);
    ListRepository lists(m_database);
    const auto own = lists.listsOf(memberId);
    if (!own)
        return own.error();
    for (const MediaList &list : *own) {
        if (list.name != benchmarkListName())
            continue;
        if (auto removed = lists.remove(list.id); !removed)
            return removed;
    }
    return measured;
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
    m_report(QStringLiteral("search_mean_hits"),
        rounded(double(hits) / std::max<qsizetype>(1, prefixes.size())), QStringLiteral("rows"));
    m_report(QStringLiteral("search_p50_ms"), rounded(samples.percentile(50)), QStringLiteral("ms"));
    m_report(QStringLiteral("search_p95_ms"), rounded(samples.percentile(95)), QStringLiteral("ms"));
    return measureHostileSearch();
}

Result<void> StorageBenchmark::measureHostileSearch()
{
    // What a paste can hold: one word thousands of times (ranking cost once
    // grew with the square of the number of terms), thousands of distinct
    // words, the commonest words of titles, a page of prose, one endless
    // word, scripts without spaces, and the full-text syntax of both backends.
    QStringList distinct;
    for (int i = 0; i < 5000; ++i)
        distinct.append(QStringLiteral("w%1").arg(i));
    const QString prose = QStringLiteral(
        "The night was dark and the road was long, and of all the stories told in the house of the old man "
        "by the river none was stranger than the one about the boy who walked into the sea. ");
    const QStringList hostile = {
        QStringLiteral("a ").repeated(400),
        QStringLiteral("a ").repeated(5000),
        distinct.join(QLatin1Char(' ')),
        QStringLiteral("the of a and in to on at by for with from an or is it its de la le el der die das "
                       "night day war love story last first man woman world house river sea star"),
        prose.repeated(60),
        QStringLiteral("x").repeated(100000),
        QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"),
        QStringLiteral("千と千尋の神隠し").repeated(500),
        QStringLiteral("\"*:()&|!' ").repeated(1000),
        QStringLiteral("NEAR(a b) OR title:x AND NOT \"y\" * ^z a:* !b <-> c ").repeated(200),
    };
    MediaRepository media(m_database);
    Samples samples;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : hostile) {
            const auto found = samples.time([&] { return media.search(text, SearchLimit); });
            if (!found)
                return found.error();
        }
    }
    m_report(QStringLiteral("search_hostile_max_ms"), rounded(samples.max()), QStringLiteral("ms"));
    return {};
}

Result<void> StorageBenchmark::measurePaging()
{
    MediaRepository media(m_database);
    QRandomGenerator random(Seed);
    Samples pages;
    Samples anchorScans;
    QList<MediaQuery> queries;
    for (auto key : { MediaSortKey::Title, MediaSortKey::ReleaseDate, MediaSortKey::CreatedAt,
             MediaSortKey::UpdatedAt }) {
        for (auto direction : { SortDirection::Ascending, SortDirection::Descending }) {
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
                ? PageCursor {}
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
    // Every user's page a few times: as many rounds as it takes for a
    // percentile that means something when a member sees only themselves.
    const qsizetype rounds = std::max<qsizetype>(5, UserPageSamples / std::max<qsizetype>(1, all->size()));
    for (qsizetype round = 0; round < rounds; ++round) {
        for (const User &user : *all) {
            const auto page
                = samples.time([&] { return interactions.page(user.id, std::nullopt, {}, PageSize); });
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

Result<void> StorageBenchmark::measureSmartLists()
{
    UserRepository users(m_database);
    InteractionRepository interactions(m_database);
    const auto all = users.all();
    if (!all)
        return all.error();
    // The user with the most interactions: the largest join, the slowest lists.
    std::optional<User> viewer;
    int most = -1;
    for (const User &user : *all) {
        const auto counts = interactions.countByStatus(user.id);
        if (!counts)
            return counts.error();
        int total = 0;
        for (int n : *counts)
            total += n;
        if (total > most) {
            most = total;
            viewer = user;
        }
    }
    if (!viewer)
        return Error::invalidInput(tr("The library has no user; smart lists are seen by one."));

    // within_days counts back from the user's latest completion rather than
    // the clock: a generated library's activity lies years back, and "the
    // last year" of it must hold items as it does in a library in use.
    SmartListQuery query(m_database);
    const auto recent = interactions.page(viewer->id, Status::Completed, {}, PageSize);
    if (!recent)
        return recent.error();
    QDateTime latest;
    for (const InteractionWithMedia &row : recent->rows) {
        if (row.interaction.completedAt.isValid()
            && (!latest.isValid() || row.interaction.completedAt > latest))
            latest = row.interaction.completedAt;
    }
    if (latest.isValid())
        query.setToday(latest.toUTC().date());

    // Operands taken from the library, so that the lists are not empty.
    MediaRepository media(m_database);
    QString prefix = QStringLiteral("The");
    MediaQuery games;
    games.type = MediaType::Game;
    const auto gamePage = media.page(games, {}, 20);
    if (!gamePage)
        return gamePage.error();
    for (const MediaSummary &game : gamePage->rows) {
        if (!game.creators.isEmpty()) {
            prefix = game.creators.first().left(4);
            break;
        }
    }
    QString word = QStringLiteral("night");
    MediaQuery books;
    books.type = MediaType::Book;
    const auto bookPage = media.page(books, {}, 20);
    if (!bookPage)
        return bookPage.error();
    for (const MediaSummary &book : bookPage->rows) {
        for (const QString &candidate : book.title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (candidate.size() > word.size()
                && std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isLetter(); }))
                word = candidate;
        }
    }
    // A list of the user's; an id of none when they have no list (nothing is in it).
    QUuid listId = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    const auto lists = ListRepository(m_database).listsOf(viewer->id);
    if (!lists)
        return lists.error();
    for (const MediaList &list : *lists) {
        if (list.type == ListType::Manual) {
            listId = list.id;
            break;
        }
    }

    Samples samples;
    qint64 matches = 0;
    for (const SmartBenchFilter &bench : SmartBenchFilters) {
        const QString document
            = QString::fromUtf8(bench.document)
                  .replace(QStringLiteral("%PREFIX%"), jsonString(prefix))
                  .replace(QStringLiteral("%WORD%"), jsonString(word))
                  .replace(QStringLiteral("%LIST%"), jsonString(listId.toString(QUuid::WithoutBraces)));
        const auto filter = FilterParser::parse(document.toUtf8());
        if (!filter)
            return filter.error();
        Samples own;
        for (int round = 0; round < SmartRepetitions; ++round) {
            // What opening the list costs: its count and its first page.
            QElapsedTimer timer;
            timer.start();
            const auto page = query.firstPage(*filter, viewer->id, SmartPageSize);
            if (!page)
                return page.error();
            const std::optional<int> count = page->count;
            const qint64 elapsed = timer.nsecsElapsed();
            samples.add(elapsed);
            own.add(elapsed);
            if (round == 0)
                matches += *count;
        }
        m_report(QStringLiteral("smart_%1_ms").arg(QLatin1String(bench.name)), rounded(own.percentile(50)),
            QStringLiteral("ms"));
    }
    const auto filters = qsizetype(std::size(SmartBenchFilters));
    m_report(QStringLiteral("smart_user_interactions"), most, QStringLiteral("rows"));
    m_report(QStringLiteral("smart_filters"), double(filters), QStringLiteral("filters"));
    m_report(QStringLiteral("smart_mean_matches"), rounded(double(matches) / double(filters)),
        QStringLiteral("rows"));
    m_report(QStringLiteral("smart_p50_ms"), rounded(samples.percentile(50)), QStringLiteral("ms"));
    m_report(QStringLiteral("smart_p95_ms"), rounded(samples.percentile(95)), QStringLiteral("ms"));
    return {};
}

Result<void> StorageBenchmark::measureRenumber(
    ListItemRepository &items, ListOrdering &order, const QUuid &listId)
{
    const auto count = items.itemCount(listId);
    if (!count)
        return count.error();
    Samples renumberings;
    int rowsWritten = 0;
    int movesIntoGap = 0;
    for (int r = 0; r < Renumberings; ++r) {
        // Items dragged one after the other in front of the same item: each
        // halves the gap before it, until a move finds none left and
        // renumbers the whole list.
        const auto anchor = items.entries(listId, (r + 1) * *count / (Renumberings + 1), 1);
        if (!anchor)
            return anchor.error();
        if (anchor->isEmpty())
            return Error::internal(tr("The benchmark list lost its items."));
        const QUuid before = anchor->first().item.mediaId;
        bool renumbered = false;
        for (int move = 1; move <= 64 && !renumbered; ++move) {
            const auto last = items.entries(listId, *count - 1, 1);
            if (!last)
                return last.error();
            if (last->isEmpty() || last->first().item.mediaId == before)
                break;
            QElapsedTimer timer;
            timer.start();
            const auto done = order.moveItems(listId, { last->first().item.mediaId }, before);
            if (!done)
                return done.error();
            const qint64 elapsed = timer.nsecsElapsed();
            if (done->rowsWritten > 1) {
                renumberings.add(elapsed);
                rowsWritten = std::max(rowsWritten, done->rowsWritten);
                movesIntoGap = std::max(movesIntoGap, move);
                renumbered = true;
            }
        }
        if (!renumbered)
            return Error::internal(tr("Moving items into one gap never renumbered the list."));
    }
    m_report(QStringLiteral("list_renumber_ms"), rounded(renumberings.max()), QStringLiteral("ms"));
    m_report(QStringLiteral("list_renumber_rows_written"), rowsWritten, QStringLiteral("rows"));
    m_report(QStringLiteral("list_renumber_after_moves"), movesIntoGap, QStringLiteral("moves"));
    return {};
}

Result<void> StorageBenchmark::measureListMove(Database &database, const QUuid &ownerId)
{
    MediaRepository media(database);
    ListRepository lists(database);
    ListItemRepository items(database);
    ListOrdering order(database);

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
    benchList.ownerId = ownerId;
    benchList.name = benchmarkListName();
    const auto list = lists.create(benchList);
    if (!list)
        return list.error();

    Samples add;
    const auto added = add.time([&] { return items.addItems(list->id, ids); });
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
        const auto done = moves.time([&] { return order.moveItems(list->id, { moved }, before); });
        if (!done)
            return done.error();
        ++performed;
        maxRows = std::max(maxRows, done->rowsWritten);
        singleRowMoves += done->rowsWritten == 1 ? 1 : 0;
    }
    m_report(QStringLiteral("list_add_10000_ms"), rounded(add.max()), QStringLiteral("ms"));
    m_report(QStringLiteral("list_move_ms"), rounded(moves.percentile(95)), QStringLiteral("ms"));
    m_report(QStringLiteral("list_move_single_row_share"),
        rounded(100.0 * singleRowMoves / std::max(1, performed)), QStringLiteral("%"));
    m_report(QStringLiteral("list_move_max_rows_written"), maxRows, QStringLiteral("rows"));
    return measureRenumber(items, order, list->id);
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
    const auto loaded
        = writer.loadMedia([&] { return next < batches.size() ? batches.at(next++) : QList<Media>(); });
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
        return Error::internal(
            tr("The scratch library has %1 items instead of %2.").arg(*stored).arg(2 * InsertedMedia));
    m_report(QStringLiteral("insert_media_rows"), InsertedMedia, QStringLiteral("rows"));
    m_report(QStringLiteral("insert_media_per_s"), std::round(InsertedMedia / (double(loading) / 1e9)),
        QStringLiteral("rows/s"));
    m_report(QStringLiteral("insert_media_incremental_per_s"),
        std::round(InsertedMedia / (double(adding) / 1e9)), QStringLiteral("rows/s"));
    return {};
}

} // namespace omt
