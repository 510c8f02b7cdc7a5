#pragma once

#include "SqlDialect.h"
#include "core/Media.h"

#include <QSqlQuery>

/// Internal to src/storage: the media columns that several repositories
/// select, and their decoders, so that a summary reads the same everywhere.
namespace omt::MediaColumns {

/// `alias.column`, or the bare column when alias is empty.
QString qualified(const QString &alias, const char *name);

/// The columns of MediaSummary, in the common text representation.
QString summary(const SqlDialect &d, const QString &alias);
inline constexpr int SummaryCount = 11;

/// Reads the columns of summary() starting at result column `first`.
MediaSummary readSummary(const QSqlQuery &q, int first = 0);

} // namespace omt::MediaColumns
