// The search box and the smart-list "text contains" find the same items on
// SQLite and PostgreSQL, whatever is typed, in every script. Both backends
// are filled with one seeded corpus of titles, creators and descriptions in
// many scripts (Latin with diacritics and letters that do not decompose,
// modifier letters, Greek, Cyrillic, Vietnamese, Japanese, Chinese, Korean,
// Thai, emoji, punctuation only), then thousands of seeded queries (prefixes,
// inner runs of scripts without spaces, mixed scripts, hostile punctuation,
// the query syntax of both engines) are run on both and their hit sets
// compared. A first case checks the three copies of the word rules against
// each other, one code point at a time: SQLite's tokenizer itself, the
// client's table (SearchCharacters) and PostgreSQL's search_tokens().

#include "TestDatabase.h"
#include "core/DeterministicRandom.h"
#include "core/FilterParser.h"
#include "core/SearchCharacters.h"
#include "core/TextKeys.h"
#include "storage/BulkWriter.h"
#include "storage/MediaRepository.h"
#include "storage/SmartListQuery.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <iterator>

using namespace omt;

namespace {
/// OMT_SEARCH_DIFF_SEED replays another run, OMT_SEARCH_DIFF_QUERIES sets the
/// number of queries.
constexpr quint64 DefaultSeed = 20261206;
constexpr int DefaultQueries = 3000;
constexpr quint64 CorpusSeed = 0x5EA2C4;
constexpr int CorpusSize = 1500;
/// More than the corpus holds, so that one page is every match.
constexpr int AllRows = 5000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Code points as text, every one of them (QString::fromUcs4 would take a
/// leading U+FEFF for a byte-order mark and drop it).
QString codePoints(const char32_t *characters, qsizetype count)
{
    QString result;
    for (qsizetype i = 0; i < count; ++i)
        result.append(QChar::fromUcs4(characters[i]));
    return result;
}

template<std::size_t N>
QStringList pool(const char *const (&words)[N])
{
    QStringList result;
    for (const char *word : words)
        result.append(s(word));
    return result;
}

const char *const LatinWords[] = { "Søren", "Ørsted", "Æble", "Straße", "STRASSE", "Łódź", "Lodz", "Émile",
    "Crème", "brûlée", "naïve", "Zoë", "Ångström", "Dune", "messiah", "night", "river", "Ça", "L'Étranger",
    "O'Brien", "Jean-Luc", "spider-man", "ﬁne", "Œuvre", "Þór", "Ðað", "İstanbul", "ısık", "ĳssel",
    "e\u0301cole", "Ærø", "100", "2001", "½", "①", "x²" };
const char *const ModifierWords[] = { "ʻOkina", "Hawaiʻi", "aːb", "atlasːc", "ʼAmos", "kʷa", "Moʻolelo" };
const char *const GreekWords[] = { "Ελληνικά", "Ὀδύσσεια", "ἀρχή", "λόγος", "Σίσυφος", "ΆΈΉ", "ϐ" };
const char *const CyrillicWords[]
    = { "Война", "мир", "Ёлка", "ёлка", "йогурт", "Преступление", "наказание", "Ўзбек", "Її" };
const char *const VietnameseWords[] = { "Việt", "Nam", "phở", "Truyện", "Kiều", "Đất", "nước", "ước" };
const char *const SpacelessWords[]
    = { "千と千尋の神隠し", "となりのトトロ", "東京", "タワー", "進撃の巨人", "ドラゴンボール", "ｶﾀｶﾅ",
          "鬼滅の刃", "時々", "三体", "红楼梦", "西游记", "卧虎藏龙", "霸王别姬", "流浪地球", "기생충",
          "올드보이", "한국어", "제목입니다", "오징어", "ภาษาไทย", "สวัสดี", "บ้านผีสิง", "ที่รัก", "𠀋𠀋𡈽" };
const char *const EmojiWords[] = { "🎬", "📚", "🎮", "😀", "👩‍🚀", "🇯🇵", "☕️" };
const char *const Punctuation[] = { "!!!", "...", "—", "«", "»", "\"", "*", "(", ")", ":", "&", "|", "''",
    "\\", "'", "%", "_", "、", "。", "「", "」", "・" };
const char *const Syntax[] = { "NEAR", "OR", "AND", "NOT", "title:", "^", "-", "+", "<->", ":*", "!", "\"\"",
    "NEAR(", "*", "{title}:", "'a':A" };

struct Answer
{
    QSet<QUuid> ids;
    QString error;
};

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("OMT_SEARCH_DIFF_SEED").toULongLong(&ok);
    return ok ? seed : DefaultSeed;
}

int queriesFromEnvironment()
{
    bool ok = false;
    const int queries = qEnvironmentVariableIntValue("OMT_SEARCH_DIFF_QUERIES", &ok);
    return ok && queries > 0 ? queries : DefaultQueries;
}

/// The code points whose word rules are compared: all of the first two
/// planes (every script in use, emoji) and a sample of the rest.
QList<char32_t> probedCodePoints()
{
    QList<char32_t> points;
    for (char32_t c = 1; c < 0x20000; ++c) {
        if (c < 0xD800 || c > 0xDFFF)
            points.append(c);
    }
    for (char32_t c = 0x20000; c <= 0x10FFFF; c += 97)
        points.append(c);
    points.append(0x10FFFF);
    return points;
}
} // namespace

class TestSearchDifferential : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_sqlite;
    std::unique_ptr<test::TestDatabase> m_postgres;
    QUuid m_sqliteUser;
    QUuid m_postgresUser;
    QList<Media> m_corpus;
    QHash<QUuid, QString> m_titles;
    /// The words of the corpus, to draw queries from.
    QStringList m_words;

    QString pick(DeterministicRandom &rng, const QStringList &from) const
    {
        return from.at(qsizetype(rng.below(quint64(from.size()))));
    }

    /// A phrase of 1..4 words of one or several scripts, joined by spaces,
    /// nothing (as Chinese and Japanese are written) or punctuation.
    QString phrase(DeterministicRandom &rng) const
    {
        static const QList<QStringList> scripts { pool(LatinWords), pool(ModifierWords), pool(GreekWords),
            pool(CyrillicWords), pool(VietnameseWords), pool(SpacelessWords), pool(SpacelessWords),
            pool(EmojiWords) };
        const QStringList &script = scripts.at(qsizetype(rng.below(quint64(scripts.size()))));
        const bool mixed = rng.chance(25);
        QString text;
        for (int w = int(rng.between(1, 4)); w > 0; --w) {
            const QStringList &from
                = mixed ? scripts.at(qsizetype(rng.below(quint64(scripts.size())))) : script;
            if (!text.isEmpty()) {
                const int glue = int(rng.below(10));
                text += glue < 6 ? QStringLiteral(" ") : glue < 8 ? QString() : pick(rng, pool(Punctuation));
            }
            text += pick(rng, from);
        }
        return text;
    }

    QList<Media> corpus() const
    {
        DeterministicRandom rng(CorpusSeed);
        const QList<MediaType> types = allValues<MediaType>();
        const QDateTime created(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        QList<Media> media;
        for (int i = 0; i < CorpusSize; ++i) {
            Media m;
            m.id = rng.uuid();
            m.type = types.at(qsizetype(rng.below(quint64(types.size()))));
            m.title
                = rng.chance(3) ? pick(rng, pool(Punctuation)) + pick(rng, pool(Punctuation)) : phrase(rng);
            for (int c = int(rng.between(0, 2)); c > 0; --c)
                m.creators.append(phrase(rng));
            if (rng.chance(40)) {
                QStringList sentence;
                for (int w = int(rng.between(2, 6)); w > 0; --w)
                    sentence.append(phrase(rng));
                m.description = sentence.join(QLatin1Char(' '));
            }
            m.createdAt = created.addSecs(i);
            m.updatedAt = m.createdAt;
            media.append(m);
        }
        return media;
    }

    /// A query a person (or a paste, or an attacker) might type.
    QString query(DeterministicRandom &rng) const
    {
        const QString word = pick(rng, m_words);
        const QList<uint> characters = word.toUcs4();
        const auto part = [&](qsizetype from, qsizetype length) {
            return codePoints(reinterpret_cast<const char32_t *>(characters.constData() + from), length);
        };
        switch (rng.below(12)) {
        case 0: // the beginning of a word, as typed
        case 1: return part(0, qsizetype(rng.between(1, int(characters.size()))));
        case 2: { // a run from inside a word (scripts without spaces)
            if (characters.size() < 3)
                return word;
            const qsizetype from = qsizetype(rng.between(1, int(characters.size()) - 2));
            return part(from, qsizetype(rng.between(2, int(characters.size() - from))));
        }
        case 3: // two words, maybe of two scripts
            return word + QLatin1Char(' ') + pick(rng, m_words);
        case 4: // a phrase made like the titles
            return phrase(rng);
        case 5: // upper case, quotes, stars
            return rng.chance(50) ? word.toUpper() : QLatin1Char('"') + word + QStringLiteral("\"*");
        case 6: { // the query syntax of both engines around words
            QString text;
            for (int k = int(rng.between(1, 5)); k > 0; --k)
                text += pick(rng, pool(Syntax)) + (rng.chance(50) ? pick(rng, m_words) : QString())
                    + (rng.chance(50) ? QStringLiteral(" ") : QString());
            return text;
        }
        case 7: { // punctuation only, or nearly
            QString text;
            for (int k = int(rng.between(1, 6)); k > 0; --k)
                text += pick(rng, pool(Punctuation));
            return rng.chance(30) ? text + part(0, 1) : text;
        }
        case 8: // a word cut in the middle of a surrogate pair or a combining mark
            return word.left(qsizetype(rng.between(1, int(word.size()))));
        case 9: { // random code points, any plane
            QString text;
            for (int k = int(rng.between(1, 6)); k > 0; --k) {
                char32_t c = char32_t(rng.between(1, 0x10FFFF));
                if (c >= 0xD800 && c <= 0xDFFF)
                    c = 0x20;
                text.append(QChar::fromUcs4(c));
            }
            return text;
        }
        case 10: // a long paste of words
            return QString(word + QLatin1Char(' ') + pick(rng, m_words) + QLatin1Char(' '))
                .repeated(int(rng.between(2, 60)));
        default: // a creator or a whole title
            return rng.chance(50) ? m_corpus.at(qsizetype(rng.below(quint64(m_corpus.size())))).title
                                  : part(0, qsizetype(rng.between(1, int(characters.size()))))
                    + QLatin1Char(' ') + pick(rng, m_words);
        }
    }

    static Answer searched(Database &database, const QString &text)
    {
        Answer answer;
        const auto hits = MediaRepository(database).search(text, AllRows);
        if (!hits) {
            answer.error = hits.error().toString();
            return answer;
        }
        for (const MediaSummary &hit : *hits)
            answer.ids.insert(hit.id);
        return answer;
    }

    static Answer contained(Database &database, const QUuid &user, const QString &text)
    {
        Answer answer;
        QJsonObject condition { { QStringLiteral("field"), QStringLiteral("text") },
            { QStringLiteral("op"), QStringLiteral("contains") }, { QStringLiteral("value"), text } };
        const auto filter = FilterParser::parse(QJsonDocument(condition).toJson(QJsonDocument::Compact));
        if (!filter) {
            answer.error = QStringLiteral("refused: ") + filter.error().message;
            return answer;
        }
        const auto ids = SmartListQuery(database).ids(*filter, user, AllRows);
        if (!ids) {
            answer.error = ids.error().toString();
            return answer;
        }
        answer.ids = QSet<QUuid>(ids->cbegin(), ids->cend());
        return answer;
    }

    QString describe(const QSet<QUuid> &ids) const
    {
        QStringList titles;
        for (const QUuid &id : ids)
            titles.append(m_titles.value(id));
        titles.sort();
        return titles.join(QStringLiteral(" | ")).left(400);
    }

    static QString visible(const QString &text)
    {
        QString shown;
        for (const char32_t c : text.left(120).toUcs4())
            shown += c < 0x20 || (c >= 0x7F && c < 0xA0)
                ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                : codePoints(&c, 1);
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        bool skip = false;
        m_sqlite = test::TestDatabase::create(SqlDialect::Kind::SQLite, &why, &skip);
        QVERIFY2(m_sqlite, qPrintable(why));
        m_postgres = test::TestDatabase::create(SqlDialect::Kind::PostgreSQL, &why, &skip);
        if (!m_postgres) {
            if (skip)
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        m_corpus = corpus();
        for (Database *database : { &m_sqlite->database(), &m_postgres->database() }) {
            BulkWriter writer(*database);
            if (auto done = writer.writeMedia(m_corpus); !done)
                QFAIL(qPrintable(done.error().toString()));
        }
        m_sqliteUser = test::addUser(m_sqlite->database(), QStringLiteral("reader"));
        m_postgresUser = test::addUser(m_postgres->database(), QStringLiteral("reader"));
        QSet<QString> words;
        for (const Media &m : std::as_const(m_corpus)) {
            m_titles.insert(m.id, m.title);
            for (const QString &text :
                QStringList { m.title, m.creators.join(QLatin1Char(' ')), m.description })
                for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    words.insert(word);
        }
        m_words = QStringList(words.cbegin(), words.cend());
        m_words.sort();
    }

    void cleanupTestCase()
    {
        m_sqlite.reset();
        m_postgres.reset();
    }

    void wordRulesAreTheSameEverywhere()
    {
        // Each code point c between two letters, "a" c "b": SQLite's
        // tokenizer makes one word of it (folded, or without c when it
        // drops it) or two, PostgreSQL's search_tokens() must make the same,
        // and the client's table must say which.
        const QList<char32_t> points = probedCodePoints();
        auto sqlite = m_sqlite->database().sql();
        QVERIFY(sqlite);
        const QString context = QStringLiteral("probing the tokenizer");
        OMT_VERIFY_OK(sqlite->runDirect(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(x,"
                                                       " tokenize = 'unicode61 remove_diacritics 2')"),
            context));
        OMT_VERIFY_OK(sqlite->runDirect(
            QStringLiteral("CREATE VIRTUAL TABLE temp.probe_words USING fts5vocab(temp, probe, instance)"),
            context));
        const auto probeText
            = [](char32_t c) { return QString(QLatin1Char('a') + codePoints(&c, 1) + QLatin1Char('b')); };
        constexpr qsizetype Chunk = 20000;
        QHash<char32_t, QString> sqliteWords;
        QHash<char32_t, QString> postgresWords;
        auto postgres = m_postgres->database().sql();
        QVERIFY(postgres);
        for (qsizetype from = 0; from < points.size(); from += Chunk) {
            QJsonObject texts;
            QJsonArray codes;
            for (qsizetype i = from; i < std::min(points.size(), from + Chunk); ++i) {
                texts.insert(QString::number(points.at(i)), probeText(points.at(i)));
                codes.append(qint64(points.at(i)));
            }
            const QString json = QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact));
            OMT_VERIFY_OK(sqlite->run(QStringLiteral("INSERT INTO temp.probe (rowid, x)"
                                                     " SELECT CAST(key AS INTEGER), value FROM json_each(?)"),
                { json }, context));
            auto rows = postgres->run(
                QStringLiteral("SELECT CAST(c AS integer), pg_catalog.array_to_string(media.search_tokens("
                               "'a' || pg_catalog.chr(CAST(c AS integer)) || 'b'), ' ')"
                               " FROM pg_catalog.jsonb_array_elements_text(CAST(? AS jsonb)) AS codes(c)"),
                { QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)) }, context);
            OMT_VERIFY_OK(rows);
            while (rows->next())
                postgresWords.insert(char32_t(rows->value(0).toUInt()), rows->value(1).toString());
            OMT_VERIFY_OK(postgres->finishRows(*rows));
        }
        auto words = sqlite->run(
            QStringLiteral("SELECT doc, group_concat(term, ' ') FROM (SELECT doc, term FROM temp.probe_words"
                           " ORDER BY doc, \"offset\") GROUP BY doc"),
            {}, context);
        OMT_VERIFY_OK(words);
        while (words->next())
            sqliteWords.insert(char32_t(words->value(0).toUInt()), words->value(1).toString());
        OMT_VERIFY_OK(sqlite->finishRows(*words));

        QStringList differences;
        for (const char32_t c : points) {
            const QString fromSqlite = sqliteWords.value(c);
            const QString fromPostgres = postgresWords.value(c);
            const bool word = SearchCharacters::isWordCharacter(c);
            const bool dropped = SearchCharacters::isDroppedMark(c);
            const bool clientAgrees = word
                ? (dropped ? fromSqlite == QLatin1String("ab") : !fromSqlite.contains(QLatin1Char(' ')))
                : fromSqlite == QLatin1String("a b");
            if (fromSqlite != fromPostgres || !clientAgrees)
                differences.append(
                    QStringLiteral("U+%1: SQLite “%2”, PostgreSQL “%3”, client %4")
                        .arg(uint(c), 4, 16, QLatin1Char('0'))
                        .arg(fromSqlite, fromPostgres,
                            word ? (dropped ? QStringLiteral("drops it") : QStringLiteral("word"))
                                 : QStringLiteral("separator")));
        }
        QVERIFY2(differences.isEmpty(),
            qPrintable(QStringLiteral("%1 code points differ, first: %2")
                           .arg(differences.size())
                           .arg(differences.mid(0, 10).join(QStringLiteral("; ")))));
        qInfo("%lld code points tokenized alike by SQLite, PostgreSQL and the client", qint64(points.size()));
    }

    void randomQueriesFindTheSameItemsOnBothBackends()
    {
        const quint64 seed = seedFromEnvironment();
        const int queries = queriesFromEnvironment();
        qInfo("query seed %llu (replay with OMT_SEARCH_DIFF_SEED=%llu), %d queries, %lld items", seed, seed,
            queries, qint64(m_corpus.size()));
        DeterministicRandom rng(seed);
        QStringList mismatches;
        int found = 0;
        int spaceless = 0;
        QElapsedTimer timer;
        timer.start();
        for (int q = 0; q < queries; ++q) {
            const QString text = query(rng);
            const Answer searchSqlite = searched(m_sqlite->database(), text);
            const Answer searchPostgres = searched(m_postgres->database(), text);
            const Answer containsSqlite = contained(m_sqlite->database(), m_sqliteUser, text);
            const Answer containsPostgres = contained(m_postgres->database(), m_postgresUser, text);
            for (const Answer *answer :
                { &searchSqlite, &searchPostgres, &containsSqlite, &containsPostgres }) {
                if (!answer->error.isEmpty() && !answer->error.startsWith(QLatin1String("refused: ")))
                    mismatches.append(QStringLiteral("“%1”: error %2").arg(visible(text), answer->error));
            }
            if (searchSqlite.ids != searchPostgres.ids)
                mismatches.append(
                    QStringLiteral("search “%1”: SQLite [%2], PostgreSQL [%3]")
                        .arg(visible(text), describe(searchSqlite.ids), describe(searchPostgres.ids)));
            if (containsSqlite.ids != containsPostgres.ids || containsSqlite.error != containsPostgres.error)
                mismatches.append(
                    QStringLiteral("contains “%1”: SQLite [%2], PostgreSQL [%3]")
                        .arg(visible(text), describe(containsSqlite.ids), describe(containsPostgres.ids)));
            // Every item the words match, the search box shows too (it also
            // shows titles that merely start with what was typed).
            if (!containsSqlite.ids.isEmpty() && !searchSqlite.ids.contains(containsSqlite.ids))
                mismatches.append(QStringLiteral("search “%1” misses items its words match: [%2]")
                                      .arg(visible(text), describe(containsSqlite.ids - searchSqlite.ids)));
            if (!searchSqlite.ids.isEmpty())
                ++found;
            const QStringList words = TextKeys::searchWords(text);
            if (std::any_of(words.cbegin(), words.cend(), &TextKeys::isSpacelessWord)
                && !containsSqlite.ids.isEmpty())
                ++spaceless;
            if (mismatches.size() >= 20)
                break;
        }
        qInfo("%d queries with hits, %d of them found inside words without spaces, in %lld ms", found,
            spaceless, qint64(timer.elapsed()));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        // The generator must reach the cases it was written for.
        QVERIFY(found > queries / 3);
        QVERIFY(spaceless > queries / 50);
    }
};

QTEST_GUILESS_MAIN(TestSearchDifferential)
#include "tst_searchdifferential.moc"
