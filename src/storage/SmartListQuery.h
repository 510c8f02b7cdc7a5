#pragma once

#include "SqlDialect.h"
#include "SqlFragment.h"
#include "core/Error.h"
#include "core/Filter.h"
#include "core/Media.h"
#include "core/SmartListPage.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QUuid>

namespace omt {

class Database;
class SqlConnection;

/// Runs smart-list filters (DESIGN §5) against the library, as seen by one
/// user: their interactions and the lists they may read. Each call costs one
/// statement; see FilterCompiler for the meaning of every field and operator.
class SmartListQuery
{
    Q_DECLARE_TR_FUNCTIONS(omt::SmartListQuery)

public:
    explicit SmartListQuery(Database &database);

    /// How many items match, at most the filter's limit.
    Result<int> count(const SmartFilter &filter, const QUuid &userId);
    /// Matching items in the filter's order, rows [offset, offset + limit)
    /// of at most the filter's limit.
    Result<QList<MediaSummary>> items(const SmartFilter &filter, const QUuid &userId, int offset, int limit);

    /// Opening a list: its first `limit` items and its count, found by one
    /// statement (one pass over the matching rows instead of two).
    Result<SmartListPage> firstPage(const SmartFilter &filter, const QUuid &userId, int limit);

    /// The ids of the matching items in the filter's order, at most `limit`
    /// (and the filter's limit): what a view needs to follow changes.
    Result<QList<QUuid>> ids(const SmartFilter &filter, const QUuid &userId, int limit);
    /// Which items of a manual list match the filter (a list's view
    /// refinement); the filter's sort and limit do not apply.
    Result<QSet<QUuid>> idsInList(const SmartFilter &filter, const QUuid &userId, const QUuid &listId);
    /// Which of the given items the filter matches now (its sort and limit
    /// do not apply): one statement, so that a view can tell at once which
    /// written items left a smart list.
    Result<QSet<QUuid>> matchingAmong(
        const SmartFilter &filter, const QUuid &userId, const QList<QUuid> &mediaIds);

    /// For tests: the UTC day within_days counts back from (default: today).
    void setToday(QDate today) { m_today = today; }

private:
    /// `FROM … WHERE …` (without FROM) of the items the filter matches for the user.
    SqlFragment matchingRows(const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const;
    /// The ids of `rows` (`… FROM … WHERE …` without FROM, media as m), as a set.
    static Result<QSet<QUuid>> matchingIds(
        const SqlConnection &sql, const SqlFragment &rows, const QString &context);
    /// The same rows for counting, without reading the items when the rule
    /// looks only at the user's tracking.
    SqlFragment countedRows(const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const;
    /// firstPage()'s statement: the page's items in order, each with the
    /// count of all matches; the page size is bound last.
    SqlFragment firstPageStatement(
        const SqlDialect &dialect, const SmartFilter &filter, const QUuid &userId) const;

    Database &m_database;
    QDate m_today;
};

} // namespace omt
