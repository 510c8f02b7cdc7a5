#include "LibraryFixture.h"
#include "core/TextKeys.h"
#include "storage/BulkWriter.h"
#include "storage/MediaRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace omt;

namespace {
Media makeMedia(const QString &title, MediaType type = MediaType::Book, QDate released = {},
    const QString &mediaClass = {})
{
    Media media;
    media.title = title;
    media.type = type;
    media.releaseDate = released;
    media.mediaClass = mediaClass;
    return media;
}

QString sortValue(const MediaSummary &m, MediaSortKey key, SortDirection direction)
{
    switch (key) {
    case MediaSortKey::Title: return TextKeys::sortKey(m.title);
    case MediaSortKey::ReleaseDate:
        return m.releaseDate.isValid()
            ? m.releaseDate.toString(Qt::ISODate)
            : (direction == SortDirection::Ascending ? QStringLiteral("9999-12-31")
                                                     : QStringLiteral("0000-01-01"));
    case MediaSortKey::CreatedAt: return m.createdAt.toString(Qt::ISODateWithMs);
    case MediaSortKey::UpdatedAt: return m.updatedAt.toString(Qt::ISODateWithMs);
    }
    return {};
}
} // namespace

class TestMediaRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;

    QList<MediaSummary> addSample()
    {
        const QList<Media> items = {
            makeMedia(QStringLiteral("Dune"), MediaType::Book, QDate(1965, 8, 1),
                QStringLiteral("text.book.novel")),
            makeMedia(QStringLiteral("Dune Messiah"), MediaType::Book, QDate(1969, 1, 1),
                QStringLiteral("text.book.novel")),
            makeMedia(QStringLiteral("Children of Dune"), MediaType::Book, QDate(1976, 4, 1),
                QStringLiteral("text.book.novel")),
            makeMedia(QStringLiteral("Dune"), MediaType::Film, QDate(2021, 9, 15),
                QStringLiteral("video.film.feature")),
            makeMedia(QStringLiteral("Amélie"), MediaType::Film, QDate(2001, 4, 25),
                QStringLiteral("video.film.feature")),
            makeMedia(
                QStringLiteral("amelie notes"), MediaType::Podcast, {}, QStringLiteral("audio.podcast")),
            makeMedia(
                QStringLiteral("Zelda"), MediaType::Game, QDate(1986, 2, 21), QStringLiteral("game.video")),
            makeMedia(QStringLiteral("The Last of Us"), MediaType::Game, QDate(2013, 6, 14),
                QStringLiteral("game.video")),
            makeMedia(QStringLiteral("Catan"), MediaType::BoardGame, {}, QStringLiteral("game.board")),
            makeMedia(QStringLiteral("Akira"), MediaType::Manga, QDate(1982, 12, 20),
                QStringLiteral("text.comic.manga")),
            makeMedia(QStringLiteral("Video Essays"), MediaType::Podcast, QDate(2019, 1, 1),
                QStringLiteral("video_extra")),
            makeMedia(QStringLiteral("Serial"), MediaType::Podcast, QDate(2014, 10, 3)),
        };
        QList<MediaSummary> summaries;
        for (Media media : items) {
            media.creators = { QStringLiteral("Someone") };
            auto created = m_media->create(media);
            if (!created)
                qFatal("%s", qPrintable(created.error().toString()));
            summaries.append(MediaSummary { created->id, created->type, created->mediaClass, created->title,
                created->releaseDate, created->country, created->creators, created->coverUrl, {},
                created->createdAt, created->updatedAt });
        }
        return summaries;
    }

    /// The titles a search finds, sorted, or the error it gave.
    QStringList foundTitles(const char *typed)
    {
        const auto hits = m_media->search(QString::fromUtf8(typed), 10);
        if (!hits)
            return QStringList { QStringLiteral("error: ") + hits.error().toString() };
        QStringList found;
        for (const MediaSummary &hit : *hits)
            found.append(hit.title);
        found.sort();
        return found;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_media = &m_lib->repos().media;
    }
    void cleanup()
    {
        m_media = nullptr;
        m_lib.reset();
    }

    void createdItemReadsBackExactly()
    {
        Media media = makeMedia(QStringLiteral("千と千尋の神隠し"), MediaType::Anime, QDate(2001, 7, 20),
            QStringLiteral("video.film.animated"));
        media.externalId = QStringLiteral("tmdb:129");
        media.country = QStringLiteral("jp");
        media.creators = { QStringLiteral("Hayao Miyazaki"), QStringLiteral("Studio Ghibli") };
        media.coverUrl = QStringLiteral("https://covers.example/129.jpg");
        media.description = QStringLiteral("A girl, a bathhouse, \"spirits\"; and 'quotes'.");
        media.attributes = { { QStringLiteral("runtime_minutes"), 125 },
            { QStringLiteral("languages"), QJsonArray { QStringLiteral("ja"), QStringLiteral("en") } } };
        const auto created = m_media->create(media);
        OMT_VERIFY_OK(created);
        QVERIFY(!created->id.isNull());
        QCOMPARE(created->country, QStringLiteral("JP"));
        QVERIFY(created->createdAt.isValid());

        const auto read = m_media->get(created->id);
        OMT_VERIFY_OK(read);
        QCOMPARE(read->title, media.title);
        QCOMPARE(read->externalId, media.externalId);
        QCOMPARE(read->type, MediaType::Anime);
        QCOMPARE(read->mediaClass, media.mediaClass);
        QCOMPARE(read->releaseDate, media.releaseDate);
        QCOMPARE(read->creators, media.creators);
        QCOMPARE(read->description, media.description);
        QCOMPARE(read->attributes, media.attributes);
        QCOMPARE(read->createdAt, created->createdAt);
        QCOMPARE(*read, *created);
    }

    void titlesInOtherLanguagesComeWithEverySummary()
    {
        Media media = makeMedia(QStringLiteral("Sen to Chihiro no Kamikakushi"), MediaType::Anime);
        const QJsonObject titles { { QStringLiteral("en"), QStringLiteral("Spirited Away") },
            { QStringLiteral("ja"), QStringLiteral("千と千尋の神隠し") } };
        media.attributes
            = { { QStringLiteral("titles"), titles }, { QStringLiteral("runtime_minutes"), 125 } };
        const auto created = m_media->create(media);
        OMT_VERIFY_OK(created);
        const auto plain = m_media->create(makeMedia(QStringLiteral("Paprika"), MediaType::Anime));
        OMT_VERIFY_OK(plain);

        const auto page = m_media->page(MediaQuery {}, PageCursor {}, 10);
        OMT_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows.at(1).titles, titles);
        QVERIFY(page->rows.at(0).titles.isEmpty());
        const auto found = m_media->search(QStringLiteral("chihiro"), 5);
        OMT_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().titles, titles);

        // A malformed object is refused before it is stored, saying why.
        media.attributes = { { QStringLiteral("titles"), QStringLiteral("Spirited Away") } };
        const auto refused = m_media->create(media);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("titles")), qPrintable(refused.error().message));
    }

    void duplicateExternalIdIsRefused()
    {
        Media first = makeMedia(QStringLiteral("The Matrix"), MediaType::Film);
        first.externalId = QStringLiteral("imdb:tt0133093");
        OMT_VERIFY_OK(m_media->create(first));
        Media second = makeMedia(QStringLiteral("Matrix (copy)"), MediaType::Film);
        second.externalId = first.externalId;
        const auto refused = m_media->create(second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::AlreadyExists);
        QVERIFY2(refused.error().message.contains(QStringLiteral("imdb:tt0133093")),
            qPrintable(refused.error().message));
        QCOMPARE(m_media->count({}).value(), 1);
    }

    void invalidItemsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("mediaClass");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("blank title") << QStringLiteral("   ") << QString() << QString()
                                     << QStringLiteral("title");
        QTest::newRow("class") << QStringLiteral("x") << QStringLiteral("video..film") << QString()
                               << QStringLiteral("class");
        QTest::newRow("class injection") << QStringLiteral("x") << QStringLiteral("a'); DROP TABLE x; --")
                                         << QString() << QStringLiteral("class");
        QTest::newRow("country") << QStringLiteral("x") << QString() << QStringLiteral("England")
                                 << QStringLiteral("country");
    }
    void invalidItemsAreRefusedWithAReason()
    {
        QFETCH(QString, title);
        QFETCH(QString, mediaClass);
        QFETCH(QString, country);
        QFETCH(QString, mentions);
        Media media = makeMedia(title, MediaType::Film, {}, mediaClass);
        media.country = country;
        const auto refused = m_media->create(media);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(mentions), qPrintable(refused.error().message));
        QCOMPARE(m_media->count({}).value(), 0);
    }

    void updateReplacesColumnsButKeepsCreation()
    {
        auto created = m_media->create(makeMedia(QStringLiteral("Draft title"), MediaType::Book));
        OMT_VERIFY_OK(created);
        Media changed = *created;
        changed.title = QStringLiteral("Final Title");
        changed.type = MediaType::Audiobook;
        changed.creators = { QStringLiteral("Narrator") };
        changed.attributes = { { QStringLiteral("runtime_minutes"), 600 } };
        QTest::qWait(2);
        const auto updated = m_media->update(changed);
        OMT_VERIFY_OK(updated);
        QCOMPARE(updated->title, QStringLiteral("Final Title"));
        QCOMPARE(updated->createdAt, created->createdAt);
        QVERIFY(updated->updatedAt > created->updatedAt);
        QCOMPARE(m_media->search(QStringLiteral("final"), 10).value().size(), 1);
        QCOMPARE(m_media->search(QStringLiteral("draft"), 10).value().size(), 0);

        Media ghost = changed;
        ghost.id = QUuid::createUuid();
        const auto missing = m_media->update(ghost);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void upsertByExternalIdKeepsTheItem()
    {
        Media media = makeMedia(QStringLiteral("Blade Runner"), MediaType::Film, QDate(1982, 6, 25));
        media.externalId = QStringLiteral("tmdb:78");
        const auto first = m_media->upsertByExternalId(media);
        OMT_VERIFY_OK(first);
        media.title = QStringLiteral("Blade Runner (Final Cut)");
        media.id = QUuid();
        const auto second = m_media->upsertByExternalId(media);
        OMT_VERIFY_OK(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->createdAt, first->createdAt);
        QCOMPARE(second->title, QStringLiteral("Blade Runner (Final Cut)"));
        QCOMPARE(m_media->count({}).value(), 1);
    }

    void removedItemIsGone()
    {
        auto created = m_media->create(makeMedia(QStringLiteral("Ephemeral"), MediaType::Comic));
        OMT_VERIFY_OK(created);
        OMT_VERIFY_OK(m_media->remove(created->id));
        QCOMPARE(m_media->get(created->id).error().code, Error::Code::NotFound);
        QCOMPARE(m_media->remove(created->id).error().code, Error::Code::NotFound);
        QVERIFY(m_media->search(QStringLiteral("ephemeral"), 10).value().isEmpty());
    }

    void pagesCoverEveryOrderExactlyOnce_data()
    {
        QTest::addColumn<MediaSortKey>("key");
        QTest::addColumn<SortDirection>("direction");
        for (auto key : { MediaSortKey::Title, MediaSortKey::ReleaseDate, MediaSortKey::CreatedAt,
                 MediaSortKey::UpdatedAt }) {
            for (auto direction : { SortDirection::Ascending, SortDirection::Descending }) {
                QTest::addRow("key %d %s", int(key), direction == SortDirection::Ascending ? "asc" : "desc")
                    << key << direction;
            }
        }
    }
    void pagesCoverEveryOrderExactlyOnce()
    {
        QFETCH(MediaSortKey, key);
        QFETCH(SortDirection, direction);
        QList<MediaSummary> expected = addSample();
        std::sort(expected.begin(), expected.end(), [&](const MediaSummary &a, const MediaSummary &b) {
            const auto ka = std::make_pair(sortValue(a, key, direction), a.id.toString(QUuid::WithoutBraces));
            const auto kb = std::make_pair(sortValue(b, key, direction), b.id.toString(QUuid::WithoutBraces));
            return direction == SortDirection::Ascending ? ka < kb : kb < ka;
        });

        MediaQuery query;
        query.sortKey = key;
        query.direction = direction;
        QList<QUuid> seen;
        PageCursor cursor;
        int pages = 0;
        do {
            const auto page = m_media->page(query, cursor, 5);
            OMT_VERIFY_OK(page);
            for (const MediaSummary &row : page->rows)
                seen.append(row.id);
            cursor = page->next;
            QVERIFY(++pages < 10);
        } while (!cursor.isStart());
        QList<QUuid> expectedIds;
        for (const MediaSummary &m : expected)
            expectedIds.append(m.id);
        QCOMPARE(seen, expectedIds);

        // Jumping straight to a far page gives the same rows as walking there.
        const auto anchors = m_media->pageAnchors(query, 5);
        OMT_VERIFY_OK(anchors);
        QCOMPARE(anchors->size(), expected.size() / 5);
        const auto third = m_media->page(query, anchors->at(1), 5);
        OMT_VERIFY_OK(third);
        QCOMPARE(third->rows.first().id, expectedIds.at(10));
    }

    void rankAgreesWithPaging_data()
    {
        QTest::addColumn<MediaSortKey>("key");
        QTest::addColumn<SortDirection>("direction");
        for (auto key : { MediaSortKey::Title, MediaSortKey::ReleaseDate, MediaSortKey::CreatedAt,
                 MediaSortKey::UpdatedAt }) {
            for (auto direction : { SortDirection::Ascending, SortDirection::Descending }) {
                QTest::addRow("key %d %s", int(key), direction == SortDirection::Ascending ? "asc" : "desc")
                    << key << direction;
            }
        }
    }
    void rankAgreesWithPaging()
    {
        QFETCH(MediaSortKey, key);
        QFETCH(SortDirection, direction);
        addSample();
        // Ties in every sort key (same title, no date, same timestamps), so
        // that the order between them rests on the id alone.
        QList<Media> twins;
        const QDateTime stamp = QDateTime(QDate(2020, 5, 17), QTime(8, 30), QTimeZone::utc());
        for (int i = 0; i < 6; ++i) {
            Media media
                = makeMedia(QStringLiteral("Twin"), MediaType::Film, i % 2 ? QDate() : QDate(1999, 3, 31),
                    i % 3 ? QStringLiteral("video.film") : QStringLiteral("video"));
            media.id = QUuid::createUuid();
            media.createdAt = media.updatedAt = stamp;
            twins.append(media);
        }
        OMT_VERIFY_OK(BulkWriter(m_lib->database()).writeMedia(twins));

        QList<MediaQuery> queries;
        for (int filter = 0; filter < 4; ++filter) {
            MediaQuery query;
            query.sortKey = key;
            query.direction = direction;
            if (filter == 1)
                query.type = MediaType::Film;
            if (filter == 2)
                query.classSubtree = QStringLiteral("video");
            if (filter == 3) {
                query.type = MediaType::Game;
                query.classSubtree = QStringLiteral("game");
            }
            queries.append(query);
        }
        const QUuid film = twins.first().id; // in "video": only the game filter leaves it out
        for (const MediaQuery &query : std::as_const(queries)) {
            QList<QUuid> walked;
            PageCursor cursor;
            do {
                const auto page = m_media->page(query, cursor, 4);
                OMT_VERIFY_OK(page);
                for (const MediaSummary &row : page->rows)
                    walked.append(row.id);
                cursor = page->next;
            } while (!cursor.isStart());
            QCOMPARE(walked.size(), m_media->count(query).value());
            QVERIFY(!walked.isEmpty());
            for (qsizetype i = 0; i < walked.size(); ++i) {
                const auto rank = m_media->rankOf(query, walked.at(i));
                OMT_VERIFY_OK(rank);
                QCOMPARE(*rank, int(i));
            }
            // All ranks at once, with an item that does not exist.
            QList<QUuid> asked = walked;
            std::reverse(asked.begin(), asked.end());
            asked.append(QUuid::createUuid());
            const auto ranks = m_media->ranksOf(query, asked);
            OMT_VERIFY_OK(ranks);
            QCOMPARE(ranks->size(), walked.size());
            for (qsizetype i = 0; i < walked.size(); ++i)
                QCOMPARE(ranks->value(walked.at(i), -1), int(i));
            // An item the filters leave out, and one that does not exist.
            if (query.type == MediaType::Game) {
                QCOMPARE(m_media->rankOf(query, film).error().code, Error::Code::NotFound);
                QVERIFY(!m_media->ranksOf(query, { film }).value().contains(film));
            }
            QCOMPARE(m_media->rankOf(query, QUuid::createUuid()).error().code, Error::Code::NotFound);
        }
        QVERIFY(m_media->count(queries.at(3)).value() > 0);

        MediaQuery bad;
        bad.classSubtree = QStringLiteral("game'--");
        QCOMPARE(m_media->rankOf(bad, film).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_media->ranksOf(bad, { film }).error().code, Error::Code::InvalidInput);
    }

    void classCountsFollowTheClassTree()
    {
        addSample();
        OMT_VERIFY_OK(m_media->create(
            makeMedia(QStringLiteral("Untitled reel"), MediaType::Film, {}, QStringLiteral("video"))));
        OMT_VERIFY_OK(m_media->create(makeMedia(
            QStringLiteral("Dune Part Two"), MediaType::Film, {}, QStringLiteral("video.film.feature"))));
        const auto counts = m_media->classCounts();
        OMT_VERIFY_OK(counts);
        // A class right before its descendants ("video" < "video.film…" <
        // "video_extra"); items without a class are not counted.
        const QList<ClassCount> expected {
            { QStringLiteral("audio.podcast"), 1 },
            { QStringLiteral("game.board"), 1 },
            { QStringLiteral("game.video"), 2 },
            { QStringLiteral("text.book.novel"), 3 },
            { QStringLiteral("text.comic.manga"), 1 },
            { QStringLiteral("video"), 1 },
            { QStringLiteral("video.film.feature"), 3 },
            { QStringLiteral("video_extra"), 1 },
        };
        QCOMPARE(*counts, expected);

        auto dune = m_media->search(QStringLiteral("dune part"), 1);
        OMT_VERIFY_OK(dune);
        OMT_VERIFY_OK(m_media->remove(dune->first().id));
        QCOMPARE(m_media->classCounts()->at(6), (ClassCount { QStringLiteral("video.film.feature"), 2 }));
    }

    void titleSortIgnoresCaseAndAccents()
    {
        addSample();
        MediaQuery query;
        const auto page = m_media->page(query, {}, 4);
        OMT_VERIFY_OK(page);
        QStringList titles;
        for (const auto &row : page->rows)
            titles.append(row.title);
        QCOMPARE(titles,
            (QStringList { QStringLiteral("Akira"), QStringLiteral("Amélie"), QStringLiteral("amelie notes"),
                QStringLiteral("Catan") }));
    }

    void filtersByTypeAndClassSubtree()
    {
        addSample();
        MediaQuery films;
        films.type = MediaType::Film;
        QCOMPARE(m_media->count(films).value(), 2);

        MediaQuery video;
        video.classSubtree = QStringLiteral("video");
        // "video_extra" shares the prefix but is not below "video".
        QCOMPARE(m_media->count(video).value(), 2);
        MediaQuery games;
        games.classSubtree = QStringLiteral("game");
        const auto page = m_media->page(games, {}, 10);
        OMT_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 3);
        for (const auto &row : page->rows)
            QVERIFY(row.mediaClass.startsWith(QStringLiteral("game.")));

        MediaQuery bad;
        bad.classSubtree = QStringLiteral("game'--");
        QCOMPARE(m_media->page(bad, {}, 10).error().code, Error::Code::InvalidInput);

        const auto byType = m_media->countByType();
        OMT_VERIFY_OK(byType);
        QCOMPARE(byType->value(MediaType::Podcast), 3);
        QCOMPARE(byType->value(MediaType::Audiobook), 0);
    }

    void pagesThroughALargeSubtreeInOrder()
    {
        // Large enough that SQLite walks the sort order instead of the class
        // index (MediaRepository::classAccessForPaging); small subtrees the other way.
        QList<Media> films;
        for (int i = 0; i < 6000; ++i) {
            Media media = makeMedia(QStringLiteral("Film %1").arg(i), MediaType::Film,
                i % 7 == 0 ? QDate() : QDate(1900 + i % 120, 1 + i % 12, 1 + i % 28),
                i % 2 ? QStringLiteral("video.film.feature") : QStringLiteral("video.film"));
            media.id = QUuid::createUuid();
            films.append(media);
        }
        OMT_VERIFY_OK(BulkWriter(m_lib->database()).writeMedia(films));
        addSample();

        for (const QString &subtree : { QStringLiteral("video"), QStringLiteral("text.book") }) {
            MediaQuery query;
            query.classSubtree = subtree;
            query.sortKey = MediaSortKey::ReleaseDate;
            query.direction = SortDirection::Descending;
            const int expected = m_media->count(query).value();
            QVERIFY(expected > 0);
            QSet<QUuid> seen;
            QString previous = QStringLiteral("9999-12-31");
            PageCursor cursor;
            do {
                const auto page = m_media->page(query, cursor, 500);
                OMT_VERIFY_OK(page);
                for (const MediaSummary &row : page->rows) {
                    QVERIFY(
                        row.mediaClass == subtree || row.mediaClass.startsWith(subtree + QLatin1Char('.')));
                    const QString date = sortValue(row, query.sortKey, query.direction);
                    QVERIFY2(date <= previous, qPrintable(date + QStringLiteral(" after ") + previous));
                    previous = date;
                    QVERIFY(!seen.contains(row.id));
                    seen.insert(row.id);
                }
                cursor = page->next;
            } while (!cursor.isStart());
            QCOMPARE(int(seen.size()), expected);
        }
    }

    void searchRanksTitlePrefixFirst()
    {
        addSample();
        Media byCreator = makeMedia(QStringLiteral("Collected Essays"), MediaType::Book);
        byCreator.creators = { QStringLiteral("Duncan Jones") };
        OMT_VERIFY_OK(m_media->create(byCreator));

        const auto hits = m_media->search(QStringLiteral("dune"), 10);
        OMT_VERIFY_OK(hits);
        QCOMPARE(hits->size(), 4);
        QCOMPARE(hits->at(0).title, QStringLiteral("Dune"));
        QCOMPARE(hits->at(1).title, QStringLiteral("Dune"));
        QCOMPARE(hits->at(2).title, QStringLiteral("Dune Messiah"));
        QCOMPARE(hits->at(3).title, QStringLiteral("Children of Dune"));

        // A prefix of a creator's name; a word in the middle of a title.
        const auto creator = m_media->search(QStringLiteral("dunc"), 10);
        OMT_VERIFY_OK(creator);
        QCOMPARE(creator->size(), 1);
        QCOMPARE(creator->first().title, QStringLiteral("Collected Essays"));
        const auto middle = m_media->search(QStringLiteral("mess"), 10);
        OMT_VERIFY_OK(middle);
        QCOMPARE(middle->size(), 1);
        QCOMPARE(middle->first().title, QStringLiteral("Dune Messiah"));
    }

    void searchIgnoresAccentsCaseAndPunctuation()
    {
        addSample();
        const auto accents = m_media->search(QStringLiteral("AMELIE"), 10);
        OMT_VERIFY_OK(accents);
        QCOMPARE(accents->size(), 2);
        const auto typed = m_media->search(QStringLiteral("Amél"), 10);
        OMT_VERIFY_OK(typed);
        QCOMPARE(typed->size(), 2);
        QVERIFY(m_media->search(QStringLiteral("\"*:()&|!"), 10).value().isEmpty());
        QVERIFY(m_media->search(QStringLiteral("' OR 1=1 --"), 10).value().isEmpty());
        QCOMPARE(m_media->search(QStringLiteral("the last of"), 10).value().size(), 1);
        QCOMPARE(m_media->search(QStringLiteral("d"), 2).value().size(), 2);
    }

    void searchTreatsEveryLetterAsText()
    {
        // Modifier letters (the Hawaiian ʻokina, the IPA length mark) are
        // letters; PostgreSQL's unaccent, once used for search, turned them
        // into a quote and a colon, which became tsquery syntax. The
        // words sit inside titles so that the full-text index, not the title
        // prefix, has to find them.
        for (const char *title : { "Songs of ʻOkina", "Notes on the aːb Variations", "The Atlasːc Chronicles",
                 "Atlas of Islands" })
            OMT_VERIFY_OK(m_media->create(makeMedia(QString::fromUtf8(title), MediaType::Book)));
        QCOMPARE(foundTitles("ʻokina"), QStringList { QStringLiteral("Songs of ʻOkina") });
        QCOMPARE(foundTitles("ʻoki"), QStringList { QStringLiteral("Songs of ʻOkina") });
        QCOMPARE(foundTitles("the aːb"), QStringList { QStringLiteral("Notes on the aːb Variations") });
        // Not the weight filter 'atlas':C, which found nothing at all.
        QCOMPARE(foundTitles("chronicles atlasːc"), QStringList { QStringLiteral("The Atlasːc Chronicles") });
        QCOMPARE(foundTitles("islands atlas"), QStringList { QStringLiteral("Atlas of Islands") });
        // The ʻokina alone is a letter too: the start of a word.
        QCOMPARE(foundTitles("ʻ"), QStringList { QStringLiteral("Songs of ʻOkina") });
        QCOMPARE(foundTitles("\\ '' ʻʻ :* & | !"), QStringList());
    }

    void wordsInsideTitlesWithoutSpacesAreFound()
    {
        // Chinese, Japanese and Thai are written without spaces and Korean
        // words carry particles: two or more characters anywhere in a
        // title find it, on both backends, also in smart lists.
        Media spirited = makeMedia(QStringLiteral("千と千尋の神隠し"), MediaType::Anime);
        spirited.creators = { QStringLiteral("宮崎駿"), QStringLiteral("Studio Ghibli") };
        OMT_VERIFY_OK(m_media->create(spirited));
        for (const char *title : { "東京タワー", "ภาษาไทยวันนี้", "한국어 제목입니다", "Tokyo Tower" })
            OMT_VERIFY_OK(m_media->create(makeMedia(QString::fromUtf8(title), MediaType::Book)));
        const QStringList spiritedAway { QStringLiteral("千と千尋の神隠し") };
        QCOMPARE(foundTitles("千尋"), spiritedAway);
        QCOMPARE(foundTitles("神隠し"), spiritedAway);
        QCOMPARE(foundTitles("隠し"), spiritedAway);
        QCOMPARE(foundTitles("と千尋の"), spiritedAway);
        QCOMPARE(foundTitles("尋千"), QStringList());
        QCOMPARE(foundTitles("ghibli 神隠"), spiritedAway);
        QCOMPARE(foundTitles("神隠 ghib"), spiritedAway);
        QCOMPARE(foundTitles("神隠 tokyo"), QStringList());
        QCOMPARE(foundTitles("宮崎"), spiritedAway);
        QCOMPARE(foundTitles("タワー"), QStringList { QStringLiteral("東京タワー") });
        QCOMPARE(foundTitles("ไทย"), QStringList { QStringLiteral("ภาษาไทยวันนี้") });
        QCOMPARE(foundTitles("목입"), QStringList { QStringLiteral("한국어 제목입니다") });
        // One character is too little to look inside words.
        QCOMPARE(foundTitles("尋"), QStringList());
    }

    void aLongPasteSearchesLikeItsDistinctWords()
    {
        addSample();
        const auto once = m_media->search(QStringLiteral("dune"), 10);
        OMT_VERIFY_OK(once);
        const auto pasted = m_media->search(QStringLiteral("dune ").repeated(5000), 10);
        OMT_VERIFY_OK(pasted);
        // The same items (the pasted text is no title's beginning, so their
        // order may differ).
        const auto ids = [](const QList<MediaSummary> &hits) {
            QStringList result;
            for (const MediaSummary &hit : hits)
                result.append(hit.id.toString());
            result.sort();
            return result;
        };
        QCOMPARE(ids(*pasted), ids(*once));
    }

    void damagedPagesAreAnErrorNotFewerRows()
    {
        if (m_lib->kind() != SqlDialect::Kind::SQLite)
            QSKIP("Only a library file can be damaged by writing over its pages");

        // 500 items whose short titles hold the word "alpha", and 300 whose
        // longer titles start with it. Searching "alpha" takes the first 250
        // of the 300 in title order; when the damage sits among "Alpha 100" …
        // "Alpha 199", that step meets it in its row loop after fewer than 250
        // rows, and the full-text step, which ranks the short titles best and
        // never reads a damaged row, would fill the results up to 250 as if
        // nothing had happened.
        constexpr int Elsewhere = 500;
        constexpr int Prefixed = 300;
        constexpr int Limit = 250;
        const QString filler
            = QStringLiteral("Words that fill a description to a few hundred bytes. ").repeated(6);
        QList<Media> items;
        for (int i = 0; i < Elsewhere + Prefixed; ++i) {
            Media media = i < Elsewhere
                ? makeMedia(QStringLiteral("Omega Alpha %1").arg(i, 3, 10, QLatin1Char('0')))
                : makeMedia(QStringLiteral("Alpha %1 and a much longer title of many more words")
                                .arg(i - Elsewhere, 3, 10, QLatin1Char('0')));
            media.id = QUuid::createUuid();
            media.description = filler;
            items.append(media);
        }
        OMT_VERIFY_OK(BulkWriter(m_lib->database()).writeMedia(items));
        const auto intact = m_media->search(QStringLiteral("alpha"), Limit);
        OMT_VERIFY_OK(intact);
        QCOMPARE(intact->size(), Limit);

        // Random bytes over up to three leaf pages of the items' table that
        // hold only items "Alpha 100" … "Alpha 199". Leaves in b-tree order
        // hold the rows in row order.
        m_lib->database().closeAllConnections();
        const QString file = m_lib->testDatabase().settings().sqlitePath;
        QList<qint64> damagedPages;
        QList<QUuid> damagedIds;
        qint64 pageSize = 0;
        {
            QSqlDatabase direct
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            direct.setDatabaseName(file);
            QVERIFY(direct.open());
            QSqlQuery query(direct);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
            QList<std::pair<QString, QUuid>> rows;
            QVERIFY(query.exec(QStringLiteral("SELECT title, id FROM media_media ORDER BY seq")));
            while (query.next())
                rows.append({ query.value(0).toString(), QUuid::fromString(query.value(1).toString()) });
            QCOMPARE(rows.size(), items.size());
            const auto inMiddle = [](const QString &title) {
                const int number = title.mid(6, 3).toInt();
                return title.startsWith(QLatin1String("Alpha ")) && number >= 100 && number < 200;
            };
            if (!query.exec(
                    QStringLiteral("SELECT pageno, ncell FROM dbstat"
                                   " WHERE name = 'media_media' AND pagetype = 'leaf' ORDER BY path"))) {
                query = QSqlQuery();
                direct.close();
                QSqlDatabase::removeDatabase(QStringLiteral("damage"));
                QSKIP("This SQLite has no dbstat table to find the pages of a table");
            }
            qsizetype row = 0;
            while (query.next() && damagedPages.size() < 3) {
                const qsizetype cells = query.value(1).toInt();
                QVERIFY(row + cells <= rows.size());
                const auto first = rows.cbegin() + row;
                if (cells > 0
                    && std::all_of(first, first + cells, [&](const auto &r) { return inMiddle(r.first); })) {
                    damagedPages.append(query.value(0).toLongLong());
                    for (auto it = first; it != first + cells; ++it)
                        damagedIds.append(it->second);
                }
                row += cells;
            }
            query = QSqlQuery();
            direct.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QVERIFY2(!damagedPages.isEmpty(), "no leaf page holds only items Alpha 100 … 199");
        {
            QFile library(file);
            QVERIFY(library.open(QIODevice::ReadWrite));
            QRandomGenerator random(42);
            for (const qint64 page : std::as_const(damagedPages)) {
                QByteArray noise(pageSize, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
                QVERIFY(library.seek((page - 1) * pageSize));
                QCOMPARE(library.write(noise), qint64(noise.size()));
            }
        }

        Database damaged(m_lib->testDatabase().settings());
        MediaRepository media(damaged);
        const auto isDamage = [](const auto &result) {
            return !result.ok() && result.error().code == Error::Code::Corrupt
                && result.error().message.contains(QLatin1String("damaged"));
        };
        const auto described = [](const auto &result) {
            return result.ok() ? QByteArray("no error") : result.error().toString().toUtf8();
        };
        const auto searched = media.search(QStringLiteral("alpha"), Limit);
        QVERIFY2(isDamage(searched), described(searched).constData());
        const auto paged = media.page(MediaQuery {}, PageCursor {}, 1000);
        QVERIFY2(isDamage(paged), described(paged).constData());
        // An item on a damaged page is not "gone".
        const QUuid lost = damagedIds.at(damagedIds.size() / 2);
        const auto read = media.get(lost);
        QVERIFY2(isDamage(read), described(read).constData());
        QList<QUuid> all;
        for (const Media &item : std::as_const(items))
            all.append(item.id);
        const auto summarized = media.summaries(all);
        QVERIFY2(isDamage(summarized), described(summarized).constData());
        QVERIFY(damaged.health().damageSeen());
        damaged.closeAllConnections();
    }
};

QTEST_GUILESS_MAIN(TestMediaRepository)
#include "tst_mediarepository.moc"
