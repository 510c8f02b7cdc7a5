#pragma once

#include "StorageLog.h"
#include "core/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>
#include <QVariant>

/// Encoders for bound values and decoders for selected values, in the common
/// text representation both dialects use (see SqlDialect).
namespace omt::SqlValues {

QVariant uuid(const QUuid &id);
/// NULL for a null uuid.
QVariant optionalUuid(const QUuid &id);
QVariant timestamp(const QDateTime &value);
QVariant date(const QDate &value);
QVariant json(const QJsonObject &object);
/// NULL for an empty object (optional JSON columns).
QVariant optionalJson(const QJsonObject &object);
QVariant textArray(const QStringList &values);
/// The ids as one JSON array of uuid texts, for SqlDialect::inJsonArray.
QVariant uuidArray(const QList<QUuid> &ids);
/// Never NULL: a null QString binds as SQL NULL, which NOT NULL text
/// columns refuse, so it becomes an empty string here.
QVariant requiredText(const QString &text);
/// NULL for an empty string (optional text columns).
QVariant optionalText(const QString &text);

QUuid toUuid(const QVariant &value);
QDateTime toTimestamp(const QVariant &value);
QDate toDate(const QVariant &value);
QJsonObject toJsonObject(const QVariant &value);
QStringList toTextArray(const QVariant &value);

/// An enumeration read from the database. A value this build does not know
/// (written by a newer client on a shared server) becomes `fallback` with a
/// warning rather than ending the program.
template<typename E>
E toEnum(const QVariant &value, E fallback)
{
    auto parsed = fromDbString<E>(value.toString());
    if (parsed)
        return *parsed;
    qCWarning(lcStorage) << "unknown value from the database, written by a newer version?"
                         << value.toString();
    return fallback;
}

/// The ISO-8601 UTC text with milliseconds used for timestamps ("…T…Z").
QString timestampText(const QDateTime &value);

} // namespace omt::SqlValues
