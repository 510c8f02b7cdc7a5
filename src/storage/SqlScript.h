#pragma once

#include <QString>
#include <QStringList>

namespace omt::SqlScript {

/// Splits a migration script into statements at top-level semicolons. Knows
/// enough SQL to not split inside quotes, comments, PostgreSQL dollar-quoted
/// bodies and SQLite trigger bodies (BEGIN … END). Comments are dropped.
QStringList split(const QString &script);

} // namespace omt::SqlScript
