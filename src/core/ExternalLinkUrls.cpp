#include "ExternalLinkUrls.h"

#include <QRegularExpression>

#include <optional>

namespace omt::ExternalLinkUrls {
namespace {

using Kind = std::optional<MediaType>;
/// Builds the address text for a trimmed key, or returns an empty string
/// when the key cannot be an identifier of that catalogue.
using Builder = QString (*)(const QString &key, Kind type);

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// A free-form page name; "." and ".." would climb out of the catalogue's path.
bool isSlug(const QString &text)
{
    return !text.isEmpty() && text != QLatin1String(".") && text != QLatin1String("..");
}

QRegularExpression anchored(const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)),
        QRegularExpression::CaseInsensitiveOption);
}

QString imdb(const QString &key, Kind)
{
    static const QRegularExpression format = anchored("(tt|nm|co)\\d{7,}");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    const QString prefix = m.captured(1).toLower();
    const QString path = prefix == QLatin1String("nm") ? QStringLiteral("name")
        : prefix == QLatin1String("co")                ? QStringLiteral("company")
                                                       : QStringLiteral("title");
    return QStringLiteral("https://www.imdb.com/%1/%2/").arg(path, key.toLower());
}

QString tmdb(const QString &key, Kind type)
{
    // "movie/603", "tv/1399", TMDB's own "603-the-matrix" slugs, or a bare number.
    static const QRegularExpression format
        = anchored("(?:(movie|tv|person|collection|company|network)/)?(\\d+)(?:-[^/]*)?");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    QString kind = m.captured(1).toLower();
    if (kind.isEmpty())
        kind = type == MediaType::TvShow || type == MediaType::Anime ? QStringLiteral("tv")
                                                                     : QStringLiteral("movie");
    return QStringLiteral("https://www.themoviedb.org/%1/%2").arg(kind, m.captured(2));
}

QString tvdb(const QString &key, Kind type)
{
    // TheTVDB's pages are named by slug; numeric ids reach them through its
    // documented "dereferrer" redirect.
    static const QRegularExpression numeric = anchored("(?:(series|movie|episode)/)?(\\d+)");
    static const QRegularExpression slug = anchored("(?:(series|movies)/)?([^/?#\\s]+)");
    if (const auto m = numeric.match(key); m.hasMatch()) {
        QString kind = m.captured(1).toLower();
        if (kind.isEmpty())
            kind = type == MediaType::Film ? QStringLiteral("movie") : QStringLiteral("series");
        return QStringLiteral("https://thetvdb.com/dereferrer/%1/%2").arg(kind, m.captured(2));
    }
    if (const auto m = slug.match(key); m.hasMatch() && isSlug(m.captured(2))) {
        QString kind = m.captured(1).toLower();
        if (kind.isEmpty())
            kind = type == MediaType::Film ? QStringLiteral("movies") : QStringLiteral("series");
        return QStringLiteral("https://thetvdb.com/%1/%2").arg(kind, encoded(m.captured(2)));
    }
    return {};
}

QString openLibrary(const QString &key, Kind)
{
    // Open Library ids end in a letter naming the kind of record: W works,
    // M editions ("books" in its URLs), A authors.
    static const QRegularExpression format = anchored("(?:/?(?:works|books|authors)/)?(OL\\d+([WMA]))");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    const QChar kind = m.captured(2).toUpper().at(0);
    const QString path = kind == QLatin1Char('W') ? QStringLiteral("works")
        : kind == QLatin1Char('M')                ? QStringLiteral("books")
                                                  : QStringLiteral("authors");
    return QStringLiteral("https://openlibrary.org/%1/%2").arg(path, m.captured(1).toUpper());
}

QString isbn(const QString &key, Kind)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]"));
    static const QRegularExpression format = anchored("\\d{9}[\\dX]|\\d{13}");
    QString digits = key;
    digits.remove(separators);
    digits = digits.toUpper();
    if (!format.match(digits).hasMatch())
        return {};
    return QStringLiteral("https://openlibrary.org/isbn/") + digits;
}

QString musicBrainz(const QString &key, Kind)
{
    // A bare MBID is read as a release group: MusicBrainz's "album" as an
    // abstract work, which is what a music album in the library stands for.
    static const QRegularExpression format = anchored(
        "(?:(artist|release|release-group|recording|work|label|series|event|area|place|instrument)/)?"
        "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    QString entity = m.captured(1).toLower();
    if (entity.isEmpty())
        entity = QStringLiteral("release-group");
    return QStringLiteral("https://musicbrainz.org/%1/%2").arg(entity, m.captured(2).toLower());
}

QString discogs(const QString &key, Kind)
{
    // "release/123", Discogs' own short codes ("[r123]", "m123"), or a bare
    // number, read as a master release: the album as a whole, like a
    // MusicBrainz release group.
    static const QRegularExpression path = anchored("(release|master|artist|label)/(\\d+)");
    static const QRegularExpression code = anchored("\\[?([rmal])(\\d+)\\]?");
    static const QRegularExpression bare = anchored("\\d+");
    QString kind;
    QString id;
    if (const auto m = path.match(key); m.hasMatch()) {
        kind = m.captured(1).toLower();
        id = m.captured(2);
    } else if (const auto c = code.match(key); c.hasMatch()) {
        const QChar letter = c.captured(1).toLower().at(0);
        kind = letter == QLatin1Char('r') ? QStringLiteral("release")
            : letter == QLatin1Char('m')  ? QStringLiteral("master")
            : letter == QLatin1Char('a')  ? QStringLiteral("artist")
                                          : QStringLiteral("label");
        id = c.captured(2);
    } else if (bare.match(key).hasMatch()) {
        kind = QStringLiteral("master");
        id = key;
    } else {
        return {};
    }
    return QStringLiteral("https://www.discogs.com/%1/%2").arg(kind, id);
}

/// AniList and MyAnimeList number anime and manga separately, so a bare
/// number takes its kind from the item.
QString animeKind(const QString &key, Kind type, QString *id)
{
    static const QRegularExpression format = anchored("(?:(anime|manga)/)?(\\d+)");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    *id = m.captured(2);
    const QString kind = m.captured(1).toLower();
    if (!kind.isEmpty())
        return kind;
    return type == MediaType::Manga ? QStringLiteral("manga") : QStringLiteral("anime");
}

QString aniList(const QString &key, Kind type)
{
    QString id;
    const QString kind = animeKind(key, type, &id);
    return kind.isEmpty() ? QString() : QStringLiteral("https://anilist.co/%1/%2").arg(kind, id);
}

QString myAnimeList(const QString &key, Kind type)
{
    QString id;
    const QString kind = animeKind(key, type, &id);
    return kind.isEmpty() ? QString() : QStringLiteral("https://myanimelist.net/%1/%2").arg(kind, id);
}

QString igdb(const QString &key, Kind)
{
    // IGDB's public pages are named by slug ("the-witcher-3-wild-hunt").
    static const QRegularExpression format = anchored("(?:games/)?([^/?#\\s]+)");
    const auto m = format.match(key);
    if (!m.hasMatch() || !isSlug(m.captured(1)))
        return {};
    return QStringLiteral("https://www.igdb.com/games/") + encoded(m.captured(1).toLower());
}

QString steam(const QString &key, Kind)
{
    static const QRegularExpression format = anchored("(?:app/)?(\\d+)/?");
    const auto m = format.match(key);
    return m.hasMatch() ? QStringLiteral("https://store.steampowered.com/app/%1/").arg(m.captured(1))
                        : QString();
}

QString boardGameGeek(const QString &key, Kind)
{
    static const QRegularExpression format
        = anchored("(?:(boardgame|boardgameexpansion|boardgameaccessory)/)?(\\d+)");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    const QString kind = m.captured(1).isEmpty() ? QStringLiteral("boardgame") : m.captured(1).toLower();
    return QStringLiteral("https://boardgamegeek.com/%1/%2").arg(kind, m.captured(2));
}

QString wikidata(const QString &key, Kind)
{
    static const QRegularExpression format = anchored("([QPL])(\\d+)");
    const auto m = format.match(key);
    if (!m.hasMatch())
        return {};
    const QChar kind = m.captured(1).toUpper().at(0);
    const QString id = kind + m.captured(2);
    const QString page = kind == QLatin1Char('P') ? QStringLiteral("Property:") + id
        : kind == QLatin1Char('L')                ? QStringLiteral("Lexeme:") + id
                                                  : id;
    return QStringLiteral("https://www.wikidata.org/wiki/") + page;
}

QString audible(const QString &key, Kind)
{
    static const QRegularExpression format = anchored("[A-Z0-9]{10}");
    return format.match(key).hasMatch() ? QStringLiteral("https://www.audible.com/pd/") + key.toUpper()
                                        : QString();
}

QString goodreads(const QString &key, Kind)
{
    // Goodreads ids are often written with the title slug ("5907.The_Hobbit").
    static const QRegularExpression format = anchored("(\\d+)(?:[.-][^/?#\\s]*)?");
    const auto m = format.match(key);
    return m.hasMatch() ? QStringLiteral("https://www.goodreads.com/book/show/") + m.captured(1) : QString();
}

struct Source
{
    const char *key;
    const char *name;
    /// Null for sources known by name only.
    Builder build;
    /// Listed by knownSources(); aliases are not.
    bool listed;
};

// Brand names stay untranslated, as their owners write them.
constexpr Source Sources[] = {
    { "imdb", "IMDb", imdb, true },
    { "tmdb", "TMDB", tmdb, true },
    { "tvdb", "TheTVDB", tvdb, true },
    { "openlibrary", "Open Library", openLibrary, true },
    { "isbn", "ISBN", isbn, true },
    { "goodreads", "Goodreads", goodreads, true },
    { "audible", "Audible", audible, true },
    { "musicbrainz", "MusicBrainz", musicBrainz, true },
    { "discogs", "Discogs", discogs, true },
    { "anilist", "AniList", aniList, true },
    { "myanimelist", "MyAnimeList", myAnimeList, true },
    { "igdb", "IGDB", igdb, true },
    { "steam", "Steam", steam, true },
    { "boardgamegeek", "BoardGameGeek", boardGameGeek, true },
    { "bgg", "BoardGameGeek", boardGameGeek, false },
    { "wikidata", "Wikidata", wikidata, true },
    { "comicvine", "Comic Vine", nullptr, false },
    { "itunes", "iTunes", nullptr, false },
};

const Source *findSource(const QString &source)
{
    const QString wanted = source.trimmed().toLower();
    for (const Source &candidate : Sources) {
        if (wanted == QLatin1String(candidate.key))
            return &candidate;
    }
    return nullptr;
}

/// Only plain web addresses: a stored url could come from an imported file,
/// and opening javascript:, file: or custom-scheme urls on a click would let
/// such a file run things on this computer. Addresses with user info
/// ("https://bank.example@evil.example/") are refused as they exist to mislead.
QUrl webAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return {};
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    if (url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}

QUrl resolve(const ExternalLink &link, Kind type)
{
    if (QUrl explicitUrl = webAddress(link.url); explicitUrl.isValid())
        return explicitUrl;
    const Source *source = findSource(link.source);
    const QString key = link.externalKey.trimmed();
    if (!source || !source->build || key.isEmpty())
        return {};
    const QString address = source->build(key, type);
    return address.isEmpty() ? QUrl() : webAddress(address);
}

} // namespace

QUrl urlFor(const ExternalLink &link)
{
    return resolve(link, std::nullopt);
}

QUrl urlFor(const ExternalLink &link, MediaType mediaType)
{
    return resolve(link, mediaType);
}

QString displayName(const QString &source)
{
    if (const Source *known = findSource(source))
        return QString::fromUtf8(known->name);
    // Sources are stored in lower case; a capital reads as a name.
    QString name = source.trimmed();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

bool isValidSourceKey(const QString &source)
{
    if (source.isEmpty())
        return false;
    for (QChar c : source) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!allowed)
            return false;
    }
    return true;
}

QStringList knownSources()
{
    QStringList result;
    for (const Source &source : Sources) {
        if (source.listed)
            result.append(QString::fromLatin1(source.key));
    }
    return result;
}

} // namespace omt::ExternalLinkUrls
