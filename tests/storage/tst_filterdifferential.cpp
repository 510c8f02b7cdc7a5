// Differential test of the smart-list compiler: thousands of random, valid
// filters run on SQLite and on PostgreSQL over the same generated library
// must find the same items in the same order. The data-driven compiler test
// pins the meaning of each operator on a dozen items; this one hunts for the
// places where the two dialects drift apart on realistic data.

#include "HouseholdServer.h"
#include "RandomFilterGenerator.h"
#include "TestDatabase.h"
#include "core/FilterParser.h"
#include "core/FilterWriter.h"
#include "core/LibraryGenerator.h"
#include "storage/BulkWriter.h"
#include "storage/LibraryGeneration.h"
#include "storage/SmartListQuery.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <iterator>
#include <map>
#include <thread>

using namespace omt;

namespace {
/// The default seed of the random filters; OMT_DIFF_SEED overrides it to
/// replay another run, OMT_DIFF_FILTERS the number of filters.
constexpr quint64 DefaultSeed = 20260412;
constexpr int DefaultFilters = 2000;
/// The library: the same on both backends, whatever the filter seed.
constexpr quint64 LibrarySeed = 4242;
constexpr int GeneratedMedia = 2000;
constexpr int GeneratedInteractions = 5000;
constexpr int Users = 4;
constexpr int Lists = 10;
constexpr int ExtraMedia = 160;
/// More than the library holds, so that one page is every match.
constexpr int AllRows = 5000;
/// Filters run per round of the two backends side by side.
constexpr int Batch = 50;
/// The first page a list opens with (SmartListQuery::firstPage).
constexpr int FirstPageRows = 25;
/// Every this many filters also run as a member under row-level security
/// (a quarter of them: enough to cover every field, a third of the time).
constexpr int MemberEvery = 4;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utcAt(QDate day, int hour, int minute, int second, int ms)
{
    return QDateTime(day, QTime(hour, minute, second, ms), QTimeZone::utc());
}

/// What one backend answered for one filter.
struct Answer
{
    int count = -1;
    QList<QUuid> ids;
    /// The title of each row, for messages.
    QStringList titles;
    QString error;
};

QByteArray compact(const SmartFilter &filter)
{
    return QJsonDocument(FilterWriter::toJson(filter)).toJson(QJsonDocument::Compact);
}

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("OMT_DIFF_SEED").toULongLong(&ok);
    return ok ? seed : DefaultSeed;
}

int filtersFromEnvironment()
{
    bool ok = false;
    const int filters = qEnvironmentVariableIntValue("OMT_DIFF_FILTERS", &ok);
    return ok && filters > 0 ? filters : DefaultFilters;
}
} // namespace

class TestFilterDifferential : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_sqlite;
    std::unique_ptr<test::TestDatabase> m_postgres;
    std::unique_ptr<SmartListQuery> m_sqliteQuery;
    std::unique_ptr<SmartListQuery> m_postgresQuery;
    /// The same library on a household server (`server init`), each user
    /// a member asking over a connection of their own, under row-level security.
    std::unique_ptr<test::HouseholdServer> m_household;
    QHash<QString, QUuid> m_householdUsers;
    std::map<QString, std::unique_ptr<Database>> m_memberDatabases;
    std::map<QString, std::unique_ptr<SmartListQuery>> m_memberQueries;
    GeneratorSpec m_spec;
    /// username → id, per backend (the ids are the generator's on both, but
    /// the test does not rely on it).
    QHash<QString, QUuid> m_sqliteUsers;
    QHash<QString, QUuid> m_postgresUsers;
    QStringList m_usernames;
    test::FilterVocabulary m_vocabulary;
    int m_mediaCount = 0;
    const QDate m_today { 2021, 3, 1 };

    /// Items the generator does not make: boolean and mixed-type attributes,
    /// JSON null, titles equal up to case and accents (ties broken by id),
    /// no class, creators differing in case, activity on the edges of days
    /// near "today". The same on both backends: everything is derived from a
    /// fixed seed.
    ///
    /// The full-text field ("text") is held to the same words on both
    /// backends in every script by tst_searchdifferential.
    void extras(QList<Media> *media, QList<Interaction> *interactions, const QList<QUuid> &users) const
    {
        DeterministicRandom rng(0xE87A5);
        const LibraryGenerator generator(m_spec);
        const QStringList titles { s("Dune"), s("DUNE"), s("dune"), s("Émile"), s("Emile"), s("Ça"), s("Zoë"),
            s("Äpfel und Birnen"), s("L'Étranger"), s("Naïve Art 2"), s("  Spaced   title "),
            s("Ôrsted's Notes"), s("Ångström"), s("100 Years"), s("Crème brûlée") };
        const QStringList classes { QString(), s("video.film"), s("text.book.novel"), s("game.board"),
            s("audio"), s("video.film.feature"), s("text.comic.manga"), s("video.tv.series") };
        const QStringList countries { QString(), s("FR"), s("DE"), s("JP"), s("US"), s("SE") };
        const QStringList people { s("Alan Moore"), s("alan moore"), s("ALAN MOORE"), s("Zoë Sörensen"),
            s("Émile Zola"), s("Jean-Luc Picard"), s("O'Brien Flann") };
        const QStringList tags { s("Signed"), s("first edition"), s("gift"), s("Ex-library"),
            s("Überformat") };
        const QStringList notes { s("Reread in WINTER"), s("book club pick"), s("Gift from Zoë"),
            s("Loved it!"), s("meh"), QString() };
        const QList<MediaType> types = allValues<MediaType>();
        const QList<Status> statuses = allValues<Status>();

        for (int k = 0; k < ExtraMedia; ++k) {
            Media m;
            m.id = rng.uuid();
            m.type = types.at(qsizetype(rng.below(quint64(types.size()))));
            // Some share a generated item's title exactly: a tie only the id breaks.
            m.title = rng.chance(25) ? generator.media(int(rng.below(GeneratedMedia))).title
                                     : titles.at(qsizetype(rng.below(quint64(titles.size()))));
            m.mediaClass = classes.at(qsizetype(rng.below(quint64(classes.size()))));
            m.country = countries.at(qsizetype(rng.below(quint64(countries.size()))));
            switch (rng.below(6)) {
            case 0: break; // unknown
            case 5: {
                // The first and last days a library can hold, and leap days.
                static const QDate edges[] = { QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2020, 2, 29),
                    QDate(2000, 2, 29), QDate(1900, 2, 28) };
                m.releaseDate = edges[rng.below(std::size(edges))];
                break;
            }
            case 1: m.releaseDate = m_today.addDays(-rng.between(0, 40)); break;
            case 2:
                m.releaseDate = m_today.addDays(rng.between(1, 40)); // not out yet
                break;
            default: m.releaseDate = QDate(rng.between(1900, 2030), rng.between(1, 12), rng.between(1, 28));
            }
            for (int c = rng.between(0, 3); c > 0; --c) {
                const QString name = people.at(qsizetype(rng.below(quint64(people.size()))));
                if (!m.creators.contains(name))
                    m.creators.append(name);
            }
            if (rng.chance(60))
                m.description = s("A story of %1 and %2.")
                                    .arg(titles.at(qsizetype(rng.below(quint64(titles.size())))).trimmed(),
                                        people.at(qsizetype(rng.below(quint64(people.size())))));
            if (rng.chance(60))
                m.attributes[s("signed")] = rng.chance(50);
            if (rng.chance(50))
                m.attributes[s("score")] = double(rng.between(0, 40)) / 4.0 - 2.0;
            if (rng.chance(40))
                m.attributes[s("pages")]
                    = rng.chance(30) ? QJsonValue(s("unknown")) : QJsonValue(rng.between(10, 900));
            if (rng.chance(35)) {
                QJsonArray list;
                for (int t = rng.between(0, 3); t > 0; --t)
                    list.append(tags.at(qsizetype(rng.below(quint64(tags.size())))));
                m.attributes[s("tags")] = list;
            }
            if (rng.chance(40)) {
                // One key, three JSON types: each comparison sees only its own.
                switch (rng.below(4)) {
                case 0: m.attributes[s("mixed")] = rng.chance(50); break;
                case 1: m.attributes[s("mixed")] = s("yes"); break;
                case 2: m.attributes[s("mixed")] = rng.between(0, 3); break;
                default: m.attributes[s("mixed")] = QJsonValue::Null;
                }
            }
            m.createdAt = utcAt(QDate(2020, 1, 1).addDays(k), 12, 0, 0, 0);
            m.updatedAt = m.createdAt;
            media->append(m);

            for (const QUuid &user : users) {
                if (!rng.chance(45))
                    continue;
                Interaction i;
                i.userId = user;
                i.mediaId = m.id;
                i.status = statuses.at(qsizetype(rng.below(quint64(statuses.size()))));
                i.progress = rng.between(0, 3) * 50;
                if (rng.chance(60))
                    i.rating = rng.between(MinRating, MaxRating);
                i.notes = notes.at(qsizetype(rng.below(quint64(notes.size()))));
                // The first and the last millisecond of days around today (UTC).
                const QDate day = m_today.addDays(-rng.between(-2, 12));
                const auto edge = [&](QDate d) {
                    return rng.chance(50) ? utcAt(d, 0, 0, 0, 0) : utcAt(d, 23, 59, 59, 999);
                };
                if (i.status != Status::Planned || rng.chance(20))
                    i.startedAt = edge(day.addDays(-rng.between(0, 5)));
                if (i.status == Status::Completed)
                    i.completedAt = edge(day);
                // A few at the ends of the calendar (a mistyped year, an import).
                if (i.completedAt.isValid() && rng.chance(3))
                    i.completedAt = rng.chance(50) ? utcAt(QDate(9999, 12, 31), 23, 59, 59, 999)
                                                   : utcAt(QDate(1, 1, 1), 0, 0, 0, 0);
                i.createdAt = utcAt(QDate(2020, 6, 1), 8, 0, 0, 0);
                i.updatedAt = i.createdAt;
                interactions->append(i);
            }
        }
    }

    /// Fills a fresh library: the generated one, then the extras.
    void fill(Database &database, const QList<Media> &media, const QList<Interaction> &interactions)
    {
        auto report = LibraryGeneration(database).run(m_spec);
        if (!report)
            qFatal("generating the library: %s", qPrintable(report.error().toString()));
        BulkWriter writer(database);
        if (auto done = writer.writeMedia(media); !done)
            qFatal("writing the extra items: %s", qPrintable(done.error().toString()));
        if (auto done = writer.writeInteractions(interactions); !done)
            qFatal("writing the extra interactions: %s", qPrintable(done.error().toString()));
    }

    static QHash<QString, QUuid> usersOf(Database &database)
    {
        auto users = UserRepository(database).all();
        if (!users)
            qFatal("%s", qPrintable(users.error().toString()));
        QHash<QString, QUuid> ids;
        for (const User &user : *users)
            ids.insert(user.username, user.id);
        return ids;
    }

    static void addWords(const QString &text, QStringList *words)
    {
        static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
        for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
            words->append(word);
    }

    void addMedia(const Media &m)
    {
        m_vocabulary.titles.append(m.title);
        m_vocabulary.creators.append(m.creators);
        if (!m.mediaClass.isEmpty())
            m_vocabulary.classPaths.append(m.mediaClass);
        if (!m.country.isEmpty())
            m_vocabulary.countries.append(m.country);
        if (m.releaseDate.isValid())
            m_vocabulary.releaseDates.append(m.releaseDate);
        addWords(m.title, &m_vocabulary.words);
        addWords(m.creators.join(QLatin1Char(' ')), &m_vocabulary.words);
        addWords(m.description, &m_vocabulary.words);
        for (auto it = m.attributes.begin(); it != m.attributes.end(); ++it) {
            QList<QJsonValue> &seen = m_vocabulary.attributes[it.key()];
            if (it->isArray()) {
                for (const QJsonValue &element : it->toArray())
                    seen.append(element);
            } else if (!it->isNull()) {
                seen.append(*it);
            }
        }
    }

    void addInteraction(const Interaction &i)
    {
        m_vocabulary.progress.append(i.progress);
        for (const QDateTime &moment : { i.startedAt, i.completedAt }) {
            if (moment.isValid())
                m_vocabulary.activityDays.append(moment.toUTC().date());
        }
        addWords(i.notes, &m_vocabulary.noteWords);
    }

    static Answer run(SmartListQuery &query, const SmartFilter &filter, const QUuid &user)
    {
        Answer answer;
        auto count = query.count(filter, user);
        auto items = query.items(filter, user, 0, AllRows);
        if (!count || !items) {
            answer.error = (count ? items.error() : count.error()).toString();
            return answer;
        }
        answer.count = *count;
        for (const MediaSummary &item : *items) {
            answer.ids.append(item.id);
            answer.titles.append(item.title);
        }
        // Opening the list finds its first rows and its count in one statement of its own.
        auto page = query.firstPage(filter, user, FirstPageRows);
        if (!page) {
            answer.error = page.error().toString();
            return answer;
        }
        QList<QUuid> firstIds;
        for (const MediaSummary &item : page->items)
            firstIds.append(item.id);
        if (page->count != answer.count || firstIds != answer.ids.mid(0, FirstPageRows))
            answer.error = QStringLiteral("the first page (%1 rows, count %2) is not the first rows of the "
                                          "items and their count")
                               .arg(firstIds.size())
                               .arg(page->count);
        return answer;
    }

    static QString describe(const QList<QUuid> &ids, const Answer &answer)
    {
        QStringList lines;
        for (const QUuid &id : ids.mid(0, 12))
            lines.append(id.toString(QUuid::WithoutBraces) + QStringLiteral(" “")
                + answer.titles.value(answer.ids.indexOf(id)) + QStringLiteral("”"));
        if (ids.size() > 12)
            lines.append(QStringLiteral("… %1 more").arg(ids.size() - 12));
        return lines.join(QStringLiteral("\n      "));
    }

    /// Empty when both answers agree; otherwise what a person needs to
    /// replay the case: the document, the user and the differences. `first`
    /// and `second` name where the answers came from.
    static QString difference(const SmartFilter &filter, const QString &username, const Answer &one,
        const Answer &other, const QString &first = QStringLiteral("SQLite"),
        const QString &second = QStringLiteral("PostgreSQL"))
    {
        QString why;
        if (!one.error.isEmpty() || !other.error.isEmpty()) {
            why = QStringLiteral("an error: %1: %2; %3: %4").arg(first, one.error, second, other.error);
        } else if (one.ids != other.ids || one.count != other.count) {
            const QSet<QUuid> a(one.ids.cbegin(), one.ids.cend());
            const QSet<QUuid> b(other.ids.cbegin(), other.ids.cend());
            QList<QUuid> onlyOne, onlyOther;
            for (const QUuid &id : one.ids) {
                if (!b.contains(id))
                    onlyOne.append(id);
            }
            for (const QUuid &id : other.ids) {
                if (!a.contains(id))
                    onlyOther.append(id);
            }
            why = QStringLiteral("count %1 %2, %3 %4; rows %5 / %6")
                      .arg(first)
                      .arg(one.count)
                      .arg(second)
                      .arg(other.count)
                      .arg(one.ids.size())
                      .arg(other.ids.size());
            if (!onlyOne.isEmpty())
                why += QStringLiteral("\n    only on %1:\n      ").arg(first) + describe(onlyOne, one);
            if (!onlyOther.isEmpty())
                why += QStringLiteral("\n    only on %1:\n      ").arg(second) + describe(onlyOther, other);
            if (onlyOne.isEmpty() && onlyOther.isEmpty()) {
                qsizetype at = 0;
                while (at < one.ids.size() && one.ids.at(at) == other.ids.at(at))
                    ++at;
                if (at < one.ids.size())
                    why += QStringLiteral("\n    same items, order differs from row %1: %2 “%3”, %4 “%5”")
                               .arg(at)
                               .arg(first, one.titles.value(at), second, other.titles.value(at));
            }
        } else if (one.count != qMin<int>(one.ids.size(), AllRows)) {
            why = QStringLiteral("count %1 disagrees with the %2 rows read (both backends)")
                      .arg(one.count)
                      .arg(one.ids.size());
        }
        if (why.isEmpty())
            return why;
        return QStringLiteral("user %1, filter %2\n    %3")
            .arg(username, QString::fromUtf8(compact(filter)), why);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QString why;
        bool skip = false;
        m_sqlite = test::TestDatabase::create(SqlDialect::Kind::SQLite, &why, &skip);
        QVERIFY2(m_sqlite, qPrintable(why));
        m_postgres = test::TestDatabase::create(SqlDialect::Kind::PostgreSQL, &why, &skip);
        if (!m_postgres) {
            // TestDatabase's policy: skip without a server unless one is required.
            if (skip)
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }

        m_spec.media = GeneratedMedia;
        m_spec.interactions = GeneratedInteractions;
        m_spec.users = Users;
        m_spec.lists = Lists;
        m_spec.seed = LibrarySeed;
        const LibraryGenerator generator(m_spec);
        QList<QUuid> users;
        for (int u = 0; u < Users; ++u)
            users.append(generator.user(u).id);
        QList<Media> media;
        QList<Interaction> interactions;
        extras(&media, &interactions, users);

        m_household = test::HouseholdServer::create(&why, &skip);
        QVERIFY2(m_household, qPrintable(why));

        fill(m_sqlite->database(), media, interactions);
        fill(m_postgres->database(), media, interactions);
        fill(m_household->superuser(), media, interactions);
        m_sqliteUsers = usersOf(m_sqlite->database());
        m_postgresUsers = usersOf(m_postgres->database());
        QCOMPARE(m_sqliteUsers.size(), Users);
        m_usernames = m_sqliteUsers.keys();
        m_usernames.sort();
        QCOMPARE(m_postgresUsers.keys().size(), m_usernames.size());
        for (const QString &name : std::as_const(m_usernames))
            QVERIFY2(m_postgresUsers.contains(name), qPrintable(name));
        m_householdUsers = usersOf(m_household->superuser());
        for (const QString &name : std::as_const(m_usernames)) {
            QVERIFY2(m_householdUsers.contains(name), qPrintable(name));
            auto member = m_household->enrol(m_householdUsers.value(name), QStringLiteral("diff"));
            OMT_VERIFY_OK(member);
            auto database = m_household->connect(*member);
            auto query = std::make_unique<SmartListQuery>(*database);
            query->setToday(m_today);
            m_memberQueries.emplace(name, std::move(query));
            m_memberDatabases.emplace(name, std::move(database));
        }
        m_mediaCount = GeneratedMedia + ExtraMedia;

        // The vocabulary the filters draw their values from.
        for (int i = 0; i < GeneratedMedia; ++i)
            addMedia(generator.media(i));
        for (const Media &m : std::as_const(media))
            addMedia(m);
        for (int i = 0; i < GeneratedInteractions; ++i)
            addInteraction(generator.interaction(i));
        for (const Interaction &i : std::as_const(interactions))
            addInteraction(i);
        // Lists of every kind: a viewer's own, another user's public one
        // (visible) and another user's private one (reads as empty).
        bool publicList = false, privateList = false;
        for (int l = 0; l < Lists; ++l) {
            const MediaList list = generator.list(l);
            m_vocabulary.listIds.append(list.id);
            (list.isPublic ? publicList : privateList) = true;
        }
        QVERIFY2(publicList && privateList, "the generated library needs public and private lists");
        m_vocabulary.today = m_today;
        m_vocabulary.maxWithinDays = 1300;

        m_sqliteQuery = std::make_unique<SmartListQuery>(m_sqlite->database());
        m_postgresQuery = std::make_unique<SmartListQuery>(m_postgres->database());
        m_sqliteQuery->setToday(m_today);
        m_postgresQuery->setToday(m_today);
        qInfo("library of %d items on both backends in %lld ms", m_mediaCount, qint64(timer.elapsed()));
    }

    void cleanupTestCase()
    {
        m_sqliteQuery.reset();
        m_postgresQuery.reset();
        m_memberQueries.clear();
        for (auto &[name, database] : m_memberDatabases)
            database->closeAllConnections();
        m_memberDatabases.clear();
        m_household.reset();
        m_sqlite.reset();
        m_postgres.reset();
    }

    void randomFiltersAgreeOnBothBackends()
    {
        const quint64 seed = seedFromEnvironment();
        const int filters = filtersFromEnvironment();
        qInfo("filter seed %llu (replay with OMT_DIFF_SEED=%llu), %d filters", seed, seed, filters);

        test::RandomFilterGenerator generator(m_vocabulary, seed);
        DeterministicRandom viewers(seed ^ 0x5A5A);
        QElapsedTimer timer;
        timer.start();
        QSet<QString> coveredPairs;
        QSet<QString> nonTrivialPairs;
        int nonTrivial = 0, empty = 0, everything = 0, limited = 0;
        QStringList mismatches;
        qint64 sqliteNs = 0;
        qint64 postgresNs = 0;
        qint64 memberNs = 0;
        int askedAsMember = 0;
        for (int first = 0; first < filters; first += Batch) {
            QList<SmartFilter> batch;
            QStringList viewersOfBatch;
            for (int n = first; n < qMin(filters, first + Batch); ++n) {
                const SmartFilter filter = generator.filter();
                // Valid by construction: the parser takes the writer's document back unchanged.
                const auto reparsed = FilterParser::parse(FilterWriter::toJson(filter));
                QVERIFY2(reparsed.ok(),
                    qPrintable(QString::fromUtf8(FilterWriter::toText(filter)) + QStringLiteral(": ")
                        + (reparsed.ok() ? QString() : reparsed.error().message)));
                if (!(*reparsed == filter)) {
                    // Messages of QVERIFY2 are cut at 1,000 characters; a warning is not.
                    qWarning("written: %s\nread back: %s", compact(filter).constData(),
                        compact(*reparsed).constData());
                    QFAIL("a generated filter does not read back as written");
                }
                batch.append(filter);
                viewersOfBatch.append(m_usernames.at(qsizetype(viewers.below(quint64(m_usernames.size())))));
            }

            // The backends work at the same time: PostgreSQL on a thread of
            // its own (with its own connection), SQLite on this one.
            QList<Answer> pg(batch.size());
            std::thread worker([&] {
                QElapsedTimer clock;
                clock.start();
                for (qsizetype n = 0; n < batch.size(); ++n)
                    pg[n] = run(*m_postgresQuery, batch.at(n), m_postgresUsers.value(viewersOfBatch.at(n)));
                m_postgres->database().closeThreadConnection();
                postgresNs += clock.nsecsElapsed();
            });
            // The members, each over their own connection, on a third thread.
            QList<Answer> asMember(batch.size());
            std::thread memberWorker([&] {
                QElapsedTimer clock;
                clock.start();
                for (qsizetype n = 0; n < batch.size(); n += MemberEvery) {
                    const QString &viewer = viewersOfBatch.at(n);
                    asMember[n]
                        = run(*m_memberQueries.at(viewer), batch.at(n), m_householdUsers.value(viewer));
                }
                for (auto &[name, database] : m_memberDatabases)
                    database->closeThreadConnection();
                memberNs += clock.nsecsElapsed();
            });
            QList<Answer> lite(batch.size());
            QElapsedTimer clock;
            clock.start();
            for (qsizetype n = 0; n < batch.size(); ++n)
                lite[n] = run(*m_sqliteQuery, batch.at(n), m_sqliteUsers.value(viewersOfBatch.at(n)));
            sqliteNs += clock.nsecsElapsed();
            worker.join();
            memberWorker.join();

            for (qsizetype n = 0; n < batch.size(); ++n) {
                const SmartFilter &filter = batch.at(n);
                const QString difference
                    = TestFilterDifferential::difference(filter, viewersOfBatch.at(n), lite.at(n), pg.at(n));
                if (!difference.isEmpty()) {
                    mismatches.append(difference);
                    continue;
                }
                if (n % MemberEvery == 0) {
                    const QString memberDifference = TestFilterDifferential::difference(filter,
                        viewersOfBatch.at(n), pg.at(n), asMember.at(n), QStringLiteral("PostgreSQL"),
                        QStringLiteral("a member's connection"));
                    if (!memberDifference.isEmpty()) {
                        mismatches.append(memberDifference);
                        continue;
                    }
                    ++askedAsMember;
                }
                const int count = lite.at(n).count;
                const QSet<QString> pairs = test::RandomFilterGenerator::pairs(filter.root);
                coveredPairs.unite(pairs);
                limited += filter.limit && count == *filter.limit ? 1 : 0;
                if (count == 0) {
                    ++empty;
                } else if (count == m_mediaCount) {
                    ++everything;
                } else {
                    ++nonTrivial;
                    nonTrivialPairs.unite(pairs);
                }
            }
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("%d filters in %lld ms (SQLite %lld ms, PostgreSQL %lld ms, %d of them as members %lld ms): "
              "%d matched some items but not all, %d none, %d all, %d cut by their limit; %lld mismatches",
            filters, elapsed, sqliteNs / 1000000, postgresNs / 1000000, askedAsMember, memberNs / 1000000,
            nonTrivial, empty, everything, limited, qint64(mismatches.size()));
        for (const QString &mismatch : mismatches.mid(0, 20))
            qWarning("%s", qPrintable(mismatch));
        QVERIFY2(mismatches.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 filters differ between SQLite, PostgreSQL and members (seed %3)")
                    .arg(mismatches.size())
                    .arg(filters)
                    .arg(seed)));

        // Not vacuous: most filters split the library, and every field and
        // operator took part in such a filter.
        QVERIFY2(nonTrivial * 2 >= filters,
            qPrintable(QStringLiteral("only %1 of %2 filters matched some but not all items")
                           .arg(nonTrivial)
                           .arg(filters)));
        if (filters >= DefaultFilters) {
            for (const FilterFieldInfo &field : FilterCatalogue::fields()) {
                for (FilterOp op : field.ops) {
                    const QString pair = test::RandomFilterGenerator::pairName(field.field, op);
                    QVERIFY2(coveredPairs.contains(pair), qPrintable(pair + QStringLiteral(" never ran")));
                    QVERIFY2(nonTrivialPairs.contains(pair),
                        qPrintable(
                            pair + QStringLiteral(" never took part in a filter that split the library")));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFilterDifferential)
#include "tst_filterdifferential.moc"
