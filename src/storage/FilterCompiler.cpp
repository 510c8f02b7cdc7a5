#include "FilterCompiler.h"

#include "SqlValues.h"
#include "core/TextKeys.h"

#include <QTimeZone>

namespace omt {

namespace {
using Op = FilterOp;

const QString Never = QStringLiteral("1 = 0");
const QString Always = QStringLiteral("1 = 1");

QString comparison(Op op)
{
    switch (op) {
    case Op::Equal: return QStringLiteral("=");
    case Op::NotEqual: return QStringLiteral("<>");
    case Op::Less: return QStringLiteral("<");
    case Op::LessOrEqual: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterOrEqual: return QStringLiteral(">=");
    default: break;
    }
    Q_UNREACHABLE();
    return {};
}

/// Only ASCII letters, matching SqlDialect::asciiLower on the column side.
QString asciiLowered(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return text;
}

QString placeholders(const QString &param, qsizetype count)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(param);
    return list.join(QStringLiteral(", "));
}

class Compiler
{
public:
    Compiler(const SqlDialect &dialect, const QUuid &userId, const QString &media, const QString &interaction,
        QDate today)
        : m_d(dialect)
        , m_userId(userId)
        , m_m(media)
        , m_i(interaction)
        , m_today(today.isValid() ? today : QDateTime::currentDateTimeUtc().date())
    { }

    SqlFragment node(const FilterNode &n) const
    {
        switch (n.kind) {
        case FilterNode::Kind::Condition: return condition(n.condition);
        case FilterNode::Kind::All:
        case FilterNode::Kind::Any: {
            const bool all = n.kind == FilterNode::Kind::All;
            if (n.children.isEmpty())
                return { all ? Always : Never, {} };
            SqlFragment out;
            QStringList parts;
            for (const FilterNode &child : n.children) {
                SqlFragment part = node(child);
                parts.append(part.sql);
                out.values.append(part.values);
            }
            out.sql = QLatin1Char('(') + parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
                + QLatin1Char(')');
            return out;
        }
        case FilterNode::Kind::Not: {
            // IS TRUE turns "unknown" (a comparison with an empty field) into
            // false first, so that `not` is the complement of its child.
            SqlFragment child = n.children.isEmpty() ? SqlFragment { Always, {} } : node(n.children.first());
            child.sql = QStringLiteral("NOT ((%1) IS TRUE)").arg(child.sql);
            return child;
        }
        }
        Q_UNREACHABLE();
        return {};
    }

private:
    QString col(const QString &alias, const char *name) const
    {
        return alias + QLatin1Char('.') + QLatin1String(name);
    }

    static SqlFragment isNull(const QString &expression, bool null)
    {
        return { expression + (null ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL")), {} };
    }

    /// = != < <= > >= in between on a plain column or expression.
    static SqlFragment scalar(
        const QString &expression, Op op, const QString &param, const QVariantList &values)
    {
        switch (op) {
        case Op::In:
            return { QStringLiteral("%1 IN (%2)").arg(expression, placeholders(param, values.size())),
                values };
        case Op::Between: return { QStringLiteral("%1 BETWEEN %2 AND %2").arg(expression, param), values };
        default: return { QStringLiteral("%1 %2 %3").arg(expression, comparison(op), param), values };
        }
    }

    /// Day comparisons on a date or a timestamp column as half-open ranges
    /// of day starts, so that an index on the column serves them. Stored
    /// days run from 0001-01-01 to 9999-12-31 (the ISO 8601 years SQLite's
    /// text dates can hold); a bound outside them is left out instead of
    /// being written as a day that has no spelling (10000-01-01 would compare
    /// as text before 9999-12-31, and an empty bound matches nothing).
    SqlFragment days(const QString &e, Op op, const FilterValue &value, bool timestamp) const
    {
        static const QDate firstDay(1, 1, 1);
        static const QDate lastDay(9999, 12, 31);
        const QString p = m_d.param(timestamp ? ColumnType::Timestamp : ColumnType::Date);
        const auto bound = [timestamp](QDate day) {
            return timestamp ? SqlValues::timestamp(QDateTime(day, QTime(0, 0), QTimeZone::utc()))
                             : SqlValues::date(day);
        };
        const SqlFragment never { QStringLiteral("(1 = 0)"), {} };
        // Values from the start of `first` up to the end of `last`, both clamped to the stored days.
        const auto range = [&](QDate first, QDate last) -> SqlFragment {
            if (first > lastDay || last < firstDay || first > last)
                return never;
            QStringList conditions;
            QVariantList values;
            if (first > firstDay) {
                conditions.append(QStringLiteral("%1 >= %2").arg(e, p));
                values.append(bound(first));
            }
            if (last < lastDay) {
                conditions.append(QStringLiteral("%1 < %2").arg(e, p));
                values.append(bound(last.addDays(1)));
            }
            if (conditions.isEmpty())
                return { QStringLiteral("%1 IS NOT NULL").arg(e), {} };
            return { QLatin1Char('(') + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')'), values };
        };
        if (op == Op::IsNull)
            return isNull(e, std::get<bool>(value));
        if (op == Op::WithinDays)
            return range(m_today.addDays(-std::get<int>(value)), m_today);
        if (op == Op::Between) {
            const auto [first, last] = std::get<std::pair<QDate, QDate>>(value);
            return range(first, last);
        }
        const QDate day = std::get<QDate>(value);
        switch (op) {
        case Op::Equal: return range(day, day);
        case Op::NotEqual: {
            // Before the day or after it: each side may be empty at the ends.
            const SqlFragment before = range(firstDay, day.addDays(-1));
            const SqlFragment after = range(day.addDays(1), lastDay);
            return { QStringLiteral("(%1 OR %2)").arg(before.sql, after.sql), before.values + after.values };
        }
        case Op::Less: return range(firstDay, day.addDays(-1));
        case Op::LessOrEqual: return range(firstDay, day);
        case Op::Greater: return range(day.addDays(1), lastDay);
        case Op::GreaterOrEqual: return range(day, lastDay);
        default: break;
        }
        Q_UNREACHABLE();
        return {};
    }

    SqlFragment numbers(const QString &e, Op op, const FilterValue &value) const
    {
        const QString p = m_d.numberParam();
        if (op == Op::IsNull)
            return isNull(e, std::get<bool>(value));
        if (op == Op::In) {
            QVariantList values;
            for (double v : std::get<QList<double>>(value))
                values.append(v);
            return scalar(e, op, p, values);
        }
        if (op == Op::Between) {
            const auto [first, last] = std::get<std::pair<double, double>>(value);
            return scalar(e, op, p, { first, last });
        }
        return scalar(e, op, p, { std::get<double>(value) });
    }

    /// Text matching on the elements of a row source with a `value` column
    /// (creators, string attributes): holds when any element matches.
    SqlFragment anyText(const SqlFragment &elements, Op op, const FilterValue &value) const
    {
        const QString element = m_d.asciiLower(QStringLiteral("fc_e.value"));
        SqlFragment predicate;
        switch (op) {
        case Op::Equal:
        case Op::NotEqual:
            predicate = { element + QStringLiteral(" = ?"), { asciiLowered(std::get<QString>(value)) } };
            break;
        case Op::In: {
            QVariantList values;
            for (const QString &v : std::get<QStringList>(value))
                values.append(asciiLowered(v));
            predicate = scalar(element, op, QStringLiteral("?"), values);
            break;
        }
        case Op::Contains:
            predicate = { m_d.textPosition(element, QStringLiteral("?")) + QStringLiteral(" > 0"),
                { asciiLowered(std::get<QString>(value)) } };
            break;
        case Op::StartsWith:
            predicate = { m_d.textPosition(element, QStringLiteral("?")) + QStringLiteral(" = 1"),
                { asciiLowered(std::get<QString>(value)) } };
            break;
        default: Q_UNREACHABLE();
        }
        SqlFragment out;
        out.sql
            = QStringLiteral("EXISTS (SELECT 1 FROM %1 AS fc_e WHERE %2)").arg(elements.sql, predicate.sql);
        out.values = elements.values + predicate.values;
        if (op == Op::NotEqual) {
            // Strings are present, and none equals the value.
            out.sql
                = QStringLiteral("(EXISTS (SELECT 1 FROM %1 AS fc_e) AND NOT %2)").arg(elements.sql, out.sql);
            out.values = elements.values + out.values;
        }
        return out;
    }

    SqlFragment attribute(const FilterCondition &c) const
    {
        using Kind = SqlDialect::AttributeKind;
        const auto value = [&](Kind kind) { return m_d.attributeValue(m_m, c.attributeKey, kind); };
        if (c.op == Op::IsNull) {
            const SqlFragment present = value(Kind::Present);
            return { isNull(present.sql, std::get<bool>(c.value)).sql, present.values };
        }
        if (const bool *flag = std::get_if<bool>(&c.value)) {
            const SqlFragment e = value(Kind::Boolean);
            return { QStringLiteral("%1 %2 ?").arg(e.sql, comparison(c.op)),
                e.values + QVariantList { *flag ? QStringLiteral("true") : QStringLiteral("false") } };
        }
        if (std::holds_alternative<QString>(c.value) || std::holds_alternative<QStringList>(c.value))
            return anyText(m_d.attributeStrings(m_m, c.attributeKey), c.op, c.value);
        const SqlFragment e = value(Kind::Number);
        SqlFragment out = numbers(e.sql, c.op, c.value);
        // The expression appears once; its values come before the operands.
        out.values = e.values + out.values;
        return out;
    }

    SqlFragment title(Op op, const FilterValue &value) const
    {
        const QString e = col(m_m, "sort_title");
        if (op == Op::In) {
            QVariantList keys;
            for (const QString &v : std::get<QStringList>(value))
                keys.append(TextKeys::sortKey(v));
            return scalar(e, op, QStringLiteral("?"), keys);
        }
        const QString key = TextKeys::sortKey(std::get<QString>(value));
        switch (op) {
        case Op::Contains:
            return { m_d.textPosition(e, QStringLiteral("?")) + QStringLiteral(" > 0"), { key } };
        case Op::StartsWith: {
            // A range on the sort key, which its index serves.
            const QString upper = TextKeys::prefixUpperBound(key);
            if (upper.isEmpty())
                return { Always, {} };
            return { QStringLiteral("(%1 >= ? AND %1 < ?)").arg(e), { key, upper } };
        }
        default: return scalar(e, op, QStringLiteral("?"), { key });
        }
    }

    SqlFragment listMembership(Op op, const QUuid &listId) const
    {
        const QString p = m_d.param(ColumnType::Uuid);
        // Another user's private list reads as empty: its contents are theirs.
        // An uncorrelated IN: the list's members are read once, and can drive
        // the query from the list's index (a list is usually small), where a
        // correlated EXISTS was evaluated once per candidate item. Neither
        // side is ever NULL, so NOT IN is the exact complement.
        return { QStringLiteral(
                     "%1 %2 (SELECT fc_li.media_id FROM %3 fc_li JOIN %4 fc_l ON fc_l.id = fc_li.list_id"
                     " WHERE fc_li.list_id = %5 AND (fc_l.user_id = %5 OR fc_l.is_public))")
                     .arg(col(m_m, "id"),
                         op == Op::NotEqual ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                         m_d.table(Table::ListItems), m_d.table(Table::UserLists), p),
            { SqlValues::uuid(listId), SqlValues::uuid(m_userId) } };
    }

    SqlFragment condition(const FilterCondition &c) const
    {
        const FilterValue &v = c.value;
        switch (c.field) {
        case FilterField::MediaType: {
            QVariantList values;
            if (const auto *list = std::get_if<QList<MediaType>>(&v)) {
                for (MediaType type : *list)
                    values.append(toDbString(type));
            } else {
                values.append(toDbString(std::get<MediaType>(v)));
            }
            return scalar(col(m_m, "media_type"), c.op, QStringLiteral("?"), values);
        }
        case FilterField::MediaClass: {
            const QString e = col(m_m, "media_class");
            if (c.op == Op::IsNull)
                return isNull(e, std::get<bool>(v));
            if (c.op == Op::Under)
                return m_d.classSubtree(m_m, std::get<QString>(v));
            QVariantList values;
            if (const auto *list = std::get_if<QStringList>(&v)) {
                for (const QString &path : *list)
                    values.append(path);
            } else {
                values.append(std::get<QString>(v));
            }
            return scalar(e, c.op, m_d.param(ColumnType::ClassPath), values);
        }
        case FilterField::Title: return title(c.op, v);
        case FilterField::ReleaseDate: return days(col(m_m, "release_date"), c.op, v, false);
        case FilterField::Country: {
            const QString e = col(m_m, "country_of_origin");
            if (c.op == Op::IsNull)
                return isNull(e, std::get<bool>(v));
            QVariantList values;
            if (const auto *list = std::get_if<QStringList>(&v)) {
                for (const QString &code : *list)
                    values.append(code.toUpper());
            } else {
                values.append(std::get<QString>(v).toUpper());
            }
            return scalar(e, c.op, QStringLiteral("?"), values);
        }
        case FilterField::Creators: {
            const SqlFragment elements { m_d.textArrayElements(col(m_m, "creators")), {} };
            if (c.op == Op::IsNull)
                return { (std::get<bool>(v) ? QStringLiteral("NOT EXISTS") : QStringLiteral("EXISTS"))
                        + QStringLiteral(" (SELECT 1 FROM %1 AS fc_e)").arg(elements.sql),
                    {} };
            return anyText(elements, c.op, v);
        }
        case FilterField::Attribute: return attribute(c);
        case FilterField::Status: {
            if (c.op == Op::IsNull)
                return isNull(col(m_i, "user_id"), std::get<bool>(v));
            QVariantList values;
            if (const auto *list = std::get_if<QList<Status>>(&v)) {
                for (Status status : *list)
                    values.append(toDbString(status));
            } else {
                values.append(toDbString(std::get<Status>(v)));
            }
            return scalar(col(m_i, "status"), c.op, QStringLiteral("?"), values);
        }
        case FilterField::Progress: return numbers(col(m_i, "progress"), c.op, v);
        case FilterField::Rating: return numbers(col(m_i, "rating"), c.op, v);
        case FilterField::StartedAt: return days(col(m_i, "started_at"), c.op, v, true);
        case FilterField::CompletedAt: return days(col(m_i, "completed_at"), c.op, v, true);
        case FilterField::Notes:
            return { m_d.textPosition(m_d.asciiLower(col(m_i, "notes")), QStringLiteral("?"))
                    + QStringLiteral(" > 0"),
                { asciiLowered(std::get<QString>(v)) } };
        case FilterField::InList: return listMembership(c.op, std::get<QUuid>(v));
        case FilterField::Text: {
            const SqlFragment match = m_d.fullTextCondition(m_m, TextKeys::searchWords(std::get<QString>(v)));
            // Nothing searchable typed finds nothing, as in the search box.
            return match.sql.isEmpty() ? SqlFragment { Never, {} } : match;
        }
        }
        Q_UNREACHABLE();
        return {};
    }

    const SqlDialect &m_d;
    const QUuid m_userId;
    const QString m_m;
    const QString m_i;
    const QDate m_today;
};

/// What a node comes to for an item the viewing user has no interaction
/// with, whose interaction columns all read as NULL through the left join.
enum class WithoutInteraction {
    Fails,   ///< never holds: the item needs an interaction
    Holds,   ///< always holds
    Depends, ///< the item's own columns decide
};

bool isInteractionField(FilterField field)
{
    switch (field) {
    case FilterField::Status:
    case FilterField::Progress:
    case FilterField::Rating:
    case FilterField::StartedAt:
    case FilterField::CompletedAt:
    case FilterField::Notes: return true;
    default: return false;
    }
}

/// Mirrors Compiler::node: a comparison with NULL is unknown (never true),
/// IS NULL is true, `not` is NOT ((child) IS TRUE), empty all/any are
/// always/never.
WithoutInteraction withoutInteraction(const FilterNode &n)
{
    using W = WithoutInteraction;
    switch (n.kind) {
    case FilterNode::Kind::Condition:
        if (!isInteractionField(n.condition.field))
            return W::Depends;
        if (n.condition.op == FilterOp::IsNull)
            return std::get<bool>(n.condition.value) ? W::Holds : W::Fails;
        return W::Fails;
    case FilterNode::Kind::All: {
        bool allHold = true;
        for (const FilterNode &child : n.children) {
            const W w = withoutInteraction(child);
            if (w == W::Fails)
                return W::Fails;
            allHold = allHold && w == W::Holds;
        }
        return allHold ? W::Holds : W::Depends;
    }
    case FilterNode::Kind::Any: {
        bool allFail = true;
        for (const FilterNode &child : n.children) {
            const W w = withoutInteraction(child);
            if (w == W::Holds)
                return W::Holds;
            allFail = allFail && w == W::Fails;
        }
        return allFail ? W::Fails : W::Depends;
    }
    case FilterNode::Kind::Not: {
        const W child = n.children.isEmpty() ? W::Holds : withoutInteraction(n.children.first());
        return child == W::Fails ? W::Holds : child == W::Holds ? W::Fails : W::Depends;
    }
    }
    Q_UNREACHABLE();
    return W::Depends;
}

template<typename E>
QString enumOrder(const QString &column)
{
    // The enumeration's own order (planned before in progress...), not the
    // alphabetical order of its spellings. The spellings are fixed strings.
    QString sql = QStringLiteral("CASE ") + column;
    const QList<E> values = allValues<E>();
    for (qsizetype n = 0; n < values.size(); ++n)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(toDbString(values.at(n))).arg(n);
    return sql + QStringLiteral(" END");
}

QString sortExpression(FilterField field, const QString &m, const QString &i)
{
    const auto col = [](const QString &alias, const char *name) -> QString {
        return alias + QLatin1Char('.') + QLatin1String(name);
    };
    switch (field) {
    case FilterField::MediaType: return enumOrder<MediaType>(col(m, "media_type"));
    // Class paths sort label by label; '.' sorts before every label character,
    // so SQLite's text order equals PostgreSQL's ltree order.
    case FilterField::MediaClass: return col(m, "media_class");
    case FilterField::Title: return col(m, "sort_title");
    case FilterField::ReleaseDate: return col(m, "release_date");
    case FilterField::Country: return col(m, "country_of_origin");
    case FilterField::Status: return enumOrder<Status>(col(i, "status"));
    case FilterField::Progress: return col(i, "progress");
    case FilterField::Rating: return col(i, "rating");
    case FilterField::StartedAt: return col(i, "started_at");
    case FilterField::CompletedAt: return col(i, "completed_at");
    default: break;
    }
    // The parser accepts only sortable fields.
    Q_UNREACHABLE();
    return {};
}
} // namespace

SqlFragment FilterCompiler::source(const SqlDialect &dialect, const SmartFilter &filter,
    const QUuid &viewingUserId, const QString &media, const QString &interaction)
{
    // Both joins give the same rows for the filter; the inner one tells the
    // planner so. SQLite turns a left join into an inner one only for a plain
    // comparison at the top of the WHERE clause, so "completed lately or
    // started lately" scanned the whole catalogue instead of the user's
    // recent interactions.
    return { QStringLiteral("%1 %2 %3 %4 %5 ON %5.media_id = %2.id AND %5.user_id = %6")
                 .arg(dialect.table(Table::Media), media,
                     needsInteraction(filter) ? QStringLiteral("JOIN") : QStringLiteral("LEFT JOIN"),
                     dialect.table(Table::UserMedia), interaction, dialect.param(ColumnType::Uuid)),
        { SqlValues::uuid(viewingUserId) } };
}

bool FilterCompiler::needsInteraction(const SmartFilter &filter)
{
    return withoutInteraction(filter.root) == WithoutInteraction::Fails;
}

SqlFragment FilterCompiler::where(const SqlDialect &dialect, const SmartFilter &filter,
    const QUuid &viewingUserId, const QString &media, const QString &interaction, QDate today)
{
    return Compiler(dialect, viewingUserId, media, interaction, today).node(filter.root);
}

QList<FilterCompiler::SortKey> FilterCompiler::sortKeys(
    const SmartFilter &filter, const QString &media, const QString &interaction)
{
    QList<SortKey> keys;
    keys.reserve(filter.sort.size() + 2);
    for (const FilterSort &sort : filter.sort)
        keys.append({ sortExpression(sort.field, media, interaction), sort.descending });
    keys.append({ media + QStringLiteral(".sort_title"), false, false });
    keys.append({ media + QStringLiteral(".id"), false, false });
    return keys;
}

QString FilterCompiler::orderBy(
    const QList<SortKey> &keys, const std::function<QString(qsizetype)> &expression)
{
    QStringList order;
    order.reserve(keys.size());
    for (qsizetype n = 0; n < keys.size(); ++n) {
        const SortKey &key = keys.at(n);
        order.append(expression(n) + (key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
            + (key.nullable ? QStringLiteral(" NULLS LAST") : QString()));
    }
    return order.join(QStringLiteral(", "));
}

QString FilterCompiler::orderBy(const SmartFilter &filter, const QString &media, const QString &interaction)
{
    const QList<SortKey> keys = sortKeys(filter, media, interaction);
    return orderBy(keys, [&keys](qsizetype n) { return keys.at(n).expression; });
}

} // namespace omt
