// Sentences and short texts of GeneratorText (descriptions, lists, notes);
// GeneratorText.cpp holds titles and names.

#include "GeneratorText.h"

namespace omt::GeneratorText {

namespace {

template<std::size_t N>
QString pick(const char16_t *const (&words)[N], DeterministicRandom &rng)
{
    return QString::fromUtf16(rng.pick(words));
}

const char16_t *const Qualities[]
    = { u"quiet", u"sweeping", u"darkly funny", u"tender", u"sprawling", u"tense", u"lyrical", u"playful",
          u"haunting", u"brisk", u"ambitious", u"gentle", u"unsettling", u"warm", u"fierce", u"dreamlike" };

const char16_t *const Subjects[]
    = { u"a family scattered across three continents", u"a cartographer who maps places that do not exist",
          u"the last summer before the war", u"two rivals who share a secret",
          u"a city that forgets its name every winter", u"an engineer building a bridge nobody wants",
          u"a detective with no memory of the crime", u"a lighthouse keeper and an unexpected guest",
          u"the rise and fall of a small circus", u"a chef who cooks only for the dead",
          u"friends who meet once a year on the same train", u"a village where it never stops raining",
          u"a pilot lost above the clouds", u"an orchestra on the edge of bankruptcy",
          u"a girl who collects the dreams of strangers", u"the search for a stolen painting",
          u"a translator caught between two languages", u"a kingdom ruled by a reluctant heir",
          u"the first colony beyond the solar system", u"a bookshop that opens only at night" };

const char16_t *const Places[] = { u"Málaga", u"Kraków", u"Zürich", u"Reykjavík", u"Kyōto", u"São Paulo",
    u"Montréal", u"Brno", u"Göteborg", u"Valparaíso", u"Toulouse", u"Edinburgh", u"Napoli", u"Hokkaidō",
    u"Lyon", u"Córdoba" };

const char16_t *const Afterwords[] = { u"Critics praised its ending.",
    u"Often compared with the classics of its genre.", u"Based on a true story.",
    u"Winner of several awards.", u"A cult favourite for decades.", u"Its sequel divided fans.",
    u"Translated into more than twenty languages.", u"Best enjoyed slowly.",
    u"The soundtrack alone is worth it.", u"Loved by readers and viewers of all ages." };

QString noun(MediaType type)
{
    switch (type) {
    case MediaType::Book: return QStringLiteral("book");
    case MediaType::Audiobook: return QStringLiteral("audiobook");
    case MediaType::Film: return QStringLiteral("film");
    case MediaType::TvShow: return QStringLiteral("series");
    case MediaType::Anime: return QStringLiteral("anime");
    case MediaType::Manga: return QStringLiteral("manga");
    case MediaType::Comic: return QStringLiteral("graphic novel");
    case MediaType::Game: return QStringLiteral("game");
    case MediaType::MusicAlbum: return QStringLiteral("album of songs");
    case MediaType::Podcast: return QStringLiteral("podcast");
    case MediaType::BoardGame: return QStringLiteral("board game");
    }
    Q_UNREACHABLE();
    return {};
}

const char16_t *const VideoGameGenres[] = { u"action", u"adventure", u"role playing", u"strategy", u"puzzle",
    u"platformer", u"simulation", u"racing", u"survival", u"roguelike", u"visual novel" };
const char16_t *const MusicGenres[] = { u"rock", u"jazz", u"folk", u"electronic", u"classical", u"hip hop",
    u"ambient", u"pop", u"soul", u"metal", u"fado", u"chanson", u"bossa nova" };
const char16_t *const BoardGameGenres[] = { u"worker placement", u"deck building", u"cooperative",
    u"area control", u"party", u"abstract", u"trick taking", u"engine building" };
const char16_t *const OtherGenres[] = { u"drama", u"comedy", u"mystery", u"science fiction", u"fantasy",
    u"romance", u"horror", u"history", u"thriller", u"biography" };

const char16_t *const Platforms[] = { u"PC", u"PlayStation 5", u"PlayStation 4", u"Xbox Series X",
    u"Nintendo Switch", u"macOS", u"Linux", u"iOS", u"Android", u"Steam Deck" };

const char16_t *const ListNames[] = { u"Favourites", u"To read this summer", u"Weekend films",
    u"Comfort rewatches", u"Best of the 1990s", u"Recommended by friends", u"Road trip audio",
    u"Games to finish", u"Cosy winter evenings", u"Book club picks", u"Anime backlog", u"Family game night",
    u"Soundtracks", u"Hidden gems", u"Classics I missed", u"Short and sweet", u"Epic sagas",
    u"Rainy day reads", u"Documentaries", u"Gift ideas" };

const char16_t *const ListDescriptions[] = { u"Things I keep coming back to.", u"Collected over the years.",
    u"In no particular order.", u"Ranked, roughly.", u"Suggestions welcome.", u"For when there is time." };

const char16_t *const CompletedNotes[] = { u"Loved the ending.", u"Better the second time.",
    u"Slow start, great finish.", u"Not my thing after all.", u"Would recommend to anyone.",
    u"The middle dragged a little.", u"Instant favourite." };
const char16_t *const ProgressNotes[] = { u"Picking this up again soon.", u"Halfway there.",
    u"Saving the rest for the holidays.", u"Too busy right now.", u"Reading with a friend." };
const char16_t *const DroppedNotes[]
    = { u"Could not get into it.", u"Too long.", u"Maybe another time.", u"Lost interest." };

} // namespace

QString description(MediaType type, DeterministicRandom &rng)
{
    const QString quality = pick(Qualities, rng);
    const bool vowel = QStringLiteral("aeiou").contains(quality.at(0));
    QString text = (vowel ? QStringLiteral("An ") : QStringLiteral("A ")) + quality + QLatin1Char(' ')
        + noun(type) + QStringLiteral(" about ") + pick(Subjects, rng);
    if (rng.chance(30))
        text += QStringLiteral(", set in ") + pick(Places, rng);
    text += QLatin1Char('.');
    if (rng.chance(50))
        text += QLatin1Char(' ') + pick(Afterwords, rng);
    return text;
}

QString genre(MediaType type, DeterministicRandom &rng)
{
    switch (type) {
    case MediaType::Game: return pick(VideoGameGenres, rng);
    case MediaType::MusicAlbum: return pick(MusicGenres, rng);
    case MediaType::BoardGame: return pick(BoardGameGenres, rng);
    default: return pick(OtherGenres, rng);
    }
}

QStringList platforms(DeterministicRandom &rng)
{
    QStringList result;
    const int count = rng.between(1, 4);
    // A random start and an odd step visit distinct platforms.
    const std::size_t total = std::size(Platforms);
    const std::size_t start = rng.below(total);
    for (int i = 0; i < count; ++i)
        result.append(QString::fromUtf16(Platforms[(start + std::size_t(i) * 3) % total]));
    return result;
}

QString listName(int ordinal)
{
    const int poolSize = int(std::size(ListNames));
    QString name = QString::fromUtf16(ListNames[ordinal % poolSize]);
    if (ordinal >= poolSize)
        name += QLatin1Char(' ') + QString::number(ordinal / poolSize + 1);
    return name;
}

QString listDescription(DeterministicRandom &rng)
{
    return rng.chance(60) ? pick(ListDescriptions, rng) : QString();
}

QString note(Status status, DeterministicRandom &rng)
{
    if (!rng.chance(20))
        return {};
    switch (status) {
    case Status::Completed: return pick(CompletedNotes, rng);
    case Status::InProgress:
    case Status::OnHold: return pick(ProgressNotes, rng);
    case Status::Dropped: return pick(DroppedNotes, rng);
    case Status::Planned: return QStringLiteral("Recommended by a friend.");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace omt::GeneratorText
