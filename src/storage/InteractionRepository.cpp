#include "InteractionRepository.h"

#include "Database.h"
#include "MediaColumns.h"
#include "SqlValues.h"
#include "core/InteractionRules.h"
#include "core/Timestamps.h"

#include <QCoreApplication>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::InteractionRepository", text);
}

constexpr int MaxPageSize = 5000;


/// Every column of Interaction, in the common text representation.
QString interactionColumns(const SqlDialect &d, const QString &alias)
{
    return QStringList{d.select(MediaColumns::qualified(alias, "user_id"), ColumnType::Uuid),
                       d.select(MediaColumns::qualified(alias, "media_id"), ColumnType::Uuid),
                       MediaColumns::qualified(alias, "status"),
                       MediaColumns::qualified(alias, "progress"),
                       MediaColumns::qualified(alias, "rating"),
                       MediaColumns::qualified(alias, "notes"),
                       d.select(MediaColumns::qualified(alias, "started_at"), ColumnType::Timestamp),
                       d.select(MediaColumns::qualified(alias, "completed_at"), ColumnType::Timestamp),
                       d.select(MediaColumns::qualified(alias, "meta_snapshot"), ColumnType::Json),
                       d.select(MediaColumns::qualified(alias, "created_at"), ColumnType::Timestamp),
                       d.select(MediaColumns::qualified(alias, "updated_at"), ColumnType::Timestamp)}
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

/// Inserts the whole state, or replaces the stored one for the same user and
/// item. `replaceCreation` also overwrites created_at (put: verbatim state).
QString upsertStatement(const SqlDialect &d, bool replaceCreation)
{
    return QStringLiteral("INSERT INTO %1 (user_id, media_id, status, progress, rating, notes, started_at,"
                          " completed_at, meta_snapshot, created_at, updated_at)"
                          " VALUES (%2, %2, ?, ?, ?, ?, %3, %3, %4, %3, %3)"
                          " ON CONFLICT (user_id, media_id) DO UPDATE SET status = excluded.status,"
                          " progress = excluded.progress, rating = excluded.rating, notes = excluded.notes,"
                          " started_at = excluded.started_at, completed_at = excluded.completed_at,"
                          " meta_snapshot = excluded.meta_snapshot, updated_at = excluded.updated_at%5"
                          " RETURNING ")
        .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp),
             d.param(ColumnType::Json),
             replaceCreation ? QStringLiteral(", created_at = excluded.created_at") : QString())
        + interactionColumns(d, {});
}

/// Values in the order of the upsert's column list.
QVariantList writeValues(const Interaction &i)
{
    return {SqlValues::uuid(i.userId),
            SqlValues::uuid(i.mediaId),
            toDbString(i.status),
            i.progress,
            i.rating ? QVariant(*i.rating) : QVariant(QMetaType::fromType<int>()),
            SqlValues::requiredText(i.notes),
            SqlValues::timestamp(i.startedAt),
            SqlValues::timestamp(i.completedAt),
            SqlValues::json(i.metaSnapshot),
            SqlValues::timestamp(i.createdAt),
            SqlValues::timestamp(i.updatedAt)};
}

/// Refines generic constraint errors into sentences about a user's item.
Error explain(Error error)
{
    if (error.subject == QLatin1String("foreign_key"))
        error.message = tr("The item or user no longer exists.");
    else if (error.subject == QLatin1String("user_media_rating_range"))
        error.message = tr("A rating must be between %1 and %2.").arg(MinRating).arg(MaxRating);
    else if (error.subject == QLatin1String("user_media_progress_non_negative"))
        error.message = tr("Progress cannot be negative.");
    else if (error.subject == QLatin1String("user_media_status_known"))
        error.message = tr("Unknown status.");
    return error;
}

Result<void> validateKeys(const QUuid &userId, const QUuid &mediaId)
{
    if (userId.isNull() || mediaId.isNull())
        return Error::invalidInput(tr("Progress and ratings belong to a user and a stored item."));
    return {};
}
} // namespace

InteractionRepository::InteractionRepository(Database &database)
    : m_database(database)
{
}

Result<std::optional<Interaction>> InteractionRepository::get(const QUuid &userId, const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE user_id = %3 AND media_id = %3")
                              .arg(interactionColumns(d, {}), d.table(Table::UserMedia),
                                   d.param(ColumnType::Uuid)),
                          {SqlValues::uuid(userId), SqlValues::uuid(mediaId)}, tr("reading your progress"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(readInteraction(*query));
}

Result<Interaction> InteractionRepository::update(const QUuid &userId, const QUuid &mediaId,
                                                  const InteractionPatch &patch)
{
    if (auto valid = validateKeys(userId, mediaId); !valid)
        return valid.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("saving your progress");
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();

    // The row is read and written in one transaction. SQLite's write
    // transaction already holds the database's write lock; on PostgreSQL the
    // row lock keeps a concurrent change from being overwritten unseen.
    // A row lock needs a row: when there is none yet, a default one is made
    // first, so that two first updates from two devices cannot both insert
    // and one silently win.
    const QString lock = d.lockRows();
    const QDateTime now = Timestamps::now();
    if (!lock.isEmpty()) {
        auto created = sql->run(QStringLiteral("INSERT INTO %1 (user_id, media_id, created_at, updated_at)"
                                               " VALUES (%2, %2, %3, %3) ON CONFLICT (user_id, media_id) DO NOTHING")
                                    .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid),
                                         d.param(ColumnType::Timestamp)),
                                {SqlValues::uuid(userId), SqlValues::uuid(mediaId), SqlValues::timestamp(now),
                                 SqlValues::timestamp(now)},
                                context);
        if (!created)
            return explain(created.error());
    }
    Interaction state;
    {
        auto current = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE user_id = %3 AND media_id = %3%4")
                                    .arg(interactionColumns(d, {}), d.table(Table::UserMedia),
                                         d.param(ColumnType::Uuid), lock),
                                {SqlValues::uuid(userId), SqlValues::uuid(mediaId)}, context);
        if (!current)
            return current.error();
        if (current->next()) {
            state = readInteraction(*current);
        } else {
            state.userId = userId;
            state.mediaId = mediaId;
            state.createdAt = now;
        }
    }

    auto next = InteractionRules::apply(state, patch, now);
    if (!next)
        return next.error();
    next->updatedAt = now;

    auto stored = sql->run(upsertStatement(d, false), writeValues(*next), context);
    if (!stored)
        return explain(stored.error());
    if (!stored->next())
        return Error::internal(tr("The progress could not be saved."),
                               QStringLiteral("upsert returned no row"));
    Interaction result = readInteraction(*stored);
    stored->finish();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return result;
}

Result<Interaction> InteractionRepository::put(const Interaction &interaction)
{
    if (auto valid = validateKeys(interaction.userId, interaction.mediaId); !valid)
        return valid.error();
    if (interaction.progress < 0)
        return Error::invalidInput(tr("Progress cannot be negative."),
                                   QStringLiteral("progress=%1").arg(interaction.progress));
    if (interaction.rating && (*interaction.rating < MinRating || *interaction.rating > MaxRating))
        return Error::invalidInput(tr("A rating must be between %1 and %2.").arg(MinRating).arg(MaxRating),
                                   QStringLiteral("rating=%1").arg(*interaction.rating));

    Interaction state = interaction;
    // Stored at millisecond precision, like every timestamp; missing
    // bookkeeping dates are filled in rather than refused.
    const QDateTime now = Timestamps::now();
    state.startedAt = Timestamps::normalized(state.startedAt);
    state.completedAt = Timestamps::normalized(state.completedAt);
    state.createdAt = state.createdAt.isValid() ? Timestamps::normalized(state.createdAt) : now;
    state.updatedAt = state.updatedAt.isValid() ? Timestamps::normalized(state.updatedAt) : now;

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto stored =
        sql->run(upsertStatement(sql->dialect(), true), writeValues(state), tr("saving your progress"));
    if (!stored)
        return explain(stored.error());
    if (!stored->next())
        return Error::internal(tr("The progress could not be saved."),
                               QStringLiteral("upsert returned no row"));
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
                          {SqlValues::uuid(userId), SqlValues::uuid(mediaId)},
                          tr("forgetting your progress"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::notFound(tr("There is no progress for this item any more."),
                               SqlValues::uuid(mediaId).toString());
    return {};
}

Result<InteractionPage> InteractionRepository::page(const QUuid &userId, std::optional<Status> status,
                                                    const InteractionCursor &after, int limit)
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
    QVariantList values{SqlValues::uuid(userId)};
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
    const QString statement =
        QStringLiteral("SELECT %1, m.media_type, m.title, %2 FROM %3 um JOIN %4 m ON m.id = um.media_id"
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
    if (page.rows.size() == limit) {
        const Interaction &last = page.rows.last().interaction;
        page.next = InteractionCursor{last.updatedAt, last.mediaId};
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
                         {SqlValues::uuid(userId)}, tr("counting your library"));
    if (!rows)
        return rows.error();
    QHash<Status, int> counts;
    while (rows->next()) {
        if (auto known = fromDbString<Status>(rows->value(0).toString()))
            counts.insert(*known, rows->value(1).toInt());
    }
    return counts;
}

} // namespace omt
