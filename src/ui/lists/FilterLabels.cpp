#include "FilterLabels.h"

#include <algorithm>
#include <array>

namespace omt {

namespace {
using enum FilterOp;

/// The order operators are offered in: equality first, ranges next, lists
/// and emptiness last, whatever order the catalogue lists them in.
constexpr std::array MenuOrder { Equal, NotEqual, Contains, StartsWith, Under, Less, LessOrEqual, Greater,
    GreaterOrEqual, Between, WithinDays, In, IsNull };

bool isDate(FilterField field)
{
    const FilterValueType type = FilterCatalogue::info(field).type;
    return type == FilterValueType::Date || type == FilterValueType::Timestamp;
}

bool isNumber(FilterField field)
{
    return FilterCatalogue::info(field).type == FilterValueType::Number;
}
} // namespace

QString FilterLabels::field(FilterField field)
{
    switch (field) {
    case FilterField::MediaType: return tr("Media type");
    case FilterField::MediaClass: return tr("Class");
    case FilterField::Title: return tr("Title");
    case FilterField::ReleaseDate: return tr("Release date");
    case FilterField::Country: return tr("Country");
    case FilterField::Creators: return tr("Creator");
    case FilterField::Attribute: return tr("Attribute");
    case FilterField::Status: return tr("Status");
    case FilterField::Progress: return tr("Progress");
    case FilterField::Rating: return tr("Rating");
    case FilterField::StartedAt: return tr("Date started");
    case FilterField::CompletedAt: return tr("Date completed");
    case FilterField::Notes: return tr("Notes");
    case FilterField::InList: return tr("List");
    case FilterField::Text: return tr("Any text");
    }
    return {};
}

QString FilterLabels::op(FilterField field, FilterOpChoice choice)
{
    const bool date = isDate(field);
    const bool number = isNumber(field) || field == FilterField::Attribute;
    switch (choice.op) {
    case Equal: return date ? tr("is on") : tr("is");
    case NotEqual: return date ? tr("is not on") : tr("is not");
    case Less: return date ? tr("is before") : number ? tr("is under") : tr("is less than");
    case LessOrEqual: return date ? tr("is on or before") : tr("is at most");
    case Greater: return date ? tr("is after") : number ? tr("is over") : tr("is more than");
    case GreaterOrEqual: return date ? tr("is on or after") : tr("is at least");
    case In: return tr("is one of");
    case Contains: return tr("contains");
    case StartsWith: return tr("starts with");
    case Under: return tr("is under");
    case IsNull:
        if (field == FilterField::Status)
            return choice.isNull ? tr("is not in my library") : tr("is in my library");
        if (field == FilterField::Rating)
            return choice.isNull ? tr("is not rated") : tr("is rated");
        if (date)
            return choice.isNull ? tr("is not set") : tr("is set");
        return choice.isNull ? tr("is empty") : tr("is set");
    case WithinDays: return tr("is in the last");
    case Between: return tr("is between");
    }
    return {};
}

QString FilterLabels::attributeKind(AttributeKind kind)
{
    switch (kind) {
    case AttributeKind::Number: return tr("number");
    case AttributeKind::Text: return tr("text");
    case AttributeKind::YesNo: return tr("yes/no");
    }
    return {};
}

QList<FilterOpChoice> FilterLabels::choices(FilterField field, AttributeKind kind)
{
    QList<FilterOp> allowed = FilterCatalogue::info(field).ops;
    if (field == FilterField::Attribute) {
        switch (kind) {
        case AttributeKind::Number:
            allowed = { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, Between, IsNull };
            break;
        case AttributeKind::Text: allowed = { Equal, NotEqual, In, Contains, StartsWith, IsNull }; break;
        case AttributeKind::YesNo: allowed = { Equal, NotEqual, IsNull }; break;
        }
    }
    QList<FilterOpChoice> result;
    for (FilterOp op : MenuOrder) {
        if (!allowed.contains(op))
            continue;
        result.append({ op, true });
        if (op == IsNull)
            result.append({ op, false });
    }
    return result;
}

} // namespace omt
