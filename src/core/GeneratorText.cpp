#include "GeneratorText.h"

#include <array>

namespace omt::GeneratorText {

namespace {

/// A view of a constant word array, so pools of different sizes share one type.
struct Pool
{
    template<std::size_t N>
    constexpr Pool(const char16_t *const (&words)[N])
        : items(words)
        , size(N)
    { }
    const char16_t *const *items;
    std::size_t size;
};

QString pick(const Pool &pool, DeterministicRandom &rng)
{
    return QString::fromUtf16(pool.items[rng.below(pool.size)]);
}

// ------------------------------------------------------------------ titles ---

const char16_t *const EnglishAdjectives[] = { u"Silent", u"Broken", u"Crimson", u"Hidden", u"Last", u"Golden",
    u"Forgotten", u"Endless", u"Burning", u"Quiet", u"Electric", u"Distant", u"Wild", u"Hollow", u"Midnight",
    u"Secret", u"Iron", u"Paper", u"Glass", u"Northern", u"Savage", u"Gentle", u"Lonely", u"Scarlet",
    u"Velvet", u"Frozen", u"Bright", u"Lost", u"Restless", u"Invisible" };
const char16_t *const EnglishNouns[] = { u"River", u"Kingdom", u"Garden", u"Empire", u"Signal", u"Harbor",
    u"Machine", u"Orchard", u"Station", u"Archive", u"Lantern", u"Tide", u"Frontier", u"Chronicle",
    u"Horizon", u"Voyage", u"Citadel", u"Winter", u"Mirror", u"Engine", u"Summer", u"Island", u"Forest",
    u"Shadow", u"Crown", u"Letter", u"Symphony", u"Labyrinth", u"Orbit", u"Circus", u"Atlas", u"Storm",
    u"Compass", u"Daughter", u"Witness" };
const char16_t *const EnglishPlaces[]
    = { u"Avalon", u"Brightwater", u"the North", u"Kingsbridge", u"the Deep", u"Marrowmoor", u"Eldham",
          u"the Valley", u"Saltmarsh", u"the Old City", u"Ravenhall", u"the Coast" };

const char16_t *const FrenchHeads[] = { u"La Forêt", u"Le Silence", u"Les Étoiles", u"La Mémoire",
    u"Le Jardin", u"La Rivière", u"Le Voyage", u"Les Âmes", u"La Fenêtre", u"Le Rêve", u"La Fête",
    u"Le Théâtre", u"La Lumière", u"Le Château", u"Les Enfants", u"La Chanson", u"Le Cirque", u"La Nuit" };
const char16_t *const FrenchTails[]
    = { u"du Nord", u"sous la pluie", u"des rêves", u"en été", u"au bord du lac", u"de minuit",
          u"sans retour", u"de Noël", u"à Paris", u"de la mer", u"des étés perdus", u"du vieux port" };

const char16_t *const GermanHeads[] = { u"Der Schatten", u"Die Stadt", u"Das Schweigen", u"Der Fluss",
    u"Die Brücke", u"Das Lied", u"Die Rückkehr", u"Der Träumer", u"Die Königin", u"Das Haus", u"Der Sommer",
    u"Die Spur", u"Das Märchen", u"Der Wächter", u"Die Insel" };
const char16_t *const GermanTails[]
    = { u"am Meer", u"im Nebel", u"der Nacht", u"ohne Namen", u"über den Wolken", u"aus Glas", u"für immer",
          u"im Schnee", u"von Köln", u"der Erinnerung", u"am Ende der Welt" };

const char16_t *const SpanishHeads[] = { u"El Camino", u"La Sombra", u"Los Días", u"La Canción", u"El Niño",
    u"La Montaña", u"El Corazón", u"La Isla", u"El Último Verano", u"La Ciudad", u"El Jardín", u"La Huida",
    u"El Silencio", u"Las Olas", u"El Faro" };
const char16_t *const SpanishTails[]
    = { u"del viento", u"sin nombre", u"de la noche", u"en el tiempo", u"más allá del mar", u"de papel",
          u"al amanecer", u"de Sevilla", u"bajo la lluvia", u"de los olvidados", u"en Bogotá" };

const char16_t *const ItalianHeads[]
    = { u"Il Giardino", u"La Città", u"Il Silenzio", u"La Notte", u"Il Viaggio", u"La Luna", u"Il Ritorno",
          u"La Felicità", u"Il Cammino", u"La Strada", u"Il Segreto", u"La Virtù", u"Il Fiume" };
const char16_t *const ItalianTails[] = { u"di vetro", u"senza fine", u"del mare", u"sul fiume", u"di domani",
    u"tra le stelle", u"a Venezia", u"della memoria", u"per sempre", u"di così tanto amore" };

const char16_t *const PortugueseHeads[]
    = { u"O Rio", u"A Casa", u"O Silêncio", u"A Viagem", u"O Coração", u"A Canção", u"O Caminho", u"A Noite",
          u"O Último Dia", u"A Ilha", u"O Jardim", u"A Lição", u"O Pássaro" };
const char16_t *const PortugueseTails[] = { u"do mar", u"sem fim", u"da memória", u"de São Paulo", u"ao luar",
    u"em chamas", u"das estações", u"de Lisboa", u"do sertão", u"na chuva" };

const char16_t *const JapaneseWords[]
    = { u"kaze", u"hoshi", u"yoru", u"tsuki", u"sora", u"umi", u"mori", u"yume", u"hikari", u"kage", u"hana",
          u"yuki", u"ame", u"kokoro", u"michi", u"ryū", u"shōjo", u"shōnen", u"tōkyō", u"kūsō", u"mahō",
          u"sakura", u"tenshi", u"kaijū", u"hōkago", u"natsu", u"fuyu", u"kiseki", u"kioku", u"sekai" };
const char16_t *const JapaneseJoins[] = { u"no", u"no", u"no", u"to", u"no", u"wo", u"kara", u"no" };
const char16_t *const JapaneseSuffixes[]
    = { u"Monogatari", u"Densetsu", u"Senki", u"Gakuen", u"Nikki", u"Tantei", u"Kōshinkyoku", u"Ryokō" };

const char16_t *const CzechHeads[] = { u"Dům", u"Cesta", u"Píseň", u"Zahrada", u"Město", u"Světlo", u"Stín",
    u"Hvězda", u"Řeka", u"Příběh", u"Dívka", u"Zámek" };
const char16_t *const CzechTails[] = { u"u řeky", u"bez konce", u"za obzorem", u"v mlze", u"na horách",
    u"pod hvězdami", u"z Brna", u"na Vltavě", u"ze skla" };

const char16_t *const SwedishHeads[] = { u"Huset", u"Sjön", u"Vägen", u"Skuggan", u"Flickan", u"Drömmen",
    u"Ljuset", u"Ön", u"Fyren", u"Vintern", u"Brevet", u"Kungen" };
const char16_t *const SwedishTails[] = { u"vid havet", u"i skogen", u"över fjällen", u"utan namn",
    u"från förr", u"på ön", u"i Göteborg", u"under isen", u"i mörkret" };

const char16_t *const GameSubtitles[] = { u"Reckoning", u"Awakening", u"Origins", u"Legacy", u"Remastered",
    u"Rebirth", u"Ascension", u"Final Cut", u"Requiem", u"Odyssey", u"Resonance" };
const char16_t *const Numerals[] = { u"II", u"III", u"2", u"3", u"IV", u"Part Two" };

// ------------------------------------------------------------------ people ---

struct NamePools
{
    Pool given;
    Pool family;
};

const char16_t *const EnglishGiven[]
    = { u"James", u"Mary", u"Olivia", u"Henry", u"Grace", u"Samuel", u"Eleanor", u"Thomas", u"Margaret",
          u"Daniel", u"Claire", u"Arthur", u"Priya", u"Nathan", u"Ruth", u"Kwame", u"Imogen", u"Felix" };
const char16_t *const EnglishFamily[]
    = { u"Whitfield", u"Harrow", u"Okafor", u"Bennett", u"Callahan", u"Pryce", u"Ashworth", u"Delaney",
          u"Marsh", u"Holloway", u"Kim", u"Patel", u"Thornton", u"Greaves", u"Abernathy", u"Lin" };
const char16_t *const FrenchGiven[] = { u"Amélie", u"Étienne", u"Hélène", u"François", u"Zoé", u"Benoît",
    u"Cécile", u"Jérôme", u"Léa", u"Noël", u"Anaïs", u"Théo" };
const char16_t *const FrenchFamily[] = { u"Lefèvre", u"Durand", u"Moreau", u"Girard", u"Bérard", u"Rousseau",
    u"Chevalier", u"Lemaître", u"Fournier", u"Mercier", u"Thénardier" };
const char16_t *const GermanGiven[] = { u"Jürgen", u"Käthe", u"Lukas", u"Anja", u"Matthias", u"Sören",
    u"Grete", u"Jörg", u"Lena", u"Ursula" };
const char16_t *const GermanFamily[] = { u"Müller", u"Schäfer", u"Köhler", u"Bauer", u"Krüger", u"Vogel",
    u"Hoffmann", u"Brückner", u"Wagner" };
const char16_t *const SpanishGiven[] = { u"José", u"María", u"Inés", u"Martín", u"Lucía", u"Sebastián",
    u"Ramón", u"Ángela", u"Julián", u"Sofía" };
const char16_t *const SpanishFamily[]
    = { u"García", u"Núñez", u"Peña", u"Muñoz", u"Ibáñez", u"Rodríguez", u"Cortés", u"Díaz", u"Fernández" };
const char16_t *const ItalianGiven[]
    = { u"Giulia", u"Niccolò", u"Chiara", u"Lorenzo", u"Francesca", u"Matteo", u"Beatrice", u"Ludovica" };
const char16_t *const ItalianFamily[]
    = { u"Rossi", u"Bianchi", u"Esposito", u"Ferrara", u"Galli", u"De Luca", u"Mancini", u"Fabbri" };
const char16_t *const PortugueseGiven[]
    = { u"João", u"Inês", u"Gonçalo", u"Mariana", u"Thiago", u"Conceição", u"Sebastião", u"Beatriz" };
const char16_t *const PortugueseFamily[]
    = { u"Gonçalves", u"Araújo", u"Magalhães", u"Simões", u"Pereira", u"Brandão", u"Falcão" };
const char16_t *const JapaneseGiven[] = { u"Haruki", u"Yōko", u"Kenji", u"Sakura", u"Ryūnosuke", u"Aiko",
    u"Shōta", u"Mei", u"Takeshi", u"Hana", u"Yūki", u"Kōji" };
const char16_t *const JapaneseFamily[] = { u"Tanaka", u"Satō", u"Suzuki", u"Takahashi", u"Itō", u"Watanabe",
    u"Yamamoto", u"Nakamura", u"Kobayashi", u"Katō", u"Ōtsuka" };
const char16_t *const CzechGiven[]
    = { u"Jiří", u"Tereza", u"Tomáš", u"Markéta", u"Lukáš", u"Zuzana", u"Radek", u"Kateřina" };
const char16_t *const CzechFamily[]
    = { u"Novák", u"Dvořák", u"Černý", u"Procházka", u"Kučera", u"Veselý", u"Horák", u"Růžička" };
const char16_t *const SwedishGiven[]
    = { u"Åsa", u"Björn", u"Märta", u"Sven", u"Ingrid", u"Göran", u"Linnéa", u"Oskar" };
const char16_t *const SwedishFamily[]
    = { u"Lindqvist", u"Åberg", u"Sjöberg", u"Bergström", u"Nyström", u"Ekström", u"Holm", u"Öberg" };

const NamePools &namePools(Language language)
{
    static const std::array<NamePools, 9> pools = { {
        { EnglishGiven, EnglishFamily },
        { FrenchGiven, FrenchFamily },
        { GermanGiven, GermanFamily },
        { SpanishGiven, SpanishFamily },
        { ItalianGiven, ItalianFamily },
        { PortugueseGiven, PortugueseFamily },
        { JapaneseGiven, JapaneseFamily },
        { CzechGiven, CzechFamily },
        { SwedishGiven, SwedishFamily },
    } };
    return pools[std::size_t(language)];
}

QString capitalized(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

/// "A" or "An", by the first letter of the next word (enough for these pools).
QString indefiniteArticle(const QString &next)
{
    return QStringLiteral("AEIOU").contains(next.at(0)) ? QStringLiteral("An ") : QStringLiteral("A ");
}

QString englishTitle(MediaType type, DeterministicRandom &rng)
{
    const QString adjective = pick(EnglishAdjectives, rng);
    const QString noun = pick(EnglishNouns, rng);
    if (type == MediaType::Podcast && rng.chance(50))
        return QStringLiteral("The ") + adjective + QLatin1Char(' ') + noun + QStringLiteral(" Podcast");
    switch (rng.below(6)) {
    case 0: return QStringLiteral("The ") + adjective + QLatin1Char(' ') + noun;
    case 1: return adjective + QLatin1Char(' ') + noun;
    case 2: return noun + QStringLiteral(" of the ") + adjective + QLatin1Char(' ') + pick(EnglishNouns, rng);
    case 3: return QStringLiteral("The ") + noun + QStringLiteral(" of ") + pick(EnglishPlaces, rng);
    case 4: return indefiniteArticle(noun) + noun + QStringLiteral(" in ") + pick(EnglishPlaces, rng);
    default: return QStringLiteral("The ") + noun;
    }
}

QString headAndTail(const Pool &heads, const Pool &tails, DeterministicRandom &rng)
{
    QString text = pick(heads, rng);
    if (rng.chance(65))
        text += QLatin1Char(' ') + pick(tails, rng);
    return text;
}

QString japaneseTitle(DeterministicRandom &rng)
{
    QString text = capitalized(pick(JapaneseWords, rng));
    if (rng.chance(80))
        text += QLatin1Char(' ') + pick(JapaneseJoins, rng) + QLatin1Char(' ')
            + capitalized(pick(JapaneseWords, rng));
    if (rng.chance(25))
        text += QLatin1Char(' ') + pick(JapaneseSuffixes, rng);
    return text;
}

} // namespace

Language language(MediaType type, DeterministicRandom &rng)
{
    //                         en  fr  de  es  it  pt  ja  cs  sv
    static const int general[] = { 48, 10, 8, 10, 6, 5, 7, 3, 3 };
    static const int japanese[] = { 12, 2, 1, 2, 1, 1, 80, 0, 1 };
    const bool mostlyJapanese = type == MediaType::Anime || type == MediaType::Manga;
    return Language(mostlyJapanese ? rng.weighted(japanese) : rng.weighted(general));
}

QString languageCode(Language language)
{
    static const char *const codes[] = { "en", "fr", "de", "es", "it", "pt", "ja", "cs", "sv" };
    return QString::fromLatin1(codes[std::size_t(language)]);
}

QString country(Language language, DeterministicRandom &rng)
{
    static const char *const english[] = { "US", "US", "US", "GB", "GB", "CA", "AU", "IE", "NZ", "NG", "IN" };
    static const char *const french[] = { "FR", "FR", "FR", "BE", "CA", "CH", "SN" };
    static const char *const german[] = { "DE", "DE", "DE", "AT", "CH" };
    static const char *const spanish[] = { "ES", "ES", "MX", "AR", "CO", "CL", "PE" };
    static const char *const portuguese[] = { "BR", "BR", "PT", "AO" };
    switch (language) {
    case Language::English: return QString::fromLatin1(rng.pick(english));
    case Language::French: return QString::fromLatin1(rng.pick(french));
    case Language::German: return QString::fromLatin1(rng.pick(german));
    case Language::Spanish: return QString::fromLatin1(rng.pick(spanish));
    case Language::Italian: return QStringLiteral("IT");
    case Language::Portuguese: return QString::fromLatin1(rng.pick(portuguese));
    case Language::Japanese: return QStringLiteral("JP");
    case Language::Czech: return QStringLiteral("CZ");
    case Language::Swedish: return QStringLiteral("SE");
    }
    Q_UNREACHABLE();
    return {};
}

QString title(Language language, MediaType type, DeterministicRandom &rng)
{
    QString text;
    switch (language) {
    case Language::English: text = englishTitle(type, rng); break;
    case Language::French: text = headAndTail(FrenchHeads, FrenchTails, rng); break;
    case Language::German: text = headAndTail(GermanHeads, GermanTails, rng); break;
    case Language::Spanish: text = headAndTail(SpanishHeads, SpanishTails, rng); break;
    case Language::Italian: text = headAndTail(ItalianHeads, ItalianTails, rng); break;
    case Language::Portuguese: text = headAndTail(PortugueseHeads, PortugueseTails, rng); break;
    case Language::Japanese: text = japaneseTitle(rng); break;
    case Language::Czech: text = headAndTail(CzechHeads, CzechTails, rng); break;
    case Language::Swedish: text = headAndTail(SwedishHeads, SwedishTails, rng); break;
    }
    if (type == MediaType::Game && rng.chance(30))
        text += QStringLiteral(": ") + pick(GameSubtitles, rng);
    else if (rng.chance(6))
        text += QLatin1Char(' ') + pick(Numerals, rng);
    return text;
}

QString personName(Language language, DeterministicRandom &rng)
{
    const NamePools &pools = namePools(language);
    return pick(pools.given, rng) + QLatin1Char(' ') + pick(pools.family, rng);
}

QString groupName(DeterministicRandom &rng)
{
    if (rng.chance(40))
        return QStringLiteral("The ") + pick(EnglishAdjectives, rng) + QLatin1Char(' ')
            + pick(EnglishNouns, rng) + QLatin1Char('s');
    return pick(EnglishNouns, rng) + QLatin1Char(' ') + pick(EnglishNouns, rng);
}

} // namespace omt::GeneratorText
