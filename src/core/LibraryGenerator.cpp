// LibraryGenerator: the spec and the catalogue's items. LibraryGeneratorFacts.cpp
// makes their attributes, identifiers and relationships;
// LibraryGeneratorActivity.cpp makes users, interactions and lists.

#include "LibraryGenerator.h"

#include "GeneratorText.h"

#include <QTimeZone>

#include <numeric>

namespace omt {

namespace {

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
} // namespace

Result<void> GeneratorSpec::validate() const
{
    const std::pair<const char *, int> counts[]
        = { { "media", media }, { "interactions", interactions }, { "users", users }, { "lists", lists } };
    for (const auto &[name, value] : counts) {
        if (value < 0)
            return Error::invalidInput(LibraryGenerator::tr("The number of %1 cannot be negative (%2).")
                                           .arg(QLatin1String(name))
                                           .arg(value));
    }
    if (users == 0 && (interactions > 0 || lists > 0))
        return Error::invalidInput(
            LibraryGenerator::tr("Interactions and lists belong to users: %1 interactions and %2 lists need "
                                 "at least one user.")
                .arg(interactions)
                .arg(lists));
    const qint64 capacity = qint64(users) * qint64(media);
    if (interactions > capacity)
        return Error::invalidInput(
            LibraryGenerator::tr("%1 interactions do not fit: a user has at most one interaction per item, "
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
    static const int weights[] = { 20, 5, 15, 8, 6, 7, 5, 10, 13, 5, 6 };
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
    static const ClassChoice book[] = { { "text.book.novel", 60 }, { "text.book.nonfiction", 25 },
        { "text.book.short_stories", 10 }, { "text.book.poetry", 5 } };
    static const ClassChoice audiobook[] = { { "audio.book.fiction", 70 }, { "audio.book.nonfiction", 30 } };
    static const ClassChoice film[] = { { "video.film.feature", 70 }, { "video.film.animated", 15 },
        { "video.film.documentary", 10 }, { "video.film.short", 5 } };
    static const ClassChoice tv[]
        = { { "video.tv.series", 80 }, { "video.tv.miniseries", 15 }, { "video.tv.documentary", 5 } };
    static const ClassChoice anime[]
        = { { "video.anime.series", 75 }, { "video.anime.film", 15 }, { "video.anime.ova", 10 } };
    static const ClassChoice comic[] = { { "text.comic.graphic_novel", 40 }, { "text.comic.series", 45 },
        { "text.comic.bande_dessinee", 15 } };
    static const ClassChoice music[]
        = { { "audio.music.album", 85 }, { "audio.music.ep", 10 }, { "audio.music.soundtrack", 5 } };
    static const ClassChoice board[] = { { "game.board", 85 }, { "game.board.cooperative", 15 } };
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
    return epoch().addMSecs(
        qint64(index) * Minute + qint64(random(CreatedStream, quint64(index)).below(Minute)));
}

quint64 LibraryGenerator::catalogueNumber(int index) const
{
    return m_catalogue.apply(quint64(index), 1000000000);
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

} // namespace omt
