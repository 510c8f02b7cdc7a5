#include "Filter.h"

#include <algorithm>
#include <array>

namespace omt::FilterCatalogue {

namespace {
using enum FilterOp;

constexpr std::array<std::pair<FilterOp, const char *>, 13> s_opNames { {
    { Equal, "=" },
    { NotEqual, "!=" },
    { Less, "<" },
    { LessOrEqual, "<=" },
    { Greater, ">" },
    { GreaterOrEqual, ">=" },
    { In, "in" },
    { Contains, "contains" },
    { StartsWith, "starts_with" },
    { Under, "under" },
    { IsNull, "is_null" },
    { WithinDays, "within_days" },
    { Between, "between" },
} };

QList<FilterFieldInfo> buildFields()
{
    const QList<FilterOp> dateOps { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Between,
        IsNull, WithinDays };
    const QList<FilterOp> numberOps { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In,
        Between };
    using T = FilterValueType;
    // Order matters only for the editor, which lists fields as given here.
    return {
        { FilterField::MediaType, "media_type", T::MediaTypeEnum, { Equal, NotEqual, In }, true },
        { FilterField::MediaClass, "media_class", T::ClassPath, { Equal, NotEqual, In, Under, IsNull },
            true },
        { FilterField::Title, "title", T::Text, { Equal, NotEqual, In, Contains, StartsWith }, true },
        { FilterField::ReleaseDate, "release_date", T::Date, dateOps, true },
        { FilterField::Country, "country", T::Text, { Equal, NotEqual, In, IsNull }, true },
        { FilterField::Creators, "creators", T::Text, { Equal, In, Contains, StartsWith, IsNull }, false },
        { FilterField::Attribute, "attributes", T::Attribute,
            { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, Contains, StartsWith, IsNull,
                Between },
            false },
        // is_null on status means "not in my library": the user has no interaction.
        { FilterField::Status, "status", T::StatusEnum, { Equal, NotEqual, In, IsNull }, true },
        { FilterField::Progress, "progress", T::Number, numberOps, true },
        { FilterField::Rating, "rating", T::Number,
            { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, IsNull, Between }, true },
        { FilterField::StartedAt, "started_at", T::Timestamp, dateOps, true },
        { FilterField::CompletedAt, "completed_at", T::Timestamp, dateOps, true },
        { FilterField::Notes, "notes", T::Text, { Contains }, false },
        { FilterField::InList, "in_list", T::ListId, { Equal, NotEqual }, false },
        { FilterField::Text, "text", T::FullText, { Contains }, false },
    };
}
} // namespace

const QList<FilterFieldInfo> &fields()
{
    static const QList<FilterFieldInfo> s_fields = buildFields();
    return s_fields;
}

const FilterFieldInfo &info(FilterField field)
{
    const auto &all = fields();
    return *std::find_if(
        all.cbegin(), all.cend(), [field](const FilterFieldInfo &i) { return i.field == field; });
}

std::optional<FilterField> fieldFromName(const QString &name)
{
    for (const FilterFieldInfo &i : fields()) {
        if (i.field != FilterField::Attribute && name == QLatin1String(i.name))
            return i.field;
    }
    // `country` is the friendly name of the column `country_of_origin`; a
    // document written by someone who reads the schema works too.
    if (name == QLatin1String("country_of_origin"))
        return FilterField::Country;
    return std::nullopt;
}

QString fieldName(FilterField field, const QString &attributeKey)
{
    const QString name = QLatin1String(info(field).name);
    return field == FilterField::Attribute ? name + QLatin1Char('.') + attributeKey : name;
}

QString opName(FilterOp op)
{
    for (const auto &[value, spelling] : s_opNames) {
        if (value == op)
            return QLatin1String(spelling);
    }
    return {};
}

std::optional<FilterOp> opFromName(const QString &name)
{
    for (const auto &[value, spelling] : s_opNames) {
        if (name == QLatin1String(spelling))
            return value;
    }
    return std::nullopt;
}

QString opNames(const QList<FilterOp> &ops)
{
    QStringList names;
    for (FilterOp op : ops)
        names.append(opName(op));
    return names.join(QStringLiteral(", "));
}

bool isValidAttributeKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    });
}

} // namespace omt::FilterCatalogue
