#include "InteractionRepository.h"

#include "Database.h"
#include "JsonRecords.h"
#include "MediaColumns.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/InteractionRules.h"
#include "core/Timestamps.h"

#include <QSet>

namespace omt {

namespace {
constexpr int MaxPageSize = 5000;

/// Every column of Interaction, in the common text representation.
QString interactionColumns(const SqlDialect &d, const QString &alias)
{
    return QStringList { d.select(MediaColumns::qualified(alias, "user_id"), ColumnType::Uuid),
        d.select(MediaColumns::qualified(alias, "media_id"), ColumnType::Uuid),
        MediaColumns::qualified(alias, "status"), MediaColumns::qualified(alias, "progress"),
        MediaColumns::qualified(alias, "rating"), MediaColumns::qualified(alias, "notes"),
        d.select(MediaColumns::qualified(alias, "started_at"), ColumnType::Timestamp),
        d.select(MediaColumns::qualified(alias, "completed_at"), ColumnType::Timestamp),
        d.select(MediaColumns::qualified(alias, "meta_snapshot"), ColumnType::Json),
        d.select(MediaColumns::qualified(alias, "created_at"), ColumnType::Timestamp),
        d.select(MediaColumns::qualified(alias, "updated_at"), ColumnType::Timestamp) }
        .join(QStringLiteral(", "));
}
constexpr int InteractionColumnCount = 11;

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction interaction;
    interaction.userId = SqlValues::toUuid(q.value(0));
    interaction.mediaId = SqlValues::toUuid(q.value(1));
    interaction.status = SqlValues::toEnum(q.value(2), Status::Planned);
    interaction.progress = q.value(3).toInt();
    if (!q.value(4).isNull())
        interaction.rating = q.value(4).toInt();
    interaction.notes = q.value(5).toString();
    interaction.startedAt = SqlValues::toTimestamp(q.value(6));
    interaction.completedAt = SqlValues::toTimestamp(q.value(7));
    interaction.metaSnapshot = SqlValues::toJsonObject(q.value(8));
    interaction.createdAt = SqlValues::toTimestamp(q.value(9));
    interaction.updatedAt = SqlValues::toTimestamp(q.value(10));
    return interaction;
}

/// Replaces the stored state for the same user and item with the written
/// one, and returns the stored row. `replaceCreation` also overwrites
/// created_at (put: verbatim state).
QString upsertTail(const SqlDialect &d, bool replaceCreation)
{
    return QStringLiteral("ON CONFLICT (user_id, media_id) DO UPDATE SET status = excluded.status,"
                          " progress = excluded.progress, rating = excluded.rating, notes = excluded.notes,"
                          " started_at = excluded.started_at, completed_at = excluded.completed_at,"
                          " meta_snapshot = excluded.meta_snapshot, updated_at = excluded.updated_at%1"
                          " RETURNING ")
               .arg(replaceCreation ? QStringLiteral(", created_at = excluded.created_at") : QString())
        + interactionColumns(d, {});
}

/// Inserts the whole state, or replaces the stored one (see upsertTail).
QString upsertStatement(const SqlDialect &d, bool replaceCreation)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3, %3, ?, ?, ?, ?, %4, %4, %5, %4, %4) ")
               .arg(d.table(Table::UserMedia), TableColumns::names(TableColumns::interactions()),
                   d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp), d.param(ColumnType::Json))
        + upsertTail(d, replaceCreation);
}

/// The upsert of many states in one statement, their rows bound as one JSON
/// array; `condition` (on `src`) may leave rows out.
QString upsertManyStatement(const SqlDialect &d, bool replaceCreation, const QString &condition = {})
{
    return TableColumns::insertFromRecords(
        d, Table::UserMedia, TableColumns::interactions(), condition, upsertTail(d, replaceCreation));
}

/// The states as the one parameter of upsertManyStatement.
QString stateRows(const QList<Interaction> &states)
{
    QList<QVariantList> rows;
    rows.reserve(states.size());
    for (const Interaction &state : states)
        rows.append(TableColumns::interactionValues(state));
    return JsonRecords::array(TableColumns::interactions(), rows);
}

/// Values in the order of the upsert's column list.
QVariantList writeValues(const Interaction &i)
{
    return TableColumns::interactionValues(i);
}

/// The ids without repetitions, in their first order; null ids are refused.
Result<QList<QUuid>> distinctItems(const QList<QUuid> &mediaIds)
{
    QList<QUuid> distinct;
    QSet<QUuid> seen;
    for (const QUuid &id : mediaIds) {
        if (id.isNull())
            return Error::invalidInput(
                InteractionRepository::tr("Progress and ratings belong to a user and a stored item."));
        if (!seen.contains(id)) {
            seen.insert(id);
            distinct.append(id);
        }
    }
    return distinct;
}

/// Refines generic constraint errors into sentences about a user's item.
Error explain(Error error)
{
    if (error.subject == QLatin1String("foreign_key"))
        error.message = InteractionRepository::tr("The item or user no longer exists.");
    else if (error.subject == QLatin1String("user_media_rating_range"))
        error.message
            = InteractionRepository::tr("A rating must be between %1 and %2.").arg(MinRating).arg(MaxRating);
    else if (error.subject == QLatin1String("user_media_progress_non_negative"))
        error.message = InteractionRepository::tr("Progress cannot be negative.");
    else if (error.subject == QLatin1String("user_media_status_known"))
        error.message = InteractionRepository::tr("Unknown status.");
    return error;
}

Result<void> validateKeys(const QUuid &userId, const QUuid &mediaId)
{
    if (userId.isNull() || mediaId.isNull())
        return Error::invalidInput(
            InteractionRepository::tr("Progress and ratings belong to a user and a stored item."));
    return {};
}

/// The state put() writes: checked, timestamps at millisecond precision, and
/// missing bookkeeping dates filled in rather than refused.
Result<Interaction> exactState(const Interaction &interaction, const QDateTime &now)
{
    if (auto valid = validateKeys(interaction.userId, interaction.mediaId); !valid)
        return valid.error();
    if (interaction.progress < 0)
        return Error::invalidInput(InteractionRepository::tr("Progress cannot be negative."),
            QStringLiteral("progress=%1").arg(interaction.progress));
    if (interaction.rating && (*interaction.rating < MinRating || *interaction.rating > MaxRating))
        return Error::invalidInput(
            InteractionRepository::tr("A rating must be between %1 and %2.").arg(MinRating).arg(MaxRating),
            QStringLiteral("rating=%1").arg(*interaction.rating));
    Interaction state = interaction;
    state.startedAt = Timestamps::normalized(state.startedAt);
    state.completedAt = Timestamps::normalized(state.completedAt);
    state.createdAt = state.createdAt.isValid() ? Timestamps::normalized(state.createdAt) : now;
    state.updatedAt = state.updatedAt.isValid() ? Timestamps::normalized(state.updatedAt) : now;
    return state;
}
} // namespace

InteractionRepository::InteractionRepository(Database &database)
    : m_database(database)
{ }

Result<std::optional<Interaction>> InteractionRepository::get(const QUuid &userId, const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query
        = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE user_id = %3 AND media_id = %3")
                       .arg(interactionColumns(d, {}), d.table(Table::UserMedia), d.param(ColumnType::Uuid)),
            { SqlValues::uuid(userId), SqlValues::uuid(mediaId) }, tr("reading your progress"));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return std::optional<Interaction>();
    }
    return std::optional<Interaction>(readInteraction(*query));
}

Result<Interaction> InteractionRepository::update(
    const QUuid &userId, const QUuid &mediaId, const InteractionPatch &patch)
{
    auto states = updateMany(userId, { mediaId }, patch);
    if (!states)
        return states.error();
    return states->first();
}

Result<Interaction> InteractionRepository::put(const Interaction &interaction)
{
    const auto state = exactState(interaction, Timestamps::now());
    if (!state)
        return state.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto stored
        = sql->run(upsertStatement(sql->dialect(), true), writeValues(*state), tr("saving your progress"));
    if (!stored)
        return explain(stored.error());
    if (!stored->next()) {
        if (auto read = sql->finishRows(*stored); !read)
            return read.error();
        return Error::internal(
            tr("The progress could not be saved."), QStringLiteral("upsert returned no row"));
    }
    return readInteraction(*stored);
}

Result<void> InteractionRepository::remove(const QUuid &userId, const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE user_id = %2 AND media_id = %2")
                              .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(userId), SqlValues::uuid(mediaId) }, tr("forgetting your progress"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(
            tr("There is no progress for this item any more."), SqlValues::uuid(mediaId).toString());
    return {};
}

Result<QHash<QUuid, Interaction>> InteractionRepository::forMedia(
    const QUuid &userId, const QList<QUuid> &mediaIds)
{
    QHash<QUuid, Interaction> byMedia;
    if (mediaIds.isEmpty())
        return byMedia;
    if (userId.isNull())
        return Error::invalidInput(tr("Progress and ratings belong to a user and a stored item."));
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const auto states = ofMediaOn(*sql, userId, mediaIds, false);
    if (!states)
        return states.error();
    for (const Interaction &state : *states)
        byMedia.insert(state.mediaId, state);
    return byMedia;
}

Result<QList<Interaction>> InteractionRepository::ofMediaOn(
    const SqlConnection &sql, const QUuid &userId, const QList<QUuid> &mediaIds, bool lock)
{
    QList<Interaction> states;
    if (mediaIds.isEmpty())
        return states;
    const SqlDialect &d = sql.dialect();
    QString where = d.inJsonArray(QStringLiteral("media_id"), ColumnType::Uuid);
    QVariantList values { SqlValues::uuidArray(mediaIds) };
    if (!userId.isNull()) {
        where += QStringLiteral(" AND user_id = ") + d.param(ColumnType::Uuid);
        values.append(SqlValues::uuid(userId));
    }
    auto query = sql.run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY media_id, user_id%4")
                             .arg(interactionColumns(d, {}), d.table(Table::UserMedia), where,
                                 lock ? d.lockRows() : QString()),
        values, tr("reading progress"));
    if (!query)
        return query.error();
    while (query->next())
        states.append(readInteraction(*query));
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return states;
}

Result<QList<Interaction>> InteractionRepository::updateMany(
    const QUuid &userId, const QList<QUuid> &mediaIds, const InteractionPatch &patch)
{
    const auto ids = distinctItems(mediaIds);
    if (!ids)
        return ids.error();
    if (userId.isNull())
        return Error::invalidInput(tr("Progress and ratings belong to a user and a stored item."));
    if (ids->isEmpty())
        return QList<Interaction>();
    const QString context = tr("saving your progress");
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<QList<Interaction>> {
        const SqlDialect &d = sql.dialect();

        // The rows are read and written in one transaction. SQLite's write
        // transaction already holds the database's write lock; on PostgreSQL row
        // locks keep a concurrent change from being overwritten unseen. A row
        // lock needs a row: missing ones are made first, so that two first
        // updates from two devices cannot both insert and one silently win.
        const QDateTime now = Timestamps::now();
        if (!d.lockRows().isEmpty()) {
            const QList<RecordColumn> columns = TableColumns::interactions();
            const QList<RecordColumn> keys { columns.at(0), columns.at(1), columns.at(9), columns.at(10) };
            QList<QVariantList> rows;
            for (const QUuid &id : *ids)
                rows.append({ SqlValues::uuid(userId), SqlValues::uuid(id), SqlValues::timestamp(now),
                    SqlValues::timestamp(now) });
            auto created = sql.run(TableColumns::insertFromRecords(d, Table::UserMedia, keys, {},
                                       QStringLiteral("ON CONFLICT (user_id, media_id) DO NOTHING")),
                { JsonRecords::array(keys, rows) }, context);
            if (!created)
                return explain(created.error());
        }
        const auto current = ofMediaOn(sql, userId, *ids, true);
        if (!current)
            return current.error();
        QHash<QUuid, Interaction> byMedia;
        for (const Interaction &state : *current)
            byMedia.insert(state.mediaId, state);

        // The rules apply to each item's own state: one may get its start date
        // now while another keeps the one it had.
        QList<Interaction> next;
        next.reserve(ids->size());
        for (const QUuid &id : *ids) {
            Interaction state = byMedia.value(id);
            if (state.mediaId.isNull()) {
                state.userId = userId;
                state.mediaId = id;
                state.createdAt = now;
            }
            auto applied = InteractionRules::apply(state, patch, now);
            if (!applied)
                return applied.error();
            applied->updatedAt = now;
            next.append(*applied);
        }

        auto stored = sql.run(upsertManyStatement(d, false), { stateRows(next) }, context);
        if (!stored)
            return explain(stored.error());
        byMedia.clear();
        while (stored->next()) {
            const Interaction state = readInteraction(*stored);
            byMedia.insert(state.mediaId, state);
        }
        if (auto read = sql.finishRows(*stored); !read)
            return read.error();
        stored->finish();
        QList<Interaction> result;
        result.reserve(ids->size());
        for (const QUuid &id : *ids)
            result.append(byMedia.value(id));
        return result;
    });
}

Result<void> InteractionRepository::putMany(const QList<Interaction> &interactions)
{
    if (interactions.isEmpty())
        return {};
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return putManyOn(*sql, interactions, false);
}

Result<void> InteractionRepository::putManyOn(
    const SqlConnection &sql, const QList<Interaction> &interactions, bool skipOrphans)
{
    if (interactions.isEmpty())
        return {};
    const QDateTime now = Timestamps::now();
    // One row per user and item (the last state given wins): PostgreSQL
    // refuses to upsert one row twice in a statement.
    QList<Interaction> states;
    QHash<QPair<QUuid, QUuid>, qsizetype> index;
    for (const Interaction &interaction : interactions) {
        auto state = exactState(interaction, now);
        if (!state)
            return state.error();
        const QPair<QUuid, QUuid> key { state->userId, state->mediaId };
        if (const auto it = index.constFind(key); it != index.cend()) {
            states[*it] = *state;
        } else {
            index.insert(key, states.size());
            states.append(*state);
        }
    }
    const SqlDialect &d = sql.dialect();
    const QString condition = skipOrphans
        ? QStringLiteral("EXISTS (SELECT 1 FROM %1 u WHERE u.id = src.user_id)"
                         " AND EXISTS (SELECT 1 FROM %2 m WHERE m.id = src.media_id)")
              .arg(d.table(Table::Users), d.table(Table::Media))
        : QString();
    auto stored
        = sql.run(upsertManyStatement(d, true, condition), { stateRows(states) }, tr("saving progress"));
    if (!stored)
        return explain(stored.error());
    return {};
}

Result<void> InteractionRepository::removeMany(const QUuid &userId, const QList<QUuid> &mediaIds)
{
    if (mediaIds.isEmpty())
        return {};
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE user_id = %2 AND %3")
                              .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid),
                                  d.inJsonArray(QStringLiteral("media_id"), ColumnType::Uuid)),
        { SqlValues::uuid(userId), SqlValues::uuidArray(mediaIds) }, tr("forgetting your progress"));
    if (!query)
        return query.error();
    return {};
}

Result<InteractionPage> InteractionRepository::page(
    const QUuid &userId, std::optional<Status> status, const InteractionCursor &after, int limit)
{
    limit = qBound(1, limit, MaxPageSize);
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();

    // Newest first, served by user_media_by_user_updated (user_id, updated_at,
    // media_id): the keyset condition is a range on that index, so a page
    // costs the same wherever it is and nothing is sorted.
    QString where = QStringLiteral("um.user_id = %1").arg(d.param(ColumnType::Uuid));
    QVariantList values { SqlValues::uuid(userId) };
    if (status) {
        where += QStringLiteral(" AND um.status = ?");
        values.append(toDbString(*status));
    }
    if (!after.isStart()) {
        where += QStringLiteral(" AND (um.updated_at, um.media_id) < (%1, %2)")
                     .arg(d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid));
        values << SqlValues::timestamp(Timestamps::normalized(after.updatedAt))
               << SqlValues::uuid(after.mediaId);
    }
    values.append(limit);
    const QString statement
        = QStringLiteral("SELECT %1, m.media_type, m.title, %2 FROM %3 um JOIN %4 m ON m.id = um.media_id"
                         " WHERE %5 ORDER BY um.updated_at DESC, um.media_id DESC LIMIT ?")
              .arg(interactionColumns(d, QStringLiteral("um")),
                  d.select(QStringLiteral("m.release_date"), ColumnType::Date), d.table(Table::UserMedia),
                  d.table(Table::Media), where);
    auto rows = sql->run(statement, values, tr("reading your library"));
    if (!rows)
        return rows.error();

    InteractionPage page;
    page.rows.reserve(limit);
    while (rows->next()) {
        InteractionWithMedia row;
        row.interaction = readInteraction(*rows);
        row.mediaId = row.interaction.mediaId;
        row.mediaType = SqlValues::toEnum(rows->value(InteractionColumnCount), MediaType::Book);
        row.title = rows->value(InteractionColumnCount + 1).toString();
        row.releaseDate = SqlValues::toDate(rows->value(InteractionColumnCount + 2));
        page.rows.append(row);
    }
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    if (page.rows.size() == limit) {
        const Interaction &last = page.rows.last().interaction;
        page.next = InteractionCursor { last.updatedAt, last.mediaId };
    }
    return page;
}

Result<QHash<Status, int>> InteractionRepository::countByStatus(const QUuid &userId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto rows = sql->run(QStringLiteral("SELECT status, count(*) FROM %1 WHERE user_id = %2 GROUP BY status")
                             .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid)),
        { SqlValues::uuid(userId) }, tr("counting your library"));
    if (!rows)
        return rows.error();
    QHash<Status, int> counts;
    while (rows->next()) {
        if (auto known = fromDbString<Status>(rows->value(0).toString()))
            counts.insert(*known, rows->value(1).toInt());
    }
    if (auto read = sql->finishRows(*rows); !read)
        return read.error();
    return counts;
}

} // namespace omt
