#include "RandomFilterGenerator.h"

#include "core/MediaClass.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace omt::test {

namespace {
using Op = FilterOp;

/// A key no item has: comparisons on it match nothing, `not` of them everything.
const QString MissingKey = QStringLiteral("no_such_attribute");
} // namespace

RandomFilterGenerator::RandomFilterGenerator(FilterVocabulary vocabulary, quint64 seed)
    : m_vocabulary(std::move(vocabulary))
    , m_rng(DeterministicRandom::forItem(seed, 0x46494c54, 0))
{
    m_attributeKeys = m_vocabulary.attributes.keys();
    // Hash order differs between runs; the filters must not.
    std::sort(m_attributeKeys.begin(), m_attributeKeys.end());
    for (int p : std::as_const(m_vocabulary.progress))
        m_progress.append(p);
    if (m_progress.isEmpty())
        m_progress = { 0, 1, 10, 100 };
}

QString RandomFilterGenerator::pairName(FilterField field, FilterOp op)
{
    return QString::fromLatin1(FilterCatalogue::info(field).name) + QLatin1Char(' ')
        + FilterCatalogue::opName(op);
}

QSet<QString> RandomFilterGenerator::pairs(const FilterNode &node)
{
    if (node.kind == FilterNode::Kind::Condition)
        return { pairName(node.condition.field, node.condition.op) };
    QSet<QString> result;
    for (const FilterNode &child : node.children)
        result.unite(pairs(child));
    return result;
}

SmartFilter RandomFilterGenerator::filter(int maxConditions)
{
    SmartFilter f;
    int budget = between(1, qMax(1, maxConditions));
    f.root = node(0, &budget);
    f.sort = sortKeys();
    if (chance(25))
        f.limit = chance(30) ? between(1, 5) : between(6, 400);
    return f;
}

FilterNode RandomFilterGenerator::node(int depth, int *budget)
{
    if (*budget <= 1 || depth >= 3 || chance(35)) {
        --*budget;
        return condition();
    }
    FilterNode group;
    const int kind = int(m_rng.below(5));
    if (kind == 4) {
        group.kind = FilterNode::Kind::Not;
        group.children.append(node(depth + 1, budget));
        return group;
    }
    group.kind = kind < 2 ? FilterNode::Kind::All : FilterNode::Kind::Any;
    const int children = between(1, qMin(4, *budget));
    for (int i = 0; i < children && (i == 0 || *budget > 0); ++i)
        group.children.append(node(depth + 1, budget));
    return group;
}

QList<FilterSort> RandomFilterGenerator::sortKeys()
{
    QList<FilterField> sortable;
    for (const FilterFieldInfo &info : FilterCatalogue::fields()) {
        if (info.sortable)
            sortable.append(info.field);
    }
    QList<FilterSort> keys;
    if (chance(35))
        return keys;
    const int count = between(1, 3);
    for (int i = 0; i < count; ++i) {
        const FilterField field = sortable.at(qsizetype(m_rng.below(quint64(sortable.size()))));
        if (std::any_of(
                keys.cbegin(), keys.cend(), [field](const FilterSort &s) { return s.field == field; }))
            continue;
        keys.append({ field, chance(50) });
    }
    return keys;
}

FilterNode RandomFilterGenerator::condition()
{
    const QList<FilterFieldInfo> &fields = FilterCatalogue::fields();
    const FilterFieldInfo &info = fields.at(qsizetype(m_rng.below(quint64(fields.size()))));
    return condition(info.field, info.ops.at(qsizetype(m_rng.below(quint64(info.ops.size())))));
}

FilterNode RandomFilterGenerator::condition(FilterField field, FilterOp op)
{
    FilterNode n;
    n.kind = FilterNode::Kind::Condition;
    FilterCondition &c = n.condition;
    c.field = field;
    c.op = op;
    if (op == Op::IsNull) {
        if (field == FilterField::Attribute)
            c.attributeKey = m_attributeKeys.isEmpty() || chance(5)
                ? MissingKey
                : m_attributeKeys.at(qsizetype(m_rng.below(quint64(m_attributeKeys.size()))));
        c.value = chance(50);
        return n;
    }
    if (op == Op::WithinDays) {
        // Mostly recent windows, where the interesting boundaries are.
        c.value = chance(40) ? between(0, 31) : between(0, m_vocabulary.maxWithinDays);
        return n;
    }
    switch (field) {
    case FilterField::MediaType: {
        const QList<MediaType> all = allValues<MediaType>();
        const auto one = [&] { return all.at(qsizetype(m_rng.below(quint64(all.size())))); };
        if (op == Op::In) {
            QList<MediaType> values;
            for (int i = between(1, 3); i > 0; --i)
                values.append(one());
            c.value = values;
        } else {
            c.value = one();
        }
        break;
    }
    case FilterField::Status: {
        const QList<Status> all = allValues<Status>();
        const auto one = [&] { return all.at(qsizetype(m_rng.below(quint64(all.size())))); };
        if (op == Op::In) {
            QList<Status> values;
            for (int i = between(1, 3); i > 0; --i)
                values.append(one());
            c.value = values;
        } else {
            c.value = one();
        }
        break;
    }
    case FilterField::MediaClass: c.value = mediaClassValue(op); break;
    case FilterField::Title: c.value = textValue(m_vocabulary.titles, op); break;
    case FilterField::Country:
        // Codes are upper case by definition; now and then one nobody has.
        if (op == Op::In) {
            QStringList codes;
            for (int i = between(1, 4); i > 0; --i)
                codes.append(chance(10) ? QStringLiteral("ZZ") : pick(m_vocabulary.countries));
            c.value = codes;
        } else {
            c.value = chance(5) ? QStringLiteral("ZZ") : pick(m_vocabulary.countries);
        }
        break;
    case FilterField::Creators: c.value = textValue(m_vocabulary.creators, op); break;
    case FilterField::ReleaseDate: c.value = dateValue(m_vocabulary.releaseDates, op); break;
    case FilterField::StartedAt:
    case FilterField::CompletedAt: c.value = dateValue(m_vocabulary.activityDays, op); break;
    case FilterField::Progress: c.value = numberValue(m_progress, op, true); break;
    case FilterField::Rating: {
        QList<double> ratings;
        for (int r = MinRating; r <= MaxRating; ++r)
            ratings.append(r);
        c.value = numberValue(ratings, op, true);
        break;
    }
    case FilterField::Attribute:
        c.attributeKey = m_attributeKeys.isEmpty() || chance(4)
            ? MissingKey
            : m_attributeKeys.at(qsizetype(m_rng.below(quint64(m_attributeKeys.size()))));
        c.value = attributeValue(c.attributeKey, op);
        break;
    case FilterField::Notes: c.value = fragment(pick(m_vocabulary.noteWords), chance(30)); break;
    case FilterField::InList:
        c.value = m_vocabulary.listIds.isEmpty() || chance(8)
            ? m_rng.uuid()
            : m_vocabulary.listIds.at(qsizetype(m_rng.below(quint64(m_vocabulary.listIds.size()))));
        break;
    case FilterField::Text: {
        // One or two words as typed into the search box, the last often unfinished.
        QStringList typed;
        for (int i = between(1, 2); i > 0; --i)
            typed.append(recased(pick(m_vocabulary.words)));
        if (chance(50))
            typed.last() = fragment(typed.last(), true);
        c.value = typed.join(QLatin1Char(' '));
        break;
    }
    }
    return n;
}

FilterValue RandomFilterGenerator::mediaClassValue(FilterOp op)
{
    const auto one = [this](bool ancestors) {
        QString path = pick(m_vocabulary.classPaths);
        if (path.isEmpty() || !MediaClass::isValid(path))
            return QStringLiteral("video");
        // Whole subtrees ("video", "text.book") as often as leaves.
        while (ancestors && !MediaClass::parent(path).isEmpty() && chance(50))
            path = MediaClass::parent(path);
        return path;
    };
    if (op == Op::In) {
        QStringList paths;
        for (int i = between(1, 3); i > 0; --i)
            paths.append(one(chance(20)));
        return paths;
    }
    return one(op == Op::Under || chance(20));
}

FilterValue RandomFilterGenerator::textValue(const QStringList &pool, FilterOp op)
{
    switch (op) {
    case Op::In: {
        QStringList values;
        for (int i = between(1, 4); i > 0; --i)
            values.append(recased(pick(pool)));
        return values;
    }
    case Op::Contains: return fragment(pick(pool), false);
    case Op::StartsWith: return fragment(pick(pool), true);
    default: return recased(pick(pool));
    }
}

FilterValue RandomFilterGenerator::dateValue(const QList<QDate> &pool, FilterOp op)
{
    const auto one = [&] {
        QDate day
            = pool.isEmpty() ? m_vocabulary.today : pool.at(qsizetype(m_rng.below(quint64(pool.size()))));
        if (!day.isValid())
            day = QDate(2020, 1, 1);
        // Now and then the ends of the calendar and leap days, where bounds
        // one day further would fall outside the days a library can hold.
        if (chance(8)) {
            static const QDate edges[]
                = { QDate(1, 1, 1), QDate(1, 1, 2), QDate(9999, 12, 30), QDate(9999, 12, 31),
                      QDate(2000, 2, 29), QDate(2020, 2, 29), QDate(2021, 2, 28), QDate(1900, 3, 1) };
            return edges[m_rng.below(std::size(edges))];
        }
        // Mostly days that occur, so that = and the range edges are exercised.
        return chance(25) ? day.addDays(between(-3, 3)) : day;
    };
    if (op == Op::Between) {
        QDate first = one(), second = one();
        if (second < first)
            std::swap(first, second);
        return std::pair { first, second };
    }
    return one();
}

FilterValue RandomFilterGenerator::numberValue(const QList<double> &pool, FilterOp op, bool wholeNonNegative)
{
    const auto one = [&] {
        const double value = pool.at(qsizetype(m_rng.below(quint64(pool.size()))));
        if (wholeNonNegative || !chance(15))
            return value;
        // Fractions and negatives between the stored values. Not -0: it
        // equals 0 but QList<double> compares bytes, and JSON writes it as 0.
        return chance(50) || value == 0 ? value + 0.5 : -value;
    };
    if (op == Op::In) {
        QList<double> values;
        for (int i = between(1, 4); i > 0; --i)
            values.append(one());
        return values;
    }
    if (op == Op::Between) {
        double first = one(), second = one();
        if (second < first)
            std::swap(first, second);
        return std::pair { first, second };
    }
    return one();
}

FilterValue RandomFilterGenerator::attributeValue(const QString &key, FilterOp op)
{
    const QList<QJsonValue> seen = m_vocabulary.attributes.value(key);
    QList<double> numbers;
    QStringList strings;
    QList<bool> flags;
    for (const QJsonValue &value : seen) {
        if (value.isDouble())
            numbers.append(value.toDouble());
        else if (value.isString() && !value.toString().trimmed().isEmpty())
            strings.append(value.toString());
        else if (value.isBool())
            flags.append(value.toBool());
    }
    if (numbers.isEmpty())
        numbers = { 0, 1, 100, 1000 };
    switch (op) {
    case Op::Equal:
    case Op::NotEqual: {
        // The type of the value decides how the attribute compares: any of them.
        const int kind = int(m_rng.below(3));
        if (kind == 0 && !flags.isEmpty())
            return flags.at(qsizetype(m_rng.below(quint64(flags.size()))));
        if (kind == 1 && !strings.isEmpty())
            return recased(pick(strings));
        if (!flags.isEmpty() && strings.isEmpty() && chance(50))
            return flags.at(qsizetype(m_rng.below(quint64(flags.size()))));
        if (!strings.isEmpty() && (seen.size() == strings.size() || chance(30)))
            return recased(pick(strings));
        return numberValue(numbers, op, false);
    }
    case Op::In:
        if (!strings.isEmpty() && (chance(50) || seen.size() == strings.size()))
            return textValue(strings, op);
        return numberValue(numbers, op, false);
    case Op::Contains:
    case Op::StartsWith: {
        if (strings.isEmpty()) {
            // A string operator on a number attribute: the digits as text.
            return fragment(QString::number(numbers.at(qsizetype(m_rng.below(quint64(numbers.size()))))),
                op == Op::StartsWith);
        }
        return fragment(pick(strings), op == Op::StartsWith);
    }
    default: return numberValue(numbers, op, false);
    }
}

QString RandomFilterGenerator::pick(const QStringList &pool)
{
    const QString chosen
        = pool.isEmpty() ? QStringLiteral("x") : pool.at(qsizetype(m_rng.below(quint64(pool.size()))));
    return chosen.trimmed().isEmpty() ? QStringLiteral("x") : chosen;
}

QString RandomFilterGenerator::fragment(const QString &text, bool prefix)
{
    const QString whole = text.trimmed().isEmpty() ? QStringLiteral("x") : text.trimmed();
    const int length = between(1, qMin<int>(8, int(whole.size())));
    const int start = prefix ? 0 : between(0, int(whole.size()) - length);
    QString piece = recased(whole.mid(start, length));
    // Blank pieces are not valid filter text.
    return piece.trimmed().isEmpty() ? whole.left(1) : piece;
}

QString RandomFilterGenerator::recased(const QString &text)
{
    switch (m_rng.below(4)) {
    case 0: return text.toUpper();
    case 1: return text.toLower();
    default: return text;
    }
}

} // namespace omt::test
