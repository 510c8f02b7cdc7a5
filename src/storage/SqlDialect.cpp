#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace omt {

std::unique_ptr<SqlDialect> SqlDialect::create(Kind kind)
{
    switch (kind) {
    case Kind::SQLite: return std::make_unique<SqliteDialect>();
    case Kind::PostgreSQL: return std::make_unique<PostgresDialect>();
    }
    Q_UNREACHABLE();
    return {};
}

ColumnType SqlDialect::mediaSortType(MediaSortKey key)
{
    switch (key) {
    case MediaSortKey::Title: return ColumnType::Text;
    case MediaSortKey::ReleaseDate: return ColumnType::Date;
    case MediaSortKey::CreatedAt:
    case MediaSortKey::UpdatedAt: return ColumnType::Timestamp;
    }
    Q_UNREACHABLE();
    return ColumnType::Text;
}

} // namespace omt
