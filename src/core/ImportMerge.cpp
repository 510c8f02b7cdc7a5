#include "ImportMerge.h"

#include "Timestamps.h"

#include <QJsonValue>
#include <QTimeZone>

namespace omt::ImportMerge {

namespace {

const QLatin1StringView AsOfKey { "as_of" };
const QLatin1StringView WrittenAtKey { "written_at" };

QString stamp(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parsed(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

/// The stored snapshot with this import's record and the row's own facts.
QJsonObject snapshot(
    const QJsonObject &stored, const ImportedItem &item, const QString &source, const QDateTime &now)
{
    QJsonObject merged = stored;
    if (item.interaction) {
        const QJsonObject &facts = item.interaction->metaSnapshot;
        for (auto it = facts.begin(); it != facts.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    if (!item.media.title.isEmpty())
        merged.insert(QStringLiteral("title"), item.media.title);
    merged.insert(ImportKey,
        QJsonObject { { QStringLiteral("source"), source }, { AsOfKey, stamp(item.asOf) },
            { WrittenAtKey, stamp(now) }, { QStringLiteral("row"), item.sourceRow } });
    return merged;
}

/// Everything but the bookkeeping times, which every write changes.
bool sameState(const Interaction &a, const Interaction &b)
{
    return a.status == b.status && a.progress == b.progress && a.rating == b.rating && a.notes == b.notes
        && a.startedAt == b.startedAt && a.completedAt == b.completedAt;
}

} // namespace

QDateTime knownAsOf(const Interaction &stored)
{
    const QJsonObject record = stored.metaSnapshot.value(ImportKey).toObject();
    const QDateTime writtenAt = parsed(record.value(WrittenAtKey));
    const QDateTime asOf = parsed(record.value(AsOfKey));
    // Written by an import and untouched since: the source's date is what the
    // library knows. An import without dates knows nothing newer than itself.
    if (writtenAt.isValid() && stored.updatedAt.isValid() && stored.updatedAt <= writtenAt)
        return asOf.isValid() ? asOf : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    return stored.updatedAt;
}

std::optional<Interaction> merge(const std::optional<Interaction> &stored, const ImportedItem &item,
    const QString &source, const QDateTime &now)
{
    if (!item.interaction)
        return std::nullopt;
    const Interaction &imported = *item.interaction;

    if (!stored) {
        Interaction created = imported;
        created.metaSnapshot = snapshot({}, item, source, now);
        created.startedAt = Timestamps::normalized(created.startedAt);
        created.completedAt = Timestamps::normalized(created.completedAt);
        created.createdAt = now;
        created.updatedAt = now;
        return created;
    }

    Interaction next = *stored;
    const bool newer = item.asOf.isValid() && item.asOf > knownAsOf(*stored);
    if (newer) {
        next.status = imported.status;
        next.progress = imported.progress;
        if (imported.rating)
            next.rating = imported.rating;
        if (!imported.notes.isEmpty())
            next.notes = imported.notes;
        // Dates the row gives win. Without them, a start stays unless the item
        // is back to planned (exports such as Goodreads' give no start date,
        // and finishing does not undo having begun); a finish stays unless
        // the status moves away from completed (a re-read not finished yet).
        const bool statusChanged = imported.status != stored->status;
        if (imported.startedAt.isValid())
            next.startedAt = Timestamps::normalized(imported.startedAt);
        else if (imported.status == Status::Planned)
            next.startedAt = QDateTime();
        if (imported.completedAt.isValid())
            next.completedAt = Timestamps::normalized(imported.completedAt);
        else if (statusChanged && imported.status != Status::Completed)
            next.completedAt = QDateTime();
    } else {
        if (!next.rating && imported.rating)
            next.rating = imported.rating;
        if (next.notes.isEmpty() && !imported.notes.isEmpty())
            next.notes = imported.notes;
    }
    if (sameState(next, *stored))
        return std::nullopt;
    next.metaSnapshot = snapshot(stored->metaSnapshot, item, source, now);
    next.updatedAt = now;
    return next;
}

} // namespace omt::ImportMerge
