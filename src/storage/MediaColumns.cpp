#include "MediaColumns.h"

#include "SqlValues.h"
#include "core/LocalizedTitles.h"

namespace omt::MediaColumns {

QString qualified(const QString &alias, const char *name)
{
    return alias.isEmpty() ? QString::fromLatin1(name) : alias + QLatin1Char('.') + QLatin1String(name);
}

QString summary(const SqlDialect &d, const QString &alias)
{
    return QStringList { d.select(qualified(alias, "id"), ColumnType::Uuid), qualified(alias, "media_type"),
        d.select(qualified(alias, "media_class"), ColumnType::ClassPath), qualified(alias, "title"),
        d.select(qualified(alias, "release_date"), ColumnType::Date), qualified(alias, "country_of_origin"),
        d.select(qualified(alias, "creators"), ColumnType::TextArray), qualified(alias, "cover_url"),
        d.select(qualified(alias, "created_at"), ColumnType::Timestamp),
        d.select(qualified(alias, "updated_at"), ColumnType::Timestamp),
        d.attributeObject(alias.isEmpty() ? d.table(Table::Media) : alias, LocalizedTitles::AttributeKey) }
        .join(QStringLiteral(", "));
}

MediaSummary readSummary(const QSqlQuery &q, int first)
{
    MediaSummary summary;
    summary.id = SqlValues::toUuid(q.value(first));
    summary.type = SqlValues::toEnum(q.value(first + 1), MediaType::Book);
    summary.mediaClass = q.value(first + 2).toString();
    summary.title = q.value(first + 3).toString();
    summary.releaseDate = SqlValues::toDate(q.value(first + 4));
    summary.country = q.value(first + 5).toString();
    summary.creators = SqlValues::toTextArray(q.value(first + 6));
    summary.coverUrl = q.value(first + 7).toString();
    summary.createdAt = SqlValues::toTimestamp(q.value(first + 8));
    summary.updatedAt = SqlValues::toTimestamp(q.value(first + 9));
    // Almost every item has none: skip the parse for NULL.
    if (const QVariant titles = q.value(first + 10); !titles.isNull())
        summary.titles = SqlValues::toJsonObject(titles);
    return summary;
}

} // namespace omt::MediaColumns
