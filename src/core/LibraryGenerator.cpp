// The catalogue half of LibraryGenerator: spec, media, links, relationships.
// LibraryGeneratorActivity.cpp makes users, interactions and lists.

#include "LibraryGenerator.h"

#include "GeneratorText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <numeric>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::LibraryGenerator", text);
}

using GeneratorText::Language;

struct ClassChoice
{
    const char *path;
    int weight;
};

template<std::size_t N>
QString chooseClass(const ClassChoice (&choices)[N], DeterministicRandom &rng)
{
    int weights[N];
    for (std::size_t i = 0; i < N; ++i)
        weights[i] = choices[i].weight;
    return QString::fromLatin1(choices[rng.weighted(weights)].path);
}

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

/// ISBN-13 with its check digit, from a 9-digit body.
QString isbn13(quint64 body)
{
    const QString digits = QStringLiteral("978") + QStringLiteral("%1").arg(body % 1000000000, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return digits + QChar(u'0' + char16_t((10 - sum % 10) % 10));
}

QString base36(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 36, QLatin1Char('0')).toUpper();
}
} // namespace

Result<void> GeneratorSpec::validate() const
{
    const std::pair<const char *, int> counts[] = {
        {"media", media}, {"interactions", interactions}, {"users", users}, {"lists", lists}};
    for (const auto &[name, value] : counts) {
        if (value < 0)
            return Error::invalidInput(
                tr("The number of %1 cannot be negative (%2).").arg(QLatin1String(name)).arg(value));
    }
    if (users == 0 && (interactions > 0 || lists > 0))
        return Error::invalidInput(tr("Interactions and lists belong to users: %1 interactions and %2 lists need "
                                      "at least one user.")
                                       .arg(interactions)
                                       .arg(lists));
    const qint64 capacity = qint64(users) * qint64(media);
    if (interactions > capacity)
        return Error::invalidInput(tr("%1 interactions do not fit: a user has at most one interaction per item, "
                                      "so %2 users and %3 media allow at most %4.")
                                       .arg(interactions)
                                       .arg(users)
                                       .arg(media)
                                       .arg(capacity));
    return {};
}

LibraryGenerator::Affine LibraryGenerator::permutation(DeterministicRandom rng, quint64 n)
{
    Affine affine;
    if (n <= 1)
        return affine;
    affine.offset = rng.below(n);
    // About 60% of numbers are coprime to n, so this ends after a few draws.
    do {
        affine.multiplier = 1 + rng.below(n - 1);
    } while (std::gcd(affine.multiplier, n) != 1);
    return affine;
}

LibraryGenerator::LibraryGenerator(const GeneratorSpec &spec)
    : m_spec(spec)
{
    Q_ASSERT(spec.validate().ok());
    // Catalogue numbers: a bijection of [0, 10^9), so ISBNs and other
    // primary identifiers never repeat within a library.
    m_catalogue = permutation(random(CatalogueStream, 0), 1000000000);
    m_userItems.reserve(qMax(0, spec.users));
    for (int u = 0; u < spec.users; ++u)
        m_userItems.append(permutation(random(UserItemsStream, quint64(u)), quint64(qMax(1, spec.media))));
}

QDateTime LibraryGenerator::epoch()
{
    return QDateTime(QDate(2018, 1, 1), QTime(0, 0), QTimeZone::utc());
}

QUuid LibraryGenerator::mediaId(int index) const
{
    return random(MediaIdStream, quint64(index)).uuid();
}

MediaType LibraryGenerator::mediaType(int index) const
{
    //                  book audio film tv anime manga comic game album podcast board
    static const int weights[] = {20, 5, 15, 8, 6, 7, 5, 10, 13, 5, 6};
    auto rng = random(TypeStream, quint64(index));
    return MediaType(rng.weighted(weights));
}

int LibraryGenerator::languageIndex(int index) const
{
    auto rng = random(LanguageStream, quint64(index));
    return int(GeneratorText::language(mediaType(index), rng));
}

QString LibraryGenerator::title(int index) const
{
    auto rng = random(TitleStream, quint64(index));
    return GeneratorText::title(Language(languageIndex(index)), mediaType(index), rng);
}

QString LibraryGenerator::mediaClass(int index) const
{
    static const ClassChoice book[] = {{"text.book.novel", 60}, {"text.book.nonfiction", 25},
                                       {"text.book.short_stories", 10}, {"text.book.poetry", 5}};
    static const ClassChoice audiobook[] = {{"audio.book.fiction", 70}, {"audio.book.nonfiction", 30}};
    static const ClassChoice film[] = {{"video.film.feature", 70}, {"video.film.animated", 15},
                                       {"video.film.documentary", 10}, {"video.film.short", 5}};
    static const ClassChoice tv[] = {{"video.tv.series", 80}, {"video.tv.miniseries", 15},
                                     {"video.tv.documentary", 5}};
    static const ClassChoice anime[] = {{"video.anime.series", 75}, {"video.anime.film", 15},
                                        {"video.anime.ova", 10}};
    static const ClassChoice comic[] = {{"text.comic.graphic_novel", 40}, {"text.comic.series", 45},
                                        {"text.comic.bande_dessinee", 15}};
    static const ClassChoice music[] = {{"audio.music.album", 85}, {"audio.music.ep", 10},
                                        {"audio.music.soundtrack", 5}};
    static const ClassChoice board[] = {{"game.board", 85}, {"game.board.cooperative", 15}};
    auto rng = random(ClassStream, quint64(index));
    switch (mediaType(index)) {
    case MediaType::Book: return chooseClass(book, rng);
    case MediaType::Audiobook: return chooseClass(audiobook, rng);
    case MediaType::Film: return chooseClass(film, rng);
    case MediaType::TvShow: return chooseClass(tv, rng);
    case MediaType::Anime: return chooseClass(anime, rng);
    case MediaType::Manga: return QStringLiteral("text.comic.manga");
    case MediaType::Comic: return chooseClass(comic, rng);
    case MediaType::Game: return QStringLiteral("game.video");
    case MediaType::MusicAlbum: return chooseClass(music, rng);
    case MediaType::Podcast: return QStringLiteral("audio.podcast");
    case MediaType::BoardGame: return chooseClass(board, rng);
    }
    Q_UNREACHABLE();
    return {};
}

QDateTime LibraryGenerator::mediaCreatedAt(int index) const
{
    // One item a minute from the epoch, at a random millisecond of it.
    return epoch().addMSecs(qint64(index) * Minute + qint64(random(CreatedStream, quint64(index)).below(Minute)));
}

quint64 LibraryGenerator::catalogueNumber(int index) const
{
    return m_catalogue.apply(quint64(index), 1000000000);
}

QJsonObject LibraryGenerator::attributes(int index) const
{
    auto rng = random(SizeStream, quint64(index));
    const QString cls = mediaClass(index);
    const Language language = Language(languageIndex(index));
    QJsonObject a;
    switch (mediaType(index)) {
    case MediaType::Book:
        a[QStringLiteral("pages")] = cls.endsWith(QLatin1String("poetry")) ? rng.between(40, 160)
                                                                            : rng.between(120, 520) + (rng.chance(20) ? rng.between(0, 600) : 0);
        a[QStringLiteral("isbn")] = isbn13(catalogueNumber(index));
        a[QStringLiteral("language")] = GeneratorText::languageCode(language);
        break;
    case MediaType::Audiobook:
        a[QStringLiteral("runtime_minutes")] = rng.between(120, 2400);
        a[QStringLiteral("narrator")] = GeneratorText::personName(language, rng);
        a[QStringLiteral("language")] = GeneratorText::languageCode(language);
        break;
    case MediaType::Film:
        a[QStringLiteral("runtime_minutes")] = cls.endsWith(QLatin1String("short")) ? rng.between(5, 40)
            : cls.endsWith(QLatin1String("animated"))                                 ? rng.between(70, 110)
                                                                                      : rng.between(78, 195);
        break;
    case MediaType::TvShow:
    case MediaType::Anime: {
        if (cls == QLatin1String("video.anime.film")) {
            a[QStringLiteral("episodes")] = 1;
            a[QStringLiteral("runtime_minutes")] = rng.between(80, 140);
            break;
        }
        const bool short_ = cls.endsWith(QLatin1String("miniseries")) || cls.endsWith(QLatin1String("ova"));
        const int seasons = short_ ? 1 : rng.between(1, rng.chance(20) ? 12 : 4);
        static const int animeSeason[] = {12, 13, 24, 25, 26};
        const int perSeason = short_ ? rng.between(2, 10)
            : mediaType(index) == MediaType::Anime ? rng.pick(animeSeason)
                                                   : rng.between(6, 24);
        a[QStringLiteral("seasons")] = seasons;
        a[QStringLiteral("episodes")] = seasons * perSeason;
        break;
    }
    case MediaType::Manga: {
        const int chapters = rng.between(8, rng.chance(15) ? 1100 : 250);
        a[QStringLiteral("chapters")] = chapters;
        a[QStringLiteral("volumes")] = chapters / 9 + 1;
        break;
    }
    case MediaType::Comic:
        a[QStringLiteral("pages")] = rng.between(48, 420);
        if (cls.endsWith(QLatin1String("series")))
            a[QStringLiteral("issues")] = rng.between(4, 120);
        break;
    case MediaType::Game:
        a[QStringLiteral("platforms")] = QJsonArray::fromStringList(GeneratorText::platforms(rng));
        a[QStringLiteral("genre")] = GeneratorText::genre(MediaType::Game, rng);
        break;
    case MediaType::MusicAlbum:
        a[QStringLiteral("tracks")] = cls.endsWith(QLatin1String("ep")) ? rng.between(3, 6) : rng.between(7, 22);
        a[QStringLiteral("runtime_minutes")] = rng.between(18, 80);
        a[QStringLiteral("genre")] = GeneratorText::genre(MediaType::MusicAlbum, rng);
        break;
    case MediaType::Podcast:
        a[QStringLiteral("episodes")] = rng.between(5, 800);
        a[QStringLiteral("language")] = GeneratorText::languageCode(language);
        break;
    case MediaType::BoardGame: {
        const int minPlayers = rng.between(1, 3);
        a[QStringLiteral("min_players")] = minPlayers;
        a[QStringLiteral("max_players")] = rng.between(qMax(2, minPlayers), 8);
        a[QStringLiteral("playing_time_minutes")] = 15 * rng.between(1, 16);
        a[QStringLiteral("min_age")] = rng.between(6, 14);
        a[QStringLiteral("genre")] = GeneratorText::genre(MediaType::BoardGame, rng);
        break;
    }
    }
    return a;
}

int LibraryGenerator::progressTotal(int index) const
{
    const QString key = progressTotalAttribute(mediaType(index));
    return key.isEmpty() ? 0 : attributes(index).value(key).toInt();
}

Media LibraryGenerator::media(int index) const
{
    Media m;
    m.id = mediaId(index);
    m.type = mediaType(index);
    m.mediaClass = mediaClass(index);
    m.title = title(index);
    const Language language = Language(languageIndex(index));

    auto rng = random(DetailStream, quint64(index));
    if (!rng.chance(4)) {
        // Recent years are more common: the square skews towards 2026.
        const double u = double(rng.below(1u << 20)) / double(1u << 20);
        const int year = 2026 - int(126.0 * u * u);
        m.releaseDate = QDate(year, rng.between(1, 12), rng.between(1, 28));
    }
    if (!rng.chance(5))
        m.country = GeneratorText::country(language, rng);
    const bool group = (m.type == MediaType::MusicAlbum && rng.chance(40))
        || (m.type == MediaType::Game && rng.chance(70));
    const int creatorCount = group ? 1 : (rng.chance(80) ? 1 : rng.between(2, 3));
    for (int i = 0; i < creatorCount; ++i) {
        const QString name = group ? GeneratorText::groupName(rng) : GeneratorText::personName(language, rng);
        if (!m.creators.contains(name))
            m.creators.append(name);
    }
    if (!rng.chance(8))
        m.description = GeneratorText::description(m.type, rng);
    m.attributes = attributes(index);

    const QList<ExternalLink> identifiers = links(index);
    if (!identifiers.isEmpty())
        m.externalId = identifiers.first().source + QLatin1Char(':') + identifiers.first().externalKey;
    m.createdAt = mediaCreatedAt(index);
    m.updatedAt = rng.chance(30) ? m.createdAt.addMSecs(qint64(rng.below(400 * Day))) : m.createdAt;
    return m;
}

QList<ExternalLink> LibraryGenerator::links(int mediaIndex) const
{
    auto rng = random(LinkStream, quint64(mediaIndex));
    QList<ExternalLink> result;
    if (!rng.chance(75))
        return result;
    const quint64 number = catalogueNumber(mediaIndex);
    const QString numberText = QString::number(number);
    // A secondary identifier from another catalogue; its number need not be unique.
    const QString other = QString::number(DeterministicRandom::mix(number) % 9000000 + 1000);
    QList<std::pair<QString, QString>> keys;
    switch (mediaType(mediaIndex)) {
    case MediaType::Book:
        keys = {{QStringLiteral("isbn"), isbn13(number)}, {QStringLiteral("openlibrary"), QStringLiteral("OL%1W").arg(other)}};
        break;
    case MediaType::Audiobook:
        keys = {{QStringLiteral("audible"), QStringLiteral("B0") + base36(number, 8)}};
        break;
    case MediaType::Film:
        keys = {{QStringLiteral("imdb"), QStringLiteral("tt%1").arg(number, 9, 10, QLatin1Char('0'))},
                {QStringLiteral("tmdb"), other}};
        break;
    case MediaType::TvShow:
        keys = {{QStringLiteral("tvdb"), numberText}, {QStringLiteral("tmdb"), other}};
        break;
    case MediaType::Anime:
        keys = {{QStringLiteral("anilist"), numberText}, {QStringLiteral("myanimelist"), other}};
        break;
    case MediaType::Manga:
        keys = {{QStringLiteral("myanimelist"), numberText}, {QStringLiteral("anilist"), other}};
        break;
    case MediaType::Comic: keys = {{QStringLiteral("comicvine"), QStringLiteral("4000-") + numberText}}; break;
    case MediaType::Game: keys = {{QStringLiteral("igdb"), numberText}, {QStringLiteral("steam"), other}}; break;
    case MediaType::MusicAlbum:
        keys = {{QStringLiteral("musicbrainz"), rng.uuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("discogs"), other}};
        break;
    case MediaType::Podcast: keys = {{QStringLiteral("itunes"), numberText}}; break;
    case MediaType::BoardGame: keys = {{QStringLiteral("bgg"), numberText}}; break;
    }
    const int count = keys.size() > 1 && rng.chance(40) ? 2 : 1;
    for (int i = 0; i < count; ++i) {
        ExternalLink link;
        link.id = rng.uuid();
        link.mediaId = mediaId(mediaIndex);
        link.source = keys.at(i).first;
        link.externalKey = keys.at(i).second;
        link.createdAt = mediaCreatedAt(mediaIndex);
        result.append(link);
    }
    return result;
}

QList<Relationship> LibraryGenerator::relationships(int mediaIndex) const
{
    auto rng = random(RelationStream, quint64(mediaIndex));
    if (mediaIndex == 0 || !rng.chance(10))
        return {};
    const MediaType type = mediaType(mediaIndex);
    const bool adaptable = type == MediaType::Film || type == MediaType::TvShow || type == MediaType::Anime;
    const bool adaptation = adaptable && rng.chance(35);
    // Look back a little for a fitting earlier item; give up quietly when none is near.
    const quint64 window = quint64(qMin(mediaIndex, 300));
    for (int attempt = 0; attempt < 24; ++attempt) {
        const int earlier = mediaIndex - 1 - int(rng.below(window));
        const MediaType other = mediaType(earlier);
        const bool fits = adaptation
            ? (other == MediaType::Book || other == MediaType::Manga || other == MediaType::Comic)
            : other == type;
        if (!fits)
            continue;
        Relationship r;
        r.createdAt = mediaCreatedAt(mediaIndex).addMSecs(1000);
        if (adaptation) {
            // "target is an adaptation of source"
            r = Relationship{mediaId(earlier), mediaId(mediaIndex), RelationType::Adaptation, 0.8, {}, r.createdAt};
        } else {
            switch (rng.below(3)) {
            case 0: // "target is the sequel of source"
                r = Relationship{mediaId(earlier), mediaId(mediaIndex), RelationType::Sequel, 1.0, {}, r.createdAt};
                break;
            case 1: // "target is the prequel of source"
                r = Relationship{mediaId(mediaIndex), mediaId(earlier), RelationType::Prequel, 1.0, {}, r.createdAt};
                break;
            default:
                r = Relationship{mediaId(mediaIndex), mediaId(earlier), RelationType::SameFranchise, 0.5, {},
                                 r.createdAt};
                break;
            }
        }
        return {r};
    }
    return {};
}

} // namespace omt
