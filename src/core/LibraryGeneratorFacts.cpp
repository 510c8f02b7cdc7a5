// LibraryGenerator: what is known about each item (type-specific attributes,
// identifiers in outside catalogues) and how items relate.

#include "GeneratorText.h"
#include "LibraryGenerator.h"

#include <QJsonArray>

namespace omt {

namespace {
using GeneratorText::Language;

/// ISBN-13 with its check digit, from a 9-digit body.
QString isbn13(quint64 body)
{
    const QString digits
        = QStringLiteral("978") + QStringLiteral("%1").arg(body % 1000000000, 9, 10, QLatin1Char('0'));
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

QJsonObject LibraryGenerator::attributes(int index) const
{
    auto rng = random(SizeStream, quint64(index));
    const QString cls = mediaClass(index);
    const Language language = Language(languageIndex(index));
    QJsonObject a;
    switch (mediaType(index)) {
    case MediaType::Book:
        a[QStringLiteral("pages")] = cls.endsWith(QLatin1String("poetry"))
            ? rng.between(40, 160)
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
            : cls.endsWith(QLatin1String("animated"))                               ? rng.between(70, 110)
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
        static const int animeSeason[] = { 12, 13, 24, 25, 26 };
        const int perSeason = short_               ? rng.between(2, 10)
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
        a[QStringLiteral("tracks")]
            = cls.endsWith(QLatin1String("ep")) ? rng.between(3, 6) : rng.between(7, 22);
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
        keys = { { QStringLiteral("isbn"), isbn13(number) },
            { QStringLiteral("openlibrary"), QStringLiteral("OL%1W").arg(other) } };
        break;
    case MediaType::Audiobook:
        keys = { { QStringLiteral("audible"), QStringLiteral("B0") + base36(number, 8) } };
        break;
    case MediaType::Film:
        keys = { { QStringLiteral("imdb"), QStringLiteral("tt%1").arg(number, 9, 10, QLatin1Char('0')) },
            { QStringLiteral("tmdb"), other } };
        break;
    case MediaType::TvShow:
        keys = { { QStringLiteral("tvdb"), numberText }, { QStringLiteral("tmdb"), other } };
        break;
    case MediaType::Anime:
        keys = { { QStringLiteral("anilist"), numberText }, { QStringLiteral("myanimelist"), other } };
        break;
    case MediaType::Manga:
        keys = { { QStringLiteral("myanimelist"), numberText }, { QStringLiteral("anilist"), other } };
        break;
    case MediaType::Comic:
        keys = { { QStringLiteral("comicvine"), QStringLiteral("4000-") + numberText } };
        break;
    case MediaType::Game:
        keys = { { QStringLiteral("igdb"), numberText }, { QStringLiteral("steam"), other } };
        break;
    case MediaType::MusicAlbum:
        keys = { { QStringLiteral("musicbrainz"), rng.uuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("discogs"), other } };
        break;
    case MediaType::Podcast: keys = { { QStringLiteral("itunes"), numberText } }; break;
    case MediaType::BoardGame: keys = { { QStringLiteral("bgg"), numberText } }; break;
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
            r = Relationship { mediaId(earlier), mediaId(mediaIndex), RelationType::Adaptation, 80, {},
                r.createdAt };
        } else {
            switch (rng.below(3)) {
            case 0: // "target is the sequel of source"
                r = Relationship { mediaId(earlier), mediaId(mediaIndex), RelationType::Sequel,
                    MaxRelationshipWeight, {}, r.createdAt };
                break;
            case 1: // "target is the prequel of source"
                r = Relationship { mediaId(mediaIndex), mediaId(earlier), RelationType::Prequel,
                    MaxRelationshipWeight, {}, r.createdAt };
                break;
            default:
                r = Relationship { mediaId(mediaIndex), mediaId(earlier), RelationType::SameFranchise, 50, {},
                    r.createdAt };
                break;
            }
        }
        return { r };
    }
    return {};
}

} // namespace omt
