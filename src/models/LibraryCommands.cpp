#include "LibraryCommands.h"

#include "LibraryEditor.h"
#include "storage/Repositories.h"

#include <QSet>

namespace omt {

namespace {
/// The effects of restoring records: the catalogue and, for the signed-in
/// user, the interactions that came back.
WriteEffects restoredEffects(const QList<MediaRecord> &records, const QUuid &userId)
{
    WriteEffects effects;
    effects.catalogueChanged = true;
    for (const MediaRecord &record : records) {
        for (const Interaction &interaction : record.interactions) {
            if (interaction.userId == userId)
                effects.interactions.append(interaction);
        }
        effects.listsChanged = effects.listsChanged || !record.listItems.isEmpty();
    }
    return effects;
}
} // namespace

SaveMediaCommand::SaveMediaCommand(
    LibraryEditor &editor, std::optional<MediaRecord> before, MediaRecord after)
    : m_editor(editor)
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
void writeRecord(LibraryEditor &editor, const MediaRecord &record)
{
    editor.write({ record.media.id }, [record](Repositories &r) -> Result<WriteEffects> {
        auto saved = r.records.save(record);
        if (!saved)
            return saved.error();
        WriteEffects effects;
        effects.catalogueChanged = true;
        effects.savedRecords.append(*saved);
        return effects;
    });
}

/// Deletes the items, keeping everything that went with them in `removed`
/// (filled on the storage thread, read there by a later restore).
void removeRecords(
    LibraryEditor &editor, const QList<QUuid> &ids, const std::shared_ptr<QList<MediaRecord>> &removed)
{
    editor.write(ids, [removed, ids](Repositories &r) -> Result<WriteEffects> {
        auto records = r.records.removeMany(ids);
        if (!records)
            return records.error();
        *removed = *records;
        WriteEffects effects;
        effects.catalogueChanged = true;
        effects.untracked = ids;
        for (const MediaRecord &record : *records)
            effects.listsChanged = effects.listsChanged || !record.listItems.isEmpty();
        return effects;
    });
}

void restoreRecords(
    LibraryEditor &editor, const QList<QUuid> &ids, const std::shared_ptr<QList<MediaRecord>> &removed)
{
    const QUuid userId = editor.userId();
    editor.write(ids, [removed, userId](Repositories &r) -> Result<WriteEffects> {
        if (auto restored = r.records.restoreMany(*removed); !restored)
            return restored.error();
        return restoredEffects(*removed, userId);
    });
}
} // namespace

void SaveMediaCommand::redo()
{
    // After undoing an addition the item is gone: bring it back exactly as
    // it was, with whatever was attached to it meanwhile.
    if (m_undone && !m_before)
        restoreRecords(m_editor, { m_after.media.id }, m_removed);
    else
        writeRecord(m_editor, m_after);
}

void SaveMediaCommand::undo()
{
    m_undone = true;
    if (m_before)
        writeRecord(m_editor, *m_before);
    else
        removeRecords(m_editor, { m_after.media.id }, m_removed);
}

RemoveMediaCommand::RemoveMediaCommand(
    LibraryEditor &editor, const QList<QUuid> &mediaIds, const QString &text)
    : m_editor(editor)
    , m_mediaIds(mediaIds)
    , m_removed(std::make_shared<QList<MediaRecord>>())
{
    setText(text);
}

void RemoveMediaCommand::redo()
{
    removeRecords(m_editor, m_mediaIds, m_removed);
}

void RemoveMediaCommand::undo()
{
    restoreRecords(m_editor, m_mediaIds, m_removed);
}

InteractionCommand::InteractionCommand(
    LibraryEditor &editor, const QList<QUuid> &mediaIds, const InteractionPatch &patch, const QString &text)
    : m_editor(editor)
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
    const QUuid userId = m_editor.userId();
    const InteractionPatch patch = m_patch;
    m_editor.write({}, [states, ids, userId, patch](Repositories &r) -> Result<WriteEffects> {
        WriteEffects effects;
        if (states->written) {
            // Redo after undo: the exact states the first run stored.
            if (auto put = r.interactions.putMany(states->after); !put)
                return put.error();
            effects.interactions = states->after;
            return effects;
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
        effects.interactions = *after;
        return effects;
    });
}

void InteractionCommand::undo()
{
    auto states = m_states;
    const QList<QUuid> ids = m_mediaIds;
    const QUuid userId = m_editor.userId();
    m_editor.write({}, [states, ids, userId](Repositories &r) -> Result<WriteEffects> {
        WriteEffects effects;
        QSet<QUuid> tracked;
        for (const Interaction &interaction : states->before)
            tracked.insert(interaction.mediaId);
        for (const QUuid &id : ids) {
            if (!tracked.contains(id))
                effects.untracked.append(id);
        }
        if (auto removed = r.interactions.removeMany(userId, effects.untracked); !removed)
            return removed.error();
        if (auto put = r.interactions.putMany(states->before); !put)
            return put.error();
        effects.interactions = states->before;
        return effects;
    });
}

AddToListCommand::AddToListCommand(
    LibraryEditor &editor, const QUuid &listId, const QList<QUuid> &mediaIds, const QString &text)
    : m_editor(editor)
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
    m_editor.write({}, [added, listId, ids](Repositories &r) -> Result<WriteEffects> {
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
        WriteEffects effects;
        effects.listsChanged = true;
        return effects;
    });
}

void AddToListCommand::undo()
{
    auto added = m_added;
    const QUuid listId = m_listId;
    m_editor.write({}, [added, listId](Repositories &r) -> Result<WriteEffects> {
        if (auto result = r.listItems.removeItems(listId, *added); !result)
            return result.error();
        WriteEffects effects;
        effects.listsChanged = true;
        return effects;
    });
}

} // namespace omt
