// BulkWriter::loadMedia: loading a whole catalogue in one transaction. On
// SQLite, maintaining the seven secondary indexes and the FTS5 index row by
// row costs two thirds of the insert time; building them once at the end of
// a load into an empty catalogue is about twice as fast overall (measured on
// 100,000 items). On PostgreSQL the search_vector trigger and the unique
// indexes dominate; rebuilding the other indexes saved only ~10%, so it is
// not done there.

#include "BulkWriter.h"
#include "Database.h"
#include "LargePageCache.h"
#include "StorageLog.h"
#include "core/Timestamps.h"

#include <QCoreApplication>

#include <optional>

namespace omt {

namespace {
/// The FTS5 table of schema/sqlite (external content over media_media),
/// which its triggers keep up to date.
const QLatin1String FullTextTable("media_search");

QString quotedName(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// The planner statistics of a table's indexes (schema/sqlite/0002), as
/// (index, stat) pairs: SQLite deletes an index's row when the index is
/// dropped, so the rows are put back when the indexes are rebuilt.
Result<QList<std::pair<QString, QString>>> indexStatistics(
    const SqlConnection &sql, const QString &table, const QString &context)
{
    QList<std::pair<QString, QString>> rows;
    auto exists = sql.run(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"), {},
        context);
    if (!exists)
        return exists.error();
    if (!exists->next()) {
        if (auto read = sql.finishRows(*exists); !read)
            return read.error();
        return rows;
    }
    auto stats
        = sql.run(QStringLiteral("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL"),
            { table }, context);
    if (!stats)
        return stats.error();
    while (stats->next())
        rows.append({ stats->value(0).toString(), stats->value(1).toString() });
    if (auto read = sql.finishRows(*stats); !read)
        return read.error();
    return rows;
}

Result<void> putBackStatistics(const SqlConnection &sql, const QString &table,
    const QList<std::pair<QString, QString>> &rows, const QString &context)
{
    if (rows.isEmpty())
        return {};
    for (const auto &[index, stat] : rows) {
        auto inserted = sql.run(
            QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT ?, ?, ?"
                           " WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = ? AND idx = ?)"),
            { table, index, stat, table, index }, context);
        if (!inserted)
            return inserted.error();
    }
    // Makes this connection's planner read them again.
    return sql.runDirect(QStringLiteral("ANALYZE sqlite_schema"), context);
}
} // namespace

Result<QList<BulkWriter::SchemaObject>> BulkWriter::setAside(const SqlConnection &sql, const QString &context)
{
    // The secondary indexes (the automatic ones of PRIMARY KEY and UNIQUE
    // constraints have no SQL and stay) and only those triggers that feed the
    // full-text index, which is rebuilt in one pass afterwards. Any other
    // trigger keeps working during the load.
    auto schema
        = sql.run(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ?"
                                 " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"),
            { sql.table(Table::Media) }, context);
    if (!schema)
        return schema.error();
    QList<SchemaObject> aside;
    while (schema->next()) {
        SchemaObject object { schema->value(0).toString(), schema->value(1).toString(),
            schema->value(2).toString() };
        if (object.type == QLatin1String("trigger") && !object.sql.contains(FullTextTable))
            continue;
        aside.append(object);
    }
    if (auto read = sql.finishRows(*schema); !read)
        return read.error();
    for (const SchemaObject &object : std::as_const(aside)) {
        if (auto dropped = sql.runDirect(
                QStringLiteral("DROP %1 %2").arg(object.type.toUpper(), quotedName(object.name)), context);
            !dropped)
            return dropped.error();
    }
    return aside;
}

Result<void> BulkWriter::restore(const SqlConnection &sql, const QList<SchemaObject> &objects)
{
    // Indexes first (sorted builds), then the full-text index from the
    // content table, then the triggers, exactly as they were defined.
    const QString context = BulkWriter::tr("indexing the items");
    bool fullText = false;
    for (const SchemaObject &object : objects) {
        if (object.type != QLatin1String("index")) {
            fullText = true;
            continue;
        }
        if (auto created = sql.runDirect(object.sql, context); !created)
            return created.error();
    }
    if (fullText) {
        if (auto rebuilt = sql.runDirect(
                QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(FullTextTable), context);
            !rebuilt)
            return rebuilt.error();
    }
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("index"))
            continue;
        if (auto created = sql.runDirect(object.sql, context); !created)
            return created.error();
    }
    return {};
}

Result<qint64> BulkWriter::loadMedia(const std::function<QList<Media>()> &next)
{
    std::optional<SqlConnection> own;
    const auto connected = connection(own);
    if (!connected)
        return connected.error();
    const SqlConnection *sql = *connected;
    Target target = mediaTarget();

    // One transaction for the whole load (or the caller's): if anything
    // fails, the library is as it was (DDL included: it is transactional in
    // both databases).
    std::optional<ScopedTransaction> transaction;
    if (!m_transaction) {
        auto begun = sql->beginWrite(target.context);
        if (!begun)
            return begun.error();
        transaction.emplace(std::move(begun).value());
    }
    QList<SchemaObject> aside;
    QList<std::pair<QString, QString>> statistics;
    std::optional<LargePageCache> cache;
    if (sql->kind() == SqlDialect::Kind::SQLite) {
        auto raised = LargePageCache::raise(*sql, target.context);
        if (!raised)
            return raised.error();
        cache.emplace(std::move(raised).value());
        auto any = sql->run(
            QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(sql->table(Table::Media)), {}, target.context);
        if (!any)
            return any.error();
        if (!any->next()) {
            if (auto read = sql->finishRows(*any); !read)
                return read.error();
            auto stats = indexStatistics(*sql, sql->table(Table::Media), target.context);
            if (!stats)
                return stats.error();
            statistics = *stats;
            auto dropped = setAside(*sql, target.context);
            if (!dropped)
                return dropped.error();
            aside = *dropped;
            target.staged = false; // no full-text trigger left to make row-by-row statements slow
        }
    }
    const auto statements = prepare(*sql, target);
    if (!statements)
        return statements.error();

    const QDateTime now = Timestamps::now();
    qint64 count = 0;
    for (QList<Media> batch = next(); !batch.isEmpty(); batch = next()) {
        if (auto valid = validateMedia(batch); !valid)
            return valid.error();
        if (auto written = writeRows(*sql, target, *statements, 0, batch.size(),
                [&](qsizetype i) { return mediaRow(batch.at(i), now); });
            !written)
            return written.error();
        count += batch.size();
    }
    if (!aside.isEmpty()) {
        if (auto restored = restore(*sql, aside); !restored)
            return restored.error();
        if (auto put = putBackStatistics(*sql, sql->table(Table::Media), statistics, target.context); !put)
            return put.error();
    }
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    qCDebug(lcStorage) << "loaded" << count << "items;" << aside.size() << "indexes and triggers rebuilt";
    return count;
}

} // namespace omt
