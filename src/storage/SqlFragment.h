#pragma once

#include <QString>
#include <QVariantList>

namespace omt {

/// A piece of SQL with the values for its `?` placeholders, in order. Values
/// are always bound, never spliced into the text.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

} // namespace omt
