#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>
#include <variant>

/// The smart-list filter language (DESIGN §5) as a typed tree. FilterParser
/// builds it from JSON and rejects anything outside the catalogue below, so a
/// tree that exists is valid: storage compiles it to SQL without re-checking
/// names, and every value it holds is bound, never spliced into SQL text.
namespace omt {

enum class FilterField {
    MediaType,
    MediaClass,
    Title,
    ReleaseDate,
    Country,
    /// Holds when any of the item's creators matches.
    Creators,
    /// `attributes.<key>`; the key is in FilterCondition::attributeKey.
    Attribute,
    Status,
    Progress,
    Rating,
    StartedAt,
    CompletedAt,
    Notes,
    /// Membership in a list, given by its id (op = or !=).
    InList,
    /// Full-text search over title, creators and description (op contains),
    /// with the same word matching as the library's search box.
    Text,
};

enum class FilterOp {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Contains,
    StartsWith,
    /// The class path equals the value or lies below it.
    Under,
    /// Value true: the field is empty (no interaction, no date, missing
    /// attribute); false: it is set.
    IsNull,
    /// The date lies within the last N days, up to today.
    WithinDays,
    /// Inclusive range [first, second].
    Between,
};

/// What kind of value a field holds, which decides its operators and how its
/// JSON value is read.
enum class FilterValueType {
    Text,
    MediaTypeEnum,
    StatusEnum,
    ClassPath,
    /// A calendar date (release_date).
    Date,
    /// A moment (started_at, completed_at), compared by its UTC calendar day.
    Timestamp,
    /// An integer count or score.
    Number,
    /// A JSON attribute: number, string or boolean, as the value given says.
    Attribute,
    ListId,
    FullText,
};

/// One operand, typed by field and operator:
/// - bool: is_null, or = / != on a boolean attribute
/// - double: = != < <= > >= on numbers (progress, rating, numeric attributes)
/// - QString: text = != contains starts_with, class paths, country codes, full text
/// - QStringList / QList<double>: `in` on text or numbers
/// - QDate: = != < <= > >= on dates and timestamps
/// - int: within_days (N ≥ 0)
/// - pair: between, inclusive, first ≤ second
/// - QUuid: in_list
/// - MediaType / Status and their lists: = != and `in` on the enumerations
using FilterValue
    = std::variant<bool, double, QString, QStringList, QList<double>, QDate, int, std::pair<double, double>,
        std::pair<QDate, QDate>, QUuid, MediaType, Status, QList<MediaType>, QList<Status>>;

struct FilterCondition
{
    FilterField field = FilterField::Title;
    /// For FilterField::Attribute only: the key, matching [A-Za-z0-9_]+.
    QString attributeKey;
    FilterOp op = FilterOp::Equal;
    FilterValue value;

    friend bool operator==(const FilterCondition &, const FilterCondition &) = default;
};

/// A group (all / any / not) of child nodes, or a single condition.
struct FilterNode
{
    enum class Kind {
        Condition,
        All,
        Any,
        /// Exactly one child.
        Not,
    };

    Kind kind = Kind::All;
    FilterCondition condition;
    QList<FilterNode> children;

    friend bool operator==(const FilterNode &, const FilterNode &) = default;
};

struct FilterSort
{
    FilterField field = FilterField::Title;
    bool descending = false;

    friend bool operator==(const FilterSort &, const FilterSort &) = default;
};

/// A whole smart-list definition: which items, in which order, how many.
struct SmartFilter
{
    FilterNode root;
    /// Sort keys, most significant first; empty leaves the order to the caller.
    QList<FilterSort> sort;
    std::optional<int> limit;

    friend bool operator==(const SmartFilter &, const SmartFilter &) = default;
};

/// The catalogue of fields, as data, shared by the parser, the writer, the
/// SQL compiler and the visual editor.
struct FilterFieldInfo
{
    FilterField field;
    /// The JSON name; for attributes the prefix "attributes".
    const char *name;
    FilterValueType type;
    QList<FilterOp> ops;
    bool sortable;
};

namespace FilterCatalogue {

/// Caps that keep hostile or runaway documents cheap to reject.
inline constexpr int MaxDepth = 8;
inline constexpr int MaxConditions = 200;
inline constexpr int MaxInValues = 500;
inline constexpr int MaxSortKeys = 5;
inline constexpr int MaxTextLength = 500;
inline constexpr int MaxWithinDays = 100000;
inline constexpr int MinLimit = 1;
inline constexpr int MaxLimit = 10000;

const QList<FilterFieldInfo> &fields();
const FilterFieldInfo &info(FilterField field);
/// The field for a JSON name other than `attributes.<key>`; empty when unknown.
std::optional<FilterField> fieldFromName(const QString &name);
/// The JSON name of a condition's field, e.g. "rating" or "attributes.pages".
QString fieldName(FilterField field, const QString &attributeKey = {});

QString opName(FilterOp op);
std::optional<FilterOp> opFromName(const QString &name);
/// "=, !=, <" — for messages and the editor.
QString opNames(const QList<FilterOp> &ops);

/// True for a non-empty key of letters, digits and underscores.
bool isValidAttributeKey(const QString &key);

} // namespace FilterCatalogue
} // namespace omt
