#include "LibraryCommands.h"

#include "LibraryService.h"
#include "storage/Repositories.h"

#include <QSet>

namespace omt {

namespace {
/// What restoring deleted records changed: the items came back, with, for
/// the signed-in user, their interactions, and their list entries.
LibraryChange restoredChange(const QList<MediaRecord> &records, const QUuid &userId)
{
    LibraryChange change;
    for (const MediaRecord &record : records) {
        change.mediaInserted.append(record.media.id);
        for (const Interaction &interaction : record.interactions) {
            if (interaction.userId == userId)
                change.interactions.append(interaction);
        }
        for (const ListItem &item : record.listItems) {
            if (!change.membershipLists.contains(item.listId))
                change.membershipLists.append(item.listId);
            change.membershipMedia.append(item.mediaId);
        }
    }
    return change;
}
} // namespace

SaveMediaCommand::SaveMediaCommand(
    LibraryService &service, std::optional<MediaRecord> before, MediaRecord after)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_removed(std::make_shared<QList<MediaRecord>>())
{
    if (m_after.media.id.isNull())
        m_after.media.id = QUuid::createUuid();
    setText(m_before ? QObject::tr("Edit “%1”").arg(m_after.media.title)
                     : QObject::tr("Add “%1”").arg(m_after.media.title));
}

namespace {
/// Saves the record (creating the item when its id is not stored yet).
/// `countsChange`: its type or class may differ from what is stored.
void writeRecord(LibraryService &service, const MediaRecord &record, bool isNew, bool countsChange)
{
    service.write(
        { record.media.id }, [record, isNew, countsChange](Repositories &r) -> Result<LibraryChange> {
            auto saved = r.records.save(record);
            if (!saved)
                return saved.error();
            LibraryChange change;
            (isNew ? change.mediaInserted : change.mediaUpdated).append(saved->media.id);
            change.catalogueCountsChanged = countsChange;
            change.savedRecords.append(*saved);
            return change;
        });
}

bool countsDiffer(const MediaRecord &a, const MediaRecord &b)
{
    return a.media.type != b.media.type || a.media.mediaClass != b.media.mediaClass;
}

/// Deletes the items, keeping everything that went with them in `removed`
/// (filled on the storage thread, read there by a later restore).
void removeRecords(
    LibraryService &service, const QList<QUuid> &ids, const std::shared_ptr<QList<MediaRecord>> &removed)
{
    service.write(ids, [removed, ids](Repositories &r) -> Result<LibraryChange> {
        auto records = r.records.removeMany(ids);
        if (!records)
            return records.error();
        *removed = *records;
        LibraryChange change;
        change.mediaRemoved = ids;
        change.untracked = ids;
        for (const MediaRecord &record : std::as_const(*records)) {
            for (const ListItem &item : record.listItems) {
                if (!change.membershipLists.contains(item.listId))
                    change.membershipLists.append(item.listId);
                change.membershipMedia.append(item.mediaId);
            }
        }
        return change;
    });
}

void restoreRecords(
    LibraryService &service, const QList<QUuid> &ids, const std::shared_ptr<QList<MediaRecord>> &removed)
{
    const QUuid userId = service.userId();
    service.write(ids, [removed, userId](Repositories &r) -> Result<LibraryChange> {
        if (auto restored = r.records.restoreMany(*removed); !restored)
            return restored.error();
        return restoredChange(*removed, userId);
    });
}
} // namespace

void SaveMediaCommand::redo()
{
    // After undoing an addition the item is gone: bring it back exactly as
    // it was, with whatever was attached to it meanwhile.
    if (m_undone && !m_before)
        restoreRecords(m_service, { m_after.media.id }, m_removed);
    else
        writeRecord(m_service, m_after, !m_before, !m_before || countsDiffer(*m_before, m_after));
}

void SaveMediaCommand::undo()
{
    m_undone = true;
    if (m_before)
        writeRecord(m_service, *m_before, false, countsDiffer(*m_before, m_after));
    else
        removeRecords(m_service, { m_after.media.id }, m_removed);
}

RemoveMediaCommand::RemoveMediaCommand(
    LibraryService &service, const QList<QUuid> &mediaIds, const QString &text)
    : m_service(service)
    , m_mediaIds(mediaIds)
    , m_removed(std::make_shared<QList<MediaRecord>>())
{
    setText(text);
}

void RemoveMediaCommand::redo()
{
    removeRecords(m_service, m_mediaIds, m_removed);
}

void RemoveMediaCommand::undo()
{
    restoreRecords(m_service, m_mediaIds, m_removed);
}

InteractionCommand::InteractionCommand(
    LibraryService &service, const QList<QUuid> &mediaIds, const InteractionPatch &patch, const QString &text)
    : m_service(service)
    , m_mediaIds(mediaIds)
    , m_patch(patch)
    , m_states(std::make_shared<States>())
{
    setText(text);
}

void InteractionCommand::redo()
{
    auto states = m_states;
    const QList<QUuid> ids = m_mediaIds;
    const QUuid userId = m_service.userId();
    const InteractionPatch patch = m_patch;
    m_service.write({}, [states, ids, userId, patch](Repositories &r) -> Result<LibraryChange> {
        LibraryChange change;
        if (states->written) {
            // Redo after undo: the exact states the first run stored.
            if (auto put = r.interactions.putMany(states->after); !put)
                return put.error();
            change.interactions = states->after;
            return change;
        }
        auto before = r.interactions.forMedia(userId, ids);
        if (!before)
            return before.error();
        auto after = r.interactions.updateMany(userId, ids, patch);
        if (!after)
            return after.error();
        states->before = before->values();
        states->after = *after;
        states->written = true;
        change.interactions = *after;
        return change;
    });
}

void InteractionCommand::undo()
{
    auto states = m_states;
    const QList<QUuid> ids = m_mediaIds;
    const QUuid userId = m_service.userId();
    m_service.write({}, [states, ids, userId](Repositories &r) -> Result<LibraryChange> {
        LibraryChange change;
        QSet<QUuid> tracked;
        for (const Interaction &interaction : states->before)
            tracked.insert(interaction.mediaId);
        for (const QUuid &id : ids) {
            if (!tracked.contains(id))
                change.untracked.append(id);
        }
        if (auto removed = r.interactions.removeMany(userId, change.untracked); !removed)
            return removed.error();
        if (auto put = r.interactions.putMany(states->before); !put)
            return put.error();
        change.interactions = states->before;
        return change;
    });
}

AddToListCommand::AddToListCommand(
    LibraryService &service, const QUuid &listId, const QList<QUuid> &mediaIds, const QString &text)
    : m_service(service)
    , m_listId(listId)
    , m_mediaIds(mediaIds)
    , m_added(std::make_shared<QList<QUuid>>())
{
    setText(text);
}

void AddToListCommand::redo()
{
    auto added = m_added;
    const QUuid listId = m_listId;
    const QList<QUuid> ids = m_mediaIds;
    m_service.write({}, [added, listId, ids](Repositories &r) -> Result<LibraryChange> {
        auto present = r.listItems.membersAmong(listId, ids);
        if (!present)
            return present.error();
        const QSet<QUuid> already(present->cbegin(), present->cend());
        added->clear();
        for (const QUuid &id : ids) {
            if (!already.contains(id))
                added->append(id);
        }
        if (auto result = r.listItems.addItems(listId, *added); !result)
            return result.error();
        LibraryChange change;
        change.membershipLists = { listId };
        change.membershipMedia = *added;
        return change;
    });
}

void AddToListCommand::undo()
{
    auto added = m_added;
    const QUuid listId = m_listId;
    m_service.write({}, [added, listId](Repositories &r) -> Result<LibraryChange> {
        if (auto result = r.listItems.removeItems(listId, *added); !result)
            return result.error();
        LibraryChange change;
        change.membershipLists = { listId };
        change.membershipMedia = *added;
        return change;
    });
}

} // namespace omt
