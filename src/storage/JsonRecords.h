#pragma once

#include "SqlDialect.h"

#include <QString>
#include <QVariantList>

/// Rows as JSON text for SqlDialect::jsonRecordSource, so that a whole batch
/// travels as one bound parameter.
namespace omt::JsonRecords {

/// Appends one row as a JSON object keyed by column name. Values are in the
/// common text representation (SqlValues): JSON and array columns already
/// hold JSON text and are embedded as they are; NULL becomes null.
void append(QString &out, const QList<RecordColumn> &columns, const QVariantList &values);

/// The rows as one JSON array: the parameter of SqlDialect::jsonRecordSource.
QString array(const QList<RecordColumn> &columns, const QList<QVariantList> &rows);

} // namespace omt::JsonRecords
