#include "FilterParser.h"

#include "MediaClass.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace omt::FilterParser {

namespace {

/// Gives this file's messages the context omt::FilterParser, which, being a namespace,
/// cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::FilterParser)
};

using enum FilterOp;
namespace C = FilterCatalogue;

QString key(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Error fail(const QString &path, const QString &message)
{
    return Error::invalidInput(path + QStringLiteral(": ") + message);
}

bool isWholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && std::floor(d) == d && std::abs(d) <= 9007199254740992.0;
}

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z')
        && code.at(1) >= QLatin1Char('A') && code.at(1) <= QLatin1Char('Z');
}

template<typename E>
Result<FilterValue> readEnum(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return fail(path, Messages::tr("expected a string"));
    auto parsed = fromDbString<E>(value.toString());
    if (!parsed)
        return fail(path, parsed.error().message);
    return FilterValue(*parsed);
}

Result<FilterValue> readText(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return fail(path, Messages::tr("expected a string"));
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return fail(path, Messages::tr("the text cannot be empty"));
    if (text.size() > C::MaxTextLength)
        return fail(path, Messages::tr("the text is longer than %1 characters").arg(C::MaxTextLength));
    return FilterValue(text);
}

Result<FilterValue> readDate(const QJsonValue &value, const QString &path)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // fromString() is lenient about some forms; only the exact canonical spelling is accepted.
    if (!value.isString() || !date.isValid() || date.toString(Qt::ISODate) != text)
        return fail(path, Messages::tr("expected a date written as YYYY-MM-DD"));
    return FilterValue(date);
}

/// One value of a field that is not an enumeration list, range or flag.
Result<FilterValue> readScalar(
    const FilterFieldInfo &field, FilterOp op, const QJsonValue &value, const QString &path)
{
    switch (field.type) {
    case FilterValueType::MediaTypeEnum: return readEnum<MediaType>(value, path);
    case FilterValueType::StatusEnum: return readEnum<Status>(value, path);
    case FilterValueType::Date:
    case FilterValueType::Timestamp: return readDate(value, path);
    case FilterValueType::Text:
    case FilterValueType::FullText: {
        auto text = readText(value, path);
        if (text && field.field == FilterField::Country && !isCountryCode(std::get<QString>(*text)))
            return fail(path,
                Messages::tr("expected a two-letter upper-case ISO 3166 country code, such as GB or JP"));
        return text;
    }
    case FilterValueType::ClassPath:
        if (!value.isString() || !MediaClass::isValid(value.toString()))
            return fail(path,
                Messages::tr(
                    "expected a class path of dot-separated words of letters, digits and underscores, "
                    "such as video.film.feature"));
        return FilterValue(value.toString());
    case FilterValueType::ListId: {
        const QUuid id = QUuid::fromString(value.toString());
        if (!value.isString() || id.isNull())
            return fail(path, Messages::tr("expected a list id (a UUID)"));
        return FilterValue(id);
    }
    case FilterValueType::Number: {
        if (!isWholeNumber(value))
            return fail(path, Messages::tr("expected a whole number"));
        const double number = value.toDouble();
        if (field.field == FilterField::Rating && (number < MinRating || number > MaxRating))
            return fail(path, Messages::tr("a rating is between %1 and %2").arg(MinRating).arg(MaxRating));
        if (number < 0)
            return fail(path, Messages::tr("expected a number that is not negative"));
        return FilterValue(number);
    }
    case FilterValueType::Attribute:
        // The JSON type of the value decides how the attribute is compared.
        if (value.isDouble() && op != Contains && op != StartsWith)
            return FilterValue(value.toDouble());
        if (value.isString()
            && (op == Equal || op == NotEqual || op == In || op == Contains || op == StartsWith))
            return readText(value, path);
        if (value.isBool() && (op == Equal || op == NotEqual))
            return FilterValue(value.toBool());
        return fail(path,
            Messages::tr("“%1” on an attribute needs %2")
                .arg(C::opName(op),
                    op == Contains || op == StartsWith  ? Messages::tr("a string")
                        : op == Equal || op == NotEqual ? Messages::tr("a number, a string or true/false")
                        : op == In                      ? Messages::tr("numbers or strings")
                                                        : Messages::tr("a number")));
    }
    return fail(path, Messages::tr("unsupported value"));
}

template<typename T>
QList<T> collect(const QList<FilterValue> &values)
{
    QList<T> list;
    for (const FilterValue &value : values)
        list.append(std::get<T>(value));
    return list;
}

Result<FilterValue> readIn(const FilterFieldInfo &field, const QJsonValue &value, const QString &path)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty())
        return fail(path, Messages::tr("expected a non-empty array of values"));
    if (array.size() > C::MaxInValues)
        return fail(path, Messages::tr("“in” takes at most %1 values").arg(C::MaxInValues));
    QList<FilterValue> values;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = readScalar(field, In, array.at(i), index(path, i));
        if (!item)
            return item.error();
        if (!values.isEmpty() && item->index() != values.first().index())
            return fail(index(path, i), Messages::tr("all values of “in” must be of the same type"));
        values.append(*item);
    }
    const FilterValue &first = values.first();
    if (std::holds_alternative<MediaType>(first))
        return FilterValue(collect<MediaType>(values));
    if (std::holds_alternative<Status>(first))
        return FilterValue(collect<Status>(values));
    if (std::holds_alternative<double>(first))
        return FilterValue(collect<double>(values));
    return FilterValue(QStringList(collect<QString>(values)));
}

Result<FilterValue> readBetween(const FilterFieldInfo &field, const QJsonValue &value, const QString &path)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 2)
        return fail(path, Messages::tr("expected an array of two values [from, to]"));
    auto from = readScalar(field, Between, array.at(0), index(path, 0));
    if (!from)
        return from.error();
    auto to = readScalar(field, Between, array.at(1), index(path, 1));
    if (!to)
        return to.error();
    if (const QDate *first = std::get_if<QDate>(&*from)) {
        const QDate second = std::get<QDate>(*to);
        if (*first > second)
            return fail(path, Messages::tr("the first date is after the second"));
        return FilterValue(std::pair { *first, second });
    }
    const double first = std::get<double>(*from), second = std::get<double>(*to);
    if (first > second)
        return fail(path, Messages::tr("the first number is greater than the second"));
    return FilterValue(std::pair { first, second });
}

Result<FilterValue> readValue(
    const FilterFieldInfo &field, FilterOp op, const QJsonValue &value, const QString &path)
{
    switch (op) {
    case IsNull:
        if (!value.isBool())
            return fail(path, Messages::tr("“is_null” takes true or false"));
        return FilterValue(value.toBool());
    case WithinDays:
        if (!isWholeNumber(value) || value.toDouble() < 0 || value.toDouble() > C::MaxWithinDays)
            return fail(path,
                Messages::tr("“within_days” takes a whole number of days from 0 to %1")
                    .arg(C::MaxWithinDays));
        return FilterValue(value.toInt());
    case In: return readIn(field, value, path);
    case Between: return readBetween(field, value, path);
    default: return readScalar(field, op, value, path);
    }
}

class Parser
{
public:
    Result<FilterNode> node(const QJsonValue &value, const QString &path, int depth)
    {
        if (!value.isObject())
            return fail(path, Messages::tr("expected an object with a condition or a group"));
        return nodeObject(value.toObject(), path, depth, {});
    }

    /// `extraKeys` are the keys besides the node's own that the object may have
    /// (sort and limit at the top of the document).
    Result<FilterNode> nodeObject(
        const QJsonObject &object, const QString &path, int depth, const QStringList &extraKeys)
    {
        QString group;
        for (const QString &name : { QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("not") }) {
            if (!object.contains(name))
                continue;
            if (!group.isEmpty())
                return fail(
                    key(path, name), Messages::tr("a node is one group; “%1” is already given").arg(group));
            group = name;
        }
        const QStringList own = group.isEmpty()
            ? QStringList { QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value") }
            : QStringList { group };
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!own.contains(it.key()) && !extraKeys.contains(it.key()))
                return fail(key(path, it.key()),
                    Messages::tr("unknown key (expected %1)")
                        .arg((own + extraKeys).join(QStringLiteral(", "))));
        }
        if (group.isEmpty())
            return condition(object, path);
        if (depth >= C::MaxDepth)
            return fail(
                key(path, group), Messages::tr("groups are nested deeper than %1 levels").arg(C::MaxDepth));
        return groupNode(group, object.value(group), key(path, group), depth + 1);
    }

private:
    Result<FilterNode> groupNode(
        const QString &group, const QJsonValue &value, const QString &path, int depth)
    {
        FilterNode result;
        if (group == QLatin1String("not")) {
            result.kind = FilterNode::Kind::Not;
            // {"not": {...}} is canonical; a one-element array is accepted as well.
            if (value.isArray() && value.toArray().size() != 1)
                return fail(path, Messages::tr("“not” takes exactly one condition or group"));
            auto child = value.isArray() ? node(value.toArray().at(0), index(path, 0), depth)
                                         : node(value, path, depth);
            if (!child)
                return child.error();
            result.children.append(*child);
            return result;
        }
        result.kind = group == QLatin1String("all") ? FilterNode::Kind::All : FilterNode::Kind::Any;
        if (!value.isArray())
            return fail(path, Messages::tr("expected an array of conditions and groups"));
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return fail(path, Messages::tr("a group needs at least one condition"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto child = node(array.at(i), index(path, i), depth);
            if (!child)
                return child.error();
            result.children.append(*child);
        }
        return result;
    }

    Result<FilterNode> condition(const QJsonObject &object, const QString &path)
    {
        if (++m_conditions > C::MaxConditions)
            return fail(path, Messages::tr("a filter has at most %1 conditions").arg(C::MaxConditions));
        for (const QString &name :
            { QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value") }) {
            if (!object.contains(name))
                return fail(key(path, name), Messages::tr("missing"));
        }
        FilterNode result;
        result.kind = FilterNode::Kind::Condition;
        FilterCondition &c = result.condition;

        const QJsonValue fieldValue = object.value(QStringLiteral("field"));
        const QString fieldText = fieldValue.toString();
        const QString attributePrefix = QStringLiteral("attributes.");
        if (!fieldValue.isString())
            return fail(key(path, QStringLiteral("field")), Messages::tr("expected a field name"));
        if (fieldText.startsWith(attributePrefix)) {
            c.field = FilterField::Attribute;
            c.attributeKey = fieldText.mid(attributePrefix.size());
            if (!C::isValidAttributeKey(c.attributeKey))
                return fail(key(path, QStringLiteral("field")),
                    Messages::tr("“%1” is not a valid attribute key (use letters, digits and underscores)")
                        .arg(c.attributeKey));
        } else if (const auto field = C::fieldFromName(fieldText)) {
            c.field = *field;
        } else {
            return fail(
                key(path, QStringLiteral("field")), Messages::tr("“%1” is not a field").arg(fieldText));
        }
        const FilterFieldInfo &info = C::info(c.field);

        const QJsonValue opValue = object.value(QStringLiteral("op"));
        const auto op = C::opFromName(opValue.toString());
        if (!opValue.isString() || !op || !info.ops.contains(*op))
            return fail(key(path, QStringLiteral("op")),
                Messages::tr("“%1” is not an operator for %2 (allowed: %3)")
                    .arg(opValue.isString() ? opValue.toString() : Messages::tr("(not a string)"),
                        C::fieldName(c.field, c.attributeKey), C::opNames(info.ops)));
        c.op = *op;

        auto value = readValue(
            info, c.op, object.value(QStringLiteral("value")), key(path, QStringLiteral("value")));
        if (!value)
            return value.error();
        c.value = *value;
        return result;
    }

    int m_conditions = 0;
};

Result<QList<FilterSort>> readSort(const QJsonValue &value)
{
    const QString path = QStringLiteral("sort");
    const QJsonArray array = value.toArray();
    if (!value.isArray())
        return fail(path, Messages::tr("expected an array of {\"field\", \"dir\"} objects"));
    if (array.size() > C::MaxSortKeys)
        return fail(path, Messages::tr("at most %1 sort keys").arg(C::MaxSortKeys));
    QList<FilterSort> sort;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = index(path, i);
        if (!array.at(i).isObject())
            return fail(itemPath, Messages::tr("expected an object with field and dir"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("field") && it.key() != QLatin1String("dir"))
                return fail(key(itemPath, it.key()), Messages::tr("unknown key (expected field, dir)"));
        }
        FilterSort entry;
        const QString fieldText = object.value(QStringLiteral("field")).toString();
        const auto field = C::fieldFromName(fieldText);
        if (!field || !C::info(*field).sortable)
            return fail(
                key(itemPath, QStringLiteral("field")), Messages::tr("cannot sort by “%1”").arg(fieldText));
        entry.field = *field;
        const QJsonValue dir = object.value(QStringLiteral("dir"));
        if (!dir.isUndefined() && dir != QJsonValue(QStringLiteral("asc"))
            && dir != QJsonValue(QStringLiteral("desc")))
            return fail(key(itemPath, QStringLiteral("dir")), Messages::tr("expected “asc” or “desc”"));
        entry.descending = dir == QJsonValue(QStringLiteral("desc"));
        for (const FilterSort &earlier : std::as_const(sort)) {
            if (earlier.field == entry.field)
                return fail(key(itemPath, QStringLiteral("field")),
                    Messages::tr("“%1” is already a sort key").arg(fieldText));
        }
        sort.append(entry);
    }
    return sort;
}
} // namespace

Result<SmartFilter> parse(const QJsonObject &document)
{
    const QJsonValue limit = document.value(QStringLiteral("limit"));
    if (!limit.isUndefined()
        && (!isWholeNumber(limit) || limit.toDouble() < C::MinLimit || limit.toDouble() > C::MaxLimit))
        return fail(QStringLiteral("limit"),
            Messages::tr("expected a whole number from %1 to %2").arg(C::MinLimit).arg(C::MaxLimit));
    const bool hasNode = document.contains(QStringLiteral("all")) || document.contains(QStringLiteral("any"))
        || document.contains(QStringLiteral("not")) || document.contains(QStringLiteral("field"));
    if (!hasNode)
        return Error::invalidInput(Messages::tr("The filter needs a condition or an all, any or not group."));

    SmartFilter filter;
    Parser parser;
    auto root = parser.nodeObject(document, {}, 0, { QStringLiteral("sort"), QStringLiteral("limit") });
    if (!root)
        return root.error();
    filter.root = *root;
    if (document.contains(QStringLiteral("sort"))) {
        auto sort = readSort(document.value(QStringLiteral("sort")));
        if (!sort)
            return sort.error();
        filter.sort = *sort;
    }
    if (!limit.isUndefined())
        filter.limit = limit.toInt();
    return filter;
}

Result<SmartFilter> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalidInput(Messages::tr("The filter is not valid JSON: %1 at character %2.")
                                       .arg(error.errorString())
                                       .arg(error.offset));
    if (!document.isObject())
        return Error::invalidInput(Messages::tr("The filter must be a JSON object."));
    return parse(document.object());
}

} // namespace omt::FilterParser
