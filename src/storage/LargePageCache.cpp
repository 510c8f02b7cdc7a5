#include "LargePageCache.h"

#include "SqlConnection.h"
#include "StorageLog.h"

namespace omt {

LargePageCache::LargePageCache(const SqlConnection *sql, std::optional<qint64> previous)
    : m_sql(sql)
    , m_previous(previous)
{ }

LargePageCache::LargePageCache(LargePageCache &&other) noexcept
    : m_sql(other.m_sql)
    , m_previous(std::exchange(other.m_previous, std::nullopt))
{ }

LargePageCache::~LargePageCache()
{
    if (m_previous && !m_sql->runDirect(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous), {}))
        qCWarning(lcStorage) << "could not restore the page cache size";
}

Result<LargePageCache> LargePageCache::raise(const SqlConnection &sql, const QString &context)
{
    if (sql.kind() != SqlDialect::Kind::SQLite)
        return LargePageCache(&sql, std::nullopt);
    auto cache = sql.run(QStringLiteral("PRAGMA cache_size"), {}, context);
    if (!cache)
        return cache.error();
    qint64 current = 0;
    if (cache->next())
        current = cache->value(0).toLongLong();
    else if (auto read = sql.finishRows(*cache); !read)
        return read.error();
    // Negative: a size in KiB; positive: a number of pages (of 4 KiB by default).
    const qint64 currentKiB = current < 0 ? -current : current * 4;
    if (currentKiB >= SizeKiB)
        return LargePageCache(&sql, std::nullopt);
    if (auto set = sql.runDirect(QStringLiteral("PRAGMA cache_size = -%1").arg(SizeKiB), context); !set)
        return set.error();
    return LargePageCache(&sql, current);
}

} // namespace omt
