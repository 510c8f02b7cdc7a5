#include "ListOrdering.h"

#include "Database.h"
#include "ListPositionsSql.h"
#include "SqlValues.h"
#include "core/ListPositions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace omt {

using namespace ListPositionsSql;

namespace {
/// The order of list items: position, then media id as a tie-breaker (text
/// order on SQLite equals uuid order on PostgreSQL).
struct OrderKey
{
    qint64 position = 0;
    QString mediaId;

    friend bool operator<(const OrderKey &a, const OrderKey &b)
    {
        return a.position != b.position ? a.position < b.position : a.mediaId < b.mediaId;
    }
};

/// The last item before `upper` (or the last of the list) that is not among
/// `skipped`: a backwards walk of list_items_by_position from `upper` that
/// passes over at most the skipped items, never a scan of the list.
Result<std::optional<OrderKey>> lastStayingBefore(const SqlConnection &sql, const QUuid &listId,
    const std::optional<OrderKey> &upper, const QList<QUuid> &skipped, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    // Every column qualified: unqualified, ORDER BY media_id named the
    // selected text (PostgreSQL: CAST(media_id AS text) AS media_id), which
    // no index is sorted by, so the whole list before `upper` was read and
    // sorted (2 to 4 ms a move on a 10,000-item list instead of a step).
    QString statement = QStringLiteral("SELECT %1, li.position FROM %2 li WHERE li.list_id = %3")
                            .arg(d.select(QStringLiteral("li.media_id"), ColumnType::Uuid),
                                d.table(Table::ListItems), d.param(ColumnType::Uuid));
    QVariantList values { SqlValues::uuid(listId) };
    if (upper) {
        statement += QStringLiteral(" AND (li.position, li.media_id) < (%1, %2)")
                         .arg(d.param(ColumnType::Integer), d.param(ColumnType::Uuid));
        values << upper->position << upper->mediaId;
    }
    statement += QStringLiteral(" AND li.media_id NOT IN (SELECT r.media_id FROM (%1) r)"
                                " ORDER BY li.position DESC, li.media_id DESC LIMIT 1")
                     .arg(d.jsonRecordSource({ { QStringLiteral("media_id"), ColumnType::Uuid } }));
    values.append(idRows(skipped));
    auto query = sql.run(statement, values, context);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql.finishRows(*query); !read)
            return read.error();
        return std::optional<OrderKey>();
    }
    return std::optional<OrderKey>(
        OrderKey { query->value(1).toLongLong(), idText(SqlValues::toUuid(query->value(0))) });
}

/// Gives the items the new positions; returns the number of rows written.
Result<int> writePositions(const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids,
    const QList<qint64> &positions, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    // As in positionsOf, the list id in every row makes the rows to write
    // primary key lookups; a bound list id would let SQLite's planner walk
    // the list and scan the batch for each of its items.
    QJsonArray rows;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rows.append(QJsonObject { { QStringLiteral("list_id"), idText(listId) },
            { QStringLiteral("media_id"), idText(ids.at(i)) },
            { QStringLiteral("position"), positions.at(i) } });
    const QString source = d.jsonRecordSource(
        { { QStringLiteral("list_id"), ColumnType::Uuid }, { QStringLiteral("media_id"), ColumnType::Uuid },
            { QStringLiteral("position"), ColumnType::Integer } });
    auto updated = sql.run(QStringLiteral("UPDATE %1 AS li SET position = r.position FROM (%2) r"
                                          " WHERE li.list_id = r.list_id AND li.media_id = r.media_id AND %3")
                               .arg(d.table(Table::ListItems), source,
                                   d.inJsonArray(QStringLiteral("li.media_id"), ColumnType::Uuid)),
        { jsonText(rows), SqlValues::uuidArray(ids) }, context);
    if (!updated)
        return updated.error();
    return updated->numRowsAffected();
}

/// Renumbers the whole list in steps of ListPositions::Step in its new order,
/// the moved items placed just before `anchor` in the given order, in one
/// statement. Rows whose position does not change are not written; returns
/// the number of rows written.
Result<int> renumberPlacing(const SqlConnection &sql, const QUuid &listId, const QList<QUuid> &ids,
    const OrderKey &anchor, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    QJsonArray rows;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rows.append(
            QJsonObject { { QStringLiteral("media_id"), idText(ids.at(i)) }, { QStringLiteral("ord"), i } });
    const QString source = d.jsonRecordSource(
        { { QStringLiteral("media_id"), ColumnType::Uuid }, { QStringLiteral("ord"), ColumnType::Integer } });
    const QString uuid = d.param(ColumnType::Uuid);
    // Staying items sort by (position, media_id, 1, 0); moved ones by (anchor
    // position, anchor id, 0, their order), which is just before the anchor.
    auto renumbered = sql.run(
        QStringLiteral("UPDATE %1 AS li SET position = n.rn * ? FROM ("
                       "SELECT o.media_id, row_number() OVER (ORDER BY o.k1, o.k2, o.k3, o.k4) AS rn FROM ("
                       "SELECT x.media_id, x.position AS k1, x.media_id AS k2, 1 AS k3, 0 AS k4 FROM %1 x"
                       " WHERE x.list_id = %2 AND x.media_id NOT IN (SELECT s.media_id FROM (%3) s)"
                       " UNION ALL SELECT r.media_id, CAST(%4 AS bigint), %2, 0, r.ord FROM (%3) r) o) n"
                       " WHERE li.list_id = %2 AND li.media_id = n.media_id AND li.position <> n.rn * ?")
            .arg(d.table(Table::ListItems), uuid, source, d.param(ColumnType::Integer)),
        { ListPositions::Step, SqlValues::uuid(listId), jsonText(rows), anchor.position, anchor.mediaId,
            jsonText(rows), SqlValues::uuid(listId), ListPositions::Step },
        context);
    if (!renumbered)
        return renumbered.error();
    return renumbered->numRowsAffected();
}

} // namespace

ListOrdering::ListOrdering(Database &database)
    : m_database(database)
{ }

Result<ListMoveReport> ListOrdering::moveItems(
    const QUuid &listId, const QList<QUuid> &mediaIds, const std::optional<QUuid> &beforeMediaId)
{
    QList<QUuid> moved;
    QSet<QUuid> movedSet;
    for (const QUuid &id : mediaIds) {
        if (!movedSet.contains(id)) {
            movedSet.insert(id);
            moved.append(id);
        }
    }
    if (moved.isEmpty())
        return ListMoveReport {};
    if (beforeMediaId && movedSet.contains(*beforeMediaId))
        return Error::invalidInput(
            tr("Items cannot be moved next to one of themselves."), idText(*beforeMediaId));

    const QString context = tr("reordering a list");
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<ListMoveReport> {
        // 1. Where the moved items and the anchor are now.
        QList<QUuid> involved = moved;
        if (beforeMediaId)
            involved.append(*beforeMediaId);
        const auto positions = positionsOf(sql, listId, involved, context);
        if (!positions)
            return positions.error();
        if (beforeMediaId && !positions->contains(*beforeMediaId))
            return Error::notFound(
                tr("The item to move the others next to is no longer in the list."), idText(*beforeMediaId));
        for (const QUuid &id : std::as_const(moved)) {
            if (!positions->contains(id))
                return Error::notFound(tr("An item to move is no longer in the list."), idText(id));
        }

        // 2. The neighbours of the gap the items go into: the anchor, and the
        // nearest item before it that stays where it is.
        std::optional<OrderKey> upper;
        if (beforeMediaId)
            upper = OrderKey { positions->value(*beforeMediaId), idText(*beforeMediaId) };
        const auto lower = lastStayingBefore(sql, listId, upper, moved, context);
        if (!lower)
            return lower.error();

        // Dropped where they already are, in the same order: nothing to write.
        // (Only moved items can lie between `lower` and `upper`, by the choice of `lower`.)
        bool inPlace = true;
        std::optional<OrderKey> previous = *lower;
        for (const QUuid &id : std::as_const(moved)) {
            const OrderKey key { positions->value(id), idText(id) };
            if (previous && !(*previous < key))
                inPlace = false;
            previous = key;
        }
        if (upper && !(*previous < *upper))
            inPlace = false;
        if (inPlace)
            return ListMoveReport {};

        // 3. Usually only the moved rows are written, into the gap. When the gap
        // is exhausted (only possible between two items) the list is renumbered
        // in its new order, in the same transaction.
        const auto newPositions
            = ListPositions::between(*lower ? std::optional<qint64>((*lower)->position) : std::nullopt,
                upper ? std::optional<qint64>(upper->position) : std::nullopt, int(moved.size()));
        ListMoveReport report;
        Result<int> written = 0;
        if (newPositions) {
            written = writePositions(sql, listId, moved, *newPositions, context);
            for (qsizetype i = 0; i < moved.size(); ++i) {
                report.before.append(ListItem { listId, moved.at(i), positions->value(moved.at(i)), {} });
                report.after.append(ListItem { listId, moved.at(i), newPositions->at(i), {} });
            }
        } else {
            // Rare (a gap used up): the whole list is read before and after to
            // know every position the renumbering changed.
            auto old = orderedPositions(sql, listId, context);
            if (!old)
                return old.error();
            written = renumberPlacing(sql, listId, moved, *upper, context);
            auto now = orderedPositions(sql, listId, context);
            if (!now)
                return now.error();
            QHash<QUuid, qint64> oldPositions;
            for (const ListItem &item : std::as_const(*old))
                oldPositions.insert(item.mediaId, item.position);
            for (const ListItem &item : std::as_const(*now)) {
                const qint64 was = oldPositions.value(item.mediaId, item.position);
                if (was != item.position) {
                    report.before.append(ListItem { listId, item.mediaId, was, {} });
                    report.after.append(item);
                }
            }
        }
        if (!written)
            return written.error();
        report.rowsWritten = *written;
        return report;
    });
}

Result<int> ListOrdering::setPositions(const QUuid &listId, const QList<ListItem> &items)
{
    if (items.isEmpty())
        return 0;
    QList<QUuid> ids;
    QList<qint64> positions;
    for (const ListItem &item : items) {
        ids.append(item.mediaId);
        positions.append(item.position);
    }
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    return writePositions(*sql, listId, ids, positions, tr("reordering a list"));
}

} // namespace omt
