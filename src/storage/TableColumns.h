#pragma once

#include "SqlDialect.h"
#include "core/Interaction.h"
#include "core/Media.h"
#include "core/MediaList.h"

#include <QVariantList>

/// Internal to src/storage: the columns each table is written with, and the
/// values of one row in that order (common text representation, SqlValues),
/// so that single writes, batch writes and bulk loads encode a row alike.
class QSqlQuery;

namespace omt::TableColumns {

QList<RecordColumn> media();
/// Includes sort_title, derived from the title (TextKeys::sortKey).
QVariantList mediaValues(const Media &media);

QList<RecordColumn> links();
QVariantList linkValues(const ExternalLink &link);

QList<RecordColumn> relationships();
QVariantList relationshipValues(const Relationship &relationship);

QList<RecordColumn> interactions();
QVariantList interactionValues(const Interaction &interaction);

QList<RecordColumn> listItems();
QVariantList listItemValues(const ListItem &item);
/// A list entry from columns list_id, media_id, position, added_at (in the
/// common text representation) starting at `first`.
ListItem readListItem(const QSqlQuery &query, int first = 0);

/// "a, b, c": the column names, for an INSERT's column list.
QString names(const QList<RecordColumn> &columns);

/// `INSERT INTO table (columns) SELECT … FROM <the JSON rows> src WHERE
/// condition [tail]`: a whole batch in one statement, its rows bound as one
/// JSON array (JsonRecords::array). `condition` may refer to the row as `src`
/// (default: every row); `tail` is an ON CONFLICT and/or RETURNING clause.
QString insertFromRecords(const SqlDialect &d, Table table, const QList<RecordColumn> &columns,
    const QString &condition = {}, const QString &tail = {});

} // namespace omt::TableColumns
