#pragma once

#include "SqlDialect.h"
#include "SqlFragment.h"
#include "core/Filter.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <functional>

namespace omt {

/// Compiles a parsed smart-list filter (DESIGN §5) to SQL for one dialect.
///
/// Every value of the document is bound; the SQL text holds only fixed
/// strings chosen by field and operator. Semantics, the same on both backends:
/// - A comparison on a field the item lacks (no interaction for the viewing
///   user, no date, no such attribute) does not hold; `not` is the exact
///   complement of its child, so `not` of such a comparison holds.
/// - Titles compare by their sort key (case and accents folded); creators,
///   notes and string attributes ignore ASCII letter case.
/// - started_at / completed_at compare by their UTC calendar day;
///   within_days N means from N days before today up to today (UTC).
/// - status is_null: the item is not in the viewing user's library.
/// - in_list: membership of a list the viewing user owns or that is public.
/// - text: the full-text word matching of the library's search box.
class FilterCompiler
{
public:
    /// `FROM` source (without the keyword) for the filter: the media table as
    /// `media` joined with the viewing user's interactions as `interaction`.
    /// The join is an inner one when the filter needs an interaction (see
    /// needsInteraction), which lets the planner start from the user's
    /// interactions; otherwise a left join. where() is the same either way.
    static SqlFragment source(const SqlDialect &dialect, const SmartFilter &filter,
        const QUuid &viewingUserId, const QString &media = QStringLiteral("m"),
        const QString &interaction = QStringLiteral("i"));

    /// Whether the filter can only hold for items the viewing user has an
    /// interaction with: every way through the tree compares an interaction
    /// field, which fails when there is none. `not` of such a comparison and
    /// `is_null true` on an interaction field hold without one.
    static bool needsInteraction(const SmartFilter &filter);

    /// The WHERE expression (without the keyword) for the filter's tree,
    /// over the aliases of source(). `today` (UTC) anchors within_days; an
    /// invalid date means the current UTC day.
    static SqlFragment where(const SqlDialect &dialect, const SmartFilter &filter, const QUuid &viewingUserId,
        const QString &media = QStringLiteral("m"), const QString &interaction = QStringLiteral("i"),
        QDate today = {});

    /// One expression of the order and its direction; empty values sort
    /// last in both directions.
    struct SortKey
    {
        QString expression;
        bool descending = false;
        /// Title and id are never empty: their keys say nothing of empty
        /// values, which keeps SQLite walking an index in their order.
        bool nullable = true;
    };

    /// The filter's sort keys, then title and id so that the order is total.
    /// A filter without sort keys is ordered by title.
    static QList<SortKey> sortKeys(const SmartFilter &filter, const QString &media = QStringLiteral("m"),
        const QString &interaction = QStringLiteral("i"));

    /// The ORDER BY list (without the keyword) of `keys`, each expression
    /// written as `expression(n)` gives it.
    static QString orderBy(const QList<SortKey> &keys, const std::function<QString(qsizetype)> &expression);

    /// The ORDER BY list (without the keyword) of sortKeys().
    static QString orderBy(const SmartFilter &filter, const QString &media = QStringLiteral("m"),
        const QString &interaction = QStringLiteral("i"));
};

} // namespace omt
