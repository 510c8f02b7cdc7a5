#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace omt::SqlValues {

QVariant uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant optionalUuid(const QUuid &id)
{
    return id.isNull() ? QVariant() : uuid(id);
}

QString timestampText(const QDateTime &value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QVariant timestamp(const QDateTime &value)
{
    return value.isValid() ? QVariant(timestampText(value)) : QVariant();
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant optionalJson(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : json(object);
}

QVariant textArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QVariant uuidArray(const QList<QUuid> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const QUuid &id : ids)
        texts.append(id.toString(QUuid::WithoutBraces));
    return textArray(texts);
}

QVariant requiredText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QUuid toUuid(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QUuid::fromString(value.toString());
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toTimeZone(QTimeZone::utc()) : QDateTime();
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonObject toJsonObject(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QStringList toTextArray(const QVariant &value)
{
    QStringList result;
    if (value.isNull())
        return result;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

} // namespace omt::SqlValues
