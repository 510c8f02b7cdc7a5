#pragma once

#include "SqlDialect.h"

namespace omt {

class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::SQLite; }
    QString table(Table table) const override;
    QString param(ColumnType type) const override;
    QString select(const QString &column, ColumnType type) const override;
    QString mediaSortExpression(
        MediaSortKey key, SortDirection direction, const QString &alias) const override;
    SqlFragment classSubtree(const QString &alias, const QString &path, ClassAccess access) const override;
    SqlFragment fullTextMatches(const QStringList &words, int limit) const override;
    QString inJsonArray(const QString &column, ColumnType type) const override;
    SqlFragment fullTextCondition(const QString &alias, const QStringList &words) const override;
    QString textArrayElements(const QString &column) const override;
    SqlFragment attributeValue(const QString &alias, const QString &key, AttributeKind kind) const override;
    SqlFragment attributeStrings(const QString &alias, const QString &key) const override;
    QString attributeObject(const QString &alias, QLatin1StringView fixedKey) const override;
    QString textPosition(const QString &haystack, const QString &needle) const override;
    QString asciiLower(const QString &text) const override;
    QString numberParam() const override;
    QString jsonRecordSource(const QList<RecordColumn> &columns) const override;
    QString lockRows() const override;
    QString beginWriteTransaction() const override;
};

} // namespace omt
