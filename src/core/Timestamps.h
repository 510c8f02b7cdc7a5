#pragma once

#include <QDateTime>

namespace omt::Timestamps {

/// Now, in UTC, truncated to milliseconds: the precision both databases keep
/// identically (SQLite stores ISO-8601 text with milliseconds).
QDateTime now();

/// Truncates to milliseconds and converts to UTC; invalid stays invalid.
QDateTime normalized(const QDateTime &value);

} // namespace omt::Timestamps
