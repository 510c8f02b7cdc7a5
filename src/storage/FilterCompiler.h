#pragma once

#include "SqlDialect.h"
#include "SqlFragment.h"
#include "core/Filter.h"

#include <QDate>
#include <QUuid>

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

    /// The ORDER BY list (without the keyword): the filter's sort keys with
    /// empty values last in both directions, then title and id so that the
    /// order is total. A filter without sort keys is ordered by title.
    static QString orderBy(const SmartFilter &filter, const QString &media = QStringLiteral("m"),
        const QString &interaction = QStringLiteral("i"));
};

} // namespace omt
