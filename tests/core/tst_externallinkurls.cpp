#include "core/ExternalLinkUrls.h"

#include <QTest>

using namespace omt;

namespace {
ExternalLink link(const QString &source, const QString &key, const QString &url = {})
{
    ExternalLink result;
    result.source = source;
    result.externalKey = key;
    result.url = url;
    return result;
}
} // namespace

class TestExternalLinkUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templates_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *source, const char *key, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(key)
                                << QString::fromUtf8(expected);
        };
        row("imdb title", "imdb", "tt0133093", "https://www.imdb.com/title/tt0133093/");
        row("imdb name", "imdb", "nm0000206", "https://www.imdb.com/name/nm0000206/");
        row("imdb upper case", "IMDb", " TT0133093 ", "https://www.imdb.com/title/tt0133093/");
        row("imdb garbage", "imdb", "matrix", "");
        row("tmdb movie", "tmdb", "movie/603", "https://www.themoviedb.org/movie/603");
        row("tmdb tv", "tmdb", "tv/1399", "https://www.themoviedb.org/tv/1399");
        row("tmdb bare number is a film", "tmdb", "603", "https://www.themoviedb.org/movie/603");
        row("tmdb slug", "tmdb", "603-the-matrix", "https://www.themoviedb.org/movie/603");
        row("tvdb number", "tvdb", "81189", "https://thetvdb.com/dereferrer/series/81189");
        row("tvdb slug", "tvdb", "breaking-bad", "https://thetvdb.com/series/breaking-bad");
        row("tvdb movie", "tvdb", "movie/123", "https://thetvdb.com/dereferrer/movie/123");
        row("openlibrary work", "openlibrary", "OL45804W", "https://openlibrary.org/works/OL45804W");
        row("openlibrary edition", "openlibrary", "OL7353617M", "https://openlibrary.org/books/OL7353617M");
        row("openlibrary author", "openlibrary", "OL23919A", "https://openlibrary.org/authors/OL23919A");
        row("openlibrary path", "openlibrary", "/works/OL45804W", "https://openlibrary.org/works/OL45804W");
        row("openlibrary unknown kind", "openlibrary", "OL45804X", "");
        row("isbn hyphens", "isbn", "978-0-441-17271-9", "https://openlibrary.org/isbn/9780441172719");
        row("isbn10 spaces and x", "isbn", "0 8044 2957 x", "https://openlibrary.org/isbn/080442957X");
        row("isbn too short", "isbn", "12345", "");
        row("musicbrainz bare is a release group", "musicbrainz", "F5093C06-23E3-404F-AEAA-40F72885EE3A",
            "https://musicbrainz.org/release-group/f5093c06-23e3-404f-aeaa-40f72885ee3a");
        row("musicbrainz release", "musicbrainz", "release/b84ee12a-09ef-421b-82de-0441a926375b",
            "https://musicbrainz.org/release/b84ee12a-09ef-421b-82de-0441a926375b");
        row("musicbrainz not an mbid", "musicbrainz", "release/123", "");
        row("discogs bare is a master", "discogs", "33236", "https://www.discogs.com/master/33236");
        row("discogs release", "discogs", "release/249504", "https://www.discogs.com/release/249504");
        row("discogs code", "discogs", "[r249504]", "https://www.discogs.com/release/249504");
        row("anilist", "anilist", "21", "https://anilist.co/anime/21");
        row("anilist manga", "anilist", "manga/30013", "https://anilist.co/manga/30013");
        row("myanimelist", "myanimelist", "anime/5114", "https://myanimelist.net/anime/5114");
        row("myanimelist manga", "myanimelist", "manga/2", "https://myanimelist.net/manga/2");
        row("igdb", "igdb", "the-witcher-3-wild-hunt", "https://www.igdb.com/games/the-witcher-3-wild-hunt");
        row("igdb path", "igdb", "games/celeste", "https://www.igdb.com/games/celeste");
        row("igdb encodes", "igdb", "caf\xc3\xa9", "https://www.igdb.com/games/caf%C3%A9");
        row("igdb no traversal", "igdb", "../admin", "");
        row("igdb dot dot", "igdb", "..", "");
        row("steam", "steam", "620", "https://store.steampowered.com/app/620/");
        row("steam app path", "steam", "app/620", "https://store.steampowered.com/app/620/");
        row("steam garbage", "steam", "portal", "");
        row("boardgamegeek", "boardgamegeek", "13", "https://boardgamegeek.com/boardgame/13");
        row("bgg alias", "bgg", "174430", "https://boardgamegeek.com/boardgame/174430");
        row("wikidata", "wikidata", "Q42", "https://www.wikidata.org/wiki/Q42");
        row("wikidata property", "wikidata", "p31", "https://www.wikidata.org/wiki/Property:P31");
        row("wikidata garbage", "wikidata", "Douglas Adams", "");
        row("unknown source", "letterboxd", "the-matrix", "");
        row("known by name only", "comicvine", "4000-12345", "");
        row("empty key", "imdb", "  ", "");
    }

    void templates()
    {
        QFETCH(QString, source);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QUrl url = ExternalLinkUrls::urlFor(link(source, key));
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        } else {
            QVERIFY(url.isValid());
            QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
        }
    }

    void bareIdentifiersFollowTheMediaType()
    {
        QCOMPARE(
            ExternalLinkUrls::urlFor(link(QStringLiteral("tmdb"), QStringLiteral("1399")), MediaType::TvShow),
            QUrl(QStringLiteral("https://www.themoviedb.org/tv/1399")));
        QCOMPARE(ExternalLinkUrls::urlFor(
                     link(QStringLiteral("anilist"), QStringLiteral("30013")), MediaType::Manga),
            QUrl(QStringLiteral("https://anilist.co/manga/30013")));
        QCOMPARE(ExternalLinkUrls::urlFor(
                     link(QStringLiteral("myanimelist"), QStringLiteral("2")), MediaType::Manga),
            QUrl(QStringLiteral("https://myanimelist.net/manga/2")));
        QCOMPARE(
            ExternalLinkUrls::urlFor(link(QStringLiteral("tvdb"), QStringLiteral("123")), MediaType::Film),
            QUrl(QStringLiteral("https://thetvdb.com/dereferrer/movie/123")));
        // An explicit kind in the key wins over the item's type.
        QCOMPARE(ExternalLinkUrls::urlFor(
                     link(QStringLiteral("tmdb"), QStringLiteral("movie/603")), MediaType::TvShow),
            QUrl(QStringLiteral("https://www.themoviedb.org/movie/603")));
    }

    void explicitUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << QStringLiteral("https://example.org/item?id=7")
                               << QStringLiteral("https://example.org/item?id=7");
        QTest::newRow("http, trimmed")
            << QStringLiteral("  http://example.org/a  ") << QStringLiteral("http://example.org/a");
        // Refused addresses fall back to the source template (imdb tt0133093 here).
        const QString fallback = QStringLiteral("https://www.imdb.com/title/tt0133093/");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << fallback;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << fallback;
        QTest::newRow("custom scheme") << QStringLiteral("steam://run/620") << fallback;
        QTest::newRow("relative") << QStringLiteral("/title/tt1/") << fallback;
        QTest::newRow("user info") << QStringLiteral("https://bank.example@evil.example/") << fallback;
        QTest::newRow("no host") << QStringLiteral("https:///path") << fallback;
    }

    void explicitUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QUrl result
            = ExternalLinkUrls::urlFor(link(QStringLiteral("imdb"), QStringLiteral("tt0133093"), url));
        QCOMPARE(result.toString(QUrl::FullyEncoded), expected);
    }

    void unsafeExplicitUrlWithoutTemplateGivesNothing()
    {
        const QUrl url = ExternalLinkUrls::urlFor(link(QStringLiteral("letterboxd"),
            QStringLiteral("the-matrix"), QStringLiteral("javascript:alert(1)")));
        QVERIFY(!url.isValid());
        // A safe explicit url works for any source, known or not.
        QCOMPARE(ExternalLinkUrls::urlFor(link(QStringLiteral("letterboxd"), QStringLiteral("the-matrix"),
                     QStringLiteral("https://letterboxd.com/film/the-matrix/"))),
            QUrl(QStringLiteral("https://letterboxd.com/film/the-matrix/")));
    }

    void displayNames()
    {
        QCOMPARE(ExternalLinkUrls::displayName(QStringLiteral("imdb")), QStringLiteral("IMDb"));
        QCOMPARE(
            ExternalLinkUrls::displayName(QStringLiteral("openlibrary")), QStringLiteral("Open Library"));
        QCOMPARE(ExternalLinkUrls::displayName(QStringLiteral("bgg")), QStringLiteral("BoardGameGeek"));
        QCOMPARE(ExternalLinkUrls::displayName(QStringLiteral("TMDB")), QStringLiteral("TMDB"));
        QCOMPARE(ExternalLinkUrls::displayName(QStringLiteral("letterboxd")), QStringLiteral("Letterboxd"));
    }

    void everyKnownSourceHasATemplateAndAName()
    {
        const QStringList sources = ExternalLinkUrls::knownSources();
        for (const char *wanted : { "imdb", "tmdb", "tvdb", "openlibrary", "isbn", "musicbrainz", "discogs",
                 "anilist", "myanimelist", "igdb", "steam", "boardgamegeek", "wikidata" })
            QVERIFY2(sources.contains(QString::fromLatin1(wanted)), wanted);
        QVERIFY(!sources.contains(QStringLiteral("bgg")));
        for (const QString &source : sources) {
            QVERIFY2(ExternalLinkUrls::displayName(source) != source, qPrintable(source));
        }
    }
};

QTEST_APPLESS_MAIN(TestExternalLinkUrls)
#include "tst_externallinkurls.moc"
