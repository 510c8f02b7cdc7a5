#pragma once

#include "core/Filter.h"

#include <QCoreApplication>
#include <QString>

namespace omt {

/// What an attribute condition compares: the JSON type of its value, which
/// the rule builder lets people choose because an attribute has no fixed type.
enum class AttributeKind {
    Number,
    Text,
    YesNo,
};

/// One entry of a rule's operator menu. is_null is offered twice, as "is
/// empty" and "is set", so that people never have to pick a true/false value.
struct FilterOpChoice
{
    FilterOp op = FilterOp::Equal;
    /// For is_null: the value true ("is empty") or false ("is set").
    bool isNull = true;

    friend bool operator==(const FilterOpChoice &, const FilterOpChoice &) = default;
    /// A QVariant-friendly code for combo box item data.
    int code() const { return int(op) * 2 + (isNull ? 1 : 0); }
    static FilterOpChoice fromCode(int code) { return { FilterOp(code / 2), code % 2 == 1 }; }
};

/// The words the filter editor shows for fields and operators, so that a
/// rule reads as a phrase: "Release date · is before · 1 Jan 2000".
class FilterLabels
{
    Q_DECLARE_TR_FUNCTIONS(omt::FilterLabels)

public:
    static QString field(FilterField field);
    /// The operator as the rule reads for the field's kind of value.
    static QString op(FilterField field, FilterOpChoice choice);
    static QString attributeKind(AttributeKind kind);

    /// The operator choices of a field, in menu order; for attributes those
    /// that make sense for the kind of value compared.
    static QList<FilterOpChoice> choices(FilterField field, AttributeKind kind = AttributeKind::Text);
};

} // namespace omt
