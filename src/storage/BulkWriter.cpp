#include "BulkWriter.h"

#include "Database.h"
#include "JsonRecords.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/MediaValidation.h"
#include "core/Timestamps.h"

#include <QCoreApplication>

namespace omt {

namespace {
/// A timestamp column's value: the given instant, or now when it is unset.
QVariant stamp(const QDateTime &value, const QDateTime &now)
{
    return SqlValues::timestamp(value.isValid() ? value : now);
}

/// The instant, or now when it is unset.
QDateTime orNow(const QDateTime &value, const QDateTime &now)
{
    return value.isValid() ? value : now;
}

RecordColumn col(const char *name, ColumnType type = ColumnType::Text)
{
    return RecordColumn { QString::fromLatin1(name), type };
}
} // namespace

BulkWriter::BulkWriter(Database &database, int batchSize)
    : m_database(&database)
    , m_batchSize(qMax(1, batchSize))
{ }

BulkWriter::BulkWriter(const SqlConnection &transaction, int batchSize)
    : m_transaction(&transaction)
    , m_batchSize(qMax(1, batchSize))
{ }

Result<const SqlConnection *> BulkWriter::connection(std::optional<SqlConnection> &own) const
{
    if (m_transaction)
        return m_transaction;
    auto sql = m_database->sql();
    if (!sql)
        return sql.error();
    own.emplace(std::move(sql).value());
    return &*own;
}

QString BulkWriter::stagingTable(const Target &target)
{
    return QStringLiteral("temp.omt_bulk_") + QString::number(int(target.table));
}

QString BulkWriter::statement(const SqlDialect &d, const Target &target)
{
    QStringList names;
    for (const RecordColumn &column : target.columns)
        names.append(column.name);
    const QString table = d.kind() == SqlDialect::Kind::SQLite && target.staged ? stagingTable(target)
                                                                                : d.table(target.table);
    QString sql = QStringLiteral("INSERT INTO %1 (%2) ").arg(table, names.join(QStringLiteral(", ")));
    if (d.kind() == SqlDialect::Kind::SQLite) {
        // SQLite stores every type in the common text representation: plain placeholders.
        sql += QStringLiteral("VALUES (")
            + QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    } else {
        sql += d.jsonRecordSource(target.columns);
    }
    if (!target.onConflict.isEmpty())
        sql += QLatin1Char(' ') + target.onConflict;
    return sql;
}

Result<BulkWriter::Statements> BulkWriter::prepare(const SqlConnection &sql, const Target &target)
{
    Statements statements { statement(sql.dialect(), target), {} };
    if (sql.kind() != SqlDialect::Kind::SQLite || !target.staged)
        return statements;
    QStringList names;
    for (const RecordColumn &column : target.columns)
        names.append(column.name);
    const QString list = names.join(QStringLiteral(", "));
    // Untyped columns: values keep the types they were bound with.
    if (auto created = sql.runDirect(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2)").arg(stagingTable(target).mid(5), list),
            target.context);
        !created)
        return created.error();
    statements.moveStaged = QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY rowid")
                                .arg(sql.table(target.table), list, stagingTable(target));
    return statements;
}

Result<void> BulkWriter::writeRows(const SqlConnection &sql, const Target &target,
    const Statements &statements, qsizetype start, qsizetype end, const RowFunction &row) const
{
    if (sql.kind() == SqlDialect::Kind::SQLite) {
        QList<QVariantList> rows;
        rows.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            rows.append(row(i));
        if (auto done = sql.runBatch(statements.insert, rows, target.context); !done)
            return done.error();
        if (!statements.moveStaged.isEmpty()) {
            if (auto moved = sql.run(statements.moveStaged, {}, target.context); !moved)
                return moved.error();
            if (auto cleared
                = sql.run(QStringLiteral("DELETE FROM ") + stagingTable(target), {}, target.context);
                !cleared)
                return cleared.error();
        }
        return {};
    }
    QString records;
    records.reserve((end - start) * 400);
    records += QLatin1Char('[');
    for (qsizetype i = start; i < end; ++i) {
        if (i > start)
            records += QLatin1Char(',');
        JsonRecords::append(records, target.columns, row(i));
    }
    records += QLatin1Char(']');
    if (auto done = sql.run(statements.insert, { records }, target.context); !done)
        return done.error();
    return {};
}

Result<void> BulkWriter::write(const Target &target, qsizetype count, const RowFunction &row)
{
    if (count == 0)
        return {};
    std::optional<SqlConnection> own;
    const auto connected = connection(own);
    if (!connected)
        return connected.error();
    const SqlConnection &sql = **connected;
    const auto statements = prepare(sql, target);
    if (!statements)
        return statements.error();
    for (qsizetype start = 0; start < count; start += m_batchSize) {
        const qsizetype end = qMin(count, start + m_batchSize);
        std::optional<ScopedTransaction> transaction;
        if (!m_transaction) {
            auto begun = sql.beginWrite(target.context);
            if (!begun)
                return begun.error();
            transaction.emplace(std::move(begun).value());
        }
        if (auto written = writeRows(sql, target, *statements, start, end, row); !written)
            return written.error();
        if (transaction) {
            if (auto committed = transaction->commit(); !committed)
                return committed.error();
        }
    }
    return {};
}

Result<void> BulkWriter::validateMedia(const QList<Media> &media)
{
    for (const Media &m : media) {
        if (auto valid = MediaValidation::validate(m); !valid)
            return valid.error();
        if (m.id.isNull())
            return Error::invalidInput(BulkWriter::tr("“%1” has no id.").arg(m.title));
    }
    return {};
}

BulkWriter::Target BulkWriter::mediaTarget()
{
    return Target { Table::Media, TableColumns::media(), {}, BulkWriter::tr("writing items"), true };
}

QVariantList BulkWriter::mediaRow(const Media &m, const QDateTime &now)
{
    QVariantList row = TableColumns::mediaValues(m);
    row[row.size() - 2] = stamp(m.createdAt, now);
    row[row.size() - 1] = stamp(m.updatedAt, now);
    return row;
}

Result<void> BulkWriter::writeMedia(const QList<Media> &media)
{
    if (auto valid = validateMedia(media); !valid)
        return valid.error();
    const QDateTime now = Timestamps::now();
    return write(mediaTarget(), media.size(), [&](qsizetype i) { return mediaRow(media.at(i), now); });
}

Result<void> BulkWriter::writeLinks(const QList<ExternalLink> &links)
{
    const Target target { Table::ExternalLinks, TableColumns::links(), {},
        BulkWriter::tr("writing external links") };
    const QDateTime now = Timestamps::now();
    return write(target, links.size(), [&](qsizetype i) -> QVariantList {
        ExternalLink link = links.at(i);
        link.createdAt = orNow(link.createdAt, now);
        return TableColumns::linkValues(link);
    });
}

Result<void> BulkWriter::writeRelationships(const QList<Relationship> &relationships)
{
    const Target target { Table::Relationships, TableColumns::relationships(), {},
        BulkWriter::tr("writing relationships") };
    const QDateTime now = Timestamps::now();
    return write(target, relationships.size(), [&](qsizetype i) -> QVariantList {
        Relationship relationship = relationships.at(i);
        relationship.createdAt = orNow(relationship.createdAt, now);
        return TableColumns::relationshipValues(relationship);
    });
}

Result<void> BulkWriter::writeUsers(const QList<User> &users)
{
    const Target target { Table::Users,
        { col("id", ColumnType::Uuid), col("username"), col("email"), col("display_name"), col("role"),
            col("profile_settings", ColumnType::Json), col("is_active", ColumnType::Boolean),
            col("created_at", ColumnType::Timestamp), col("updated_at", ColumnType::Timestamp) },
        QStringLiteral("ON CONFLICT (username) DO NOTHING"), BulkWriter::tr("writing users") };
    const QDateTime now = Timestamps::now();
    return write(target, users.size(), [&](qsizetype i) -> QVariantList {
        const User &u = users.at(i);
        return { SqlValues::uuid(u.id), u.username, SqlValues::optionalText(u.email.toLower()),
            SqlValues::requiredText(u.displayName), toDbString(u.role), SqlValues::json(u.profileSettings),
            u.isActive, stamp(u.createdAt, now), stamp(u.updatedAt, now) };
    });
}

Result<QHash<QString, QUuid>> BulkWriter::userIds(const QStringList &usernames)
{
    QHash<QString, QUuid> ids;
    if (usernames.isEmpty())
        return ids;
    std::optional<SqlConnection> own;
    const auto connected = connection(own);
    if (!connected)
        return connected.error();
    const SqlConnection &sql = **connected;
    const SqlDialect &d = sql.dialect();
    // One statement for all names: they travel as one JSON array.
    auto rows = sql.run(QStringLiteral("SELECT %1, username FROM %2 WHERE %3")
                            .arg(d.select(QStringLiteral("id"), ColumnType::Uuid), d.table(Table::Users),
                                d.inJsonArray(QStringLiteral("username"), ColumnType::Text)),
        { SqlValues::textArray(usernames) }, BulkWriter::tr("reading users"));
    if (!rows)
        return rows.error();
    while (rows->next())
        ids.insert(rows->value(1).toString(), SqlValues::toUuid(rows->value(0)));
    if (auto read = sql.finishRows(*rows); !read)
        return read.error();
    return ids;
}

Result<void> BulkWriter::writeInteractions(const QList<Interaction> &interactions)
{
    const Target target { Table::UserMedia, TableColumns::interactions(), {},
        BulkWriter::tr("writing interactions") };
    const QDateTime now = Timestamps::now();
    return write(target, interactions.size(), [&](qsizetype i) -> QVariantList {
        Interaction interaction = interactions.at(i);
        interaction.createdAt = orNow(interaction.createdAt, now);
        interaction.updatedAt = orNow(interaction.updatedAt, now);
        return TableColumns::interactionValues(interaction);
    });
}

Result<void> BulkWriter::upsertInteractions(const QList<Interaction> &interactions)
{
    QStringList updates;
    for (const RecordColumn &column : TableColumns::interactions()) {
        if (column.name != QLatin1String("user_id") && column.name != QLatin1String("media_id")
            && column.name != QLatin1String("created_at"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column.name));
    }
    const Target target { Table::UserMedia, TableColumns::interactions(),
        QStringLiteral("ON CONFLICT (user_id, media_id) DO UPDATE SET ") + updates.join(QStringLiteral(", ")),
        BulkWriter::tr("writing interactions") };
    const QDateTime now = Timestamps::now();
    return write(target, interactions.size(), [&](qsizetype i) -> QVariantList {
        Interaction interaction = interactions.at(i);
        interaction.createdAt = orNow(interaction.createdAt, now);
        interaction.updatedAt = orNow(interaction.updatedAt, now);
        return TableColumns::interactionValues(interaction);
    });
}

Result<void> BulkWriter::writeLists(const QList<MediaList> &lists)
{
    for (const MediaList &l : lists) {
        if (l.type != ListType::Manual)
            return Error::invalidInput(
                BulkWriter::tr("“%1” is a smart list; only manual lists are written in bulk.").arg(l.name));
    }
    const Target target { Table::UserLists,
        { col("id", ColumnType::Uuid), col("user_id", ColumnType::Uuid), col("name"), col("description"),
            col("list_type"), col("is_public", ColumnType::Boolean),
            col("filter_definition", ColumnType::Json), col("created_at", ColumnType::Timestamp),
            col("updated_at", ColumnType::Timestamp) },
        {}, BulkWriter::tr("writing lists") };
    const QDateTime now = Timestamps::now();
    return write(target, lists.size(), [&](qsizetype i) -> QVariantList {
        const MediaList &l = lists.at(i);
        return { SqlValues::uuid(l.id), SqlValues::uuid(l.ownerId), l.name,
            SqlValues::requiredText(l.description), toDbString(l.type), l.isPublic,
            SqlValues::optionalJson(l.filterDefinition), stamp(l.createdAt, now), stamp(l.updatedAt, now) };
    });
}

Result<void> BulkWriter::writeListItems(const QList<ListItem> &items)
{
    const Target target { Table::ListItems, TableColumns::listItems(), {},
        BulkWriter::tr("writing list items") };
    const QDateTime now = Timestamps::now();
    return write(target, items.size(), [&](qsizetype i) -> QVariantList {
        ListItem item = items.at(i);
        item.addedAt = orNow(item.addedAt, now);
        return TableColumns::listItemValues(item);
    });
}

} // namespace omt
