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
    QString mediaSortExpression(MediaSortKey key, SortDirection direction, const QString &alias) const override;
    SqlFragment classSubtree(const QString &alias, const QString &path, ClassAccess access) const override;
    SqlFragment fullTextMatches(const QStringList &words, int limit) const override;
    QString inJsonArray(const QString &column, ColumnType type) const override;
    QString jsonRecordSource(const QList<RecordColumn> &columns) const override;
    QString lockRows() const override;
    QString beginWriteTransaction() const override;
};

} // namespace omt
