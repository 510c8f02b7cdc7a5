#pragma once

#include "core/Interaction.h"
#include "core/MediaRecord.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace omt {

class LibraryService;

// Each user change is one command. Redo and undo queue writes on the storage
// thread through LibraryService, which runs them in order; what undo needs from an earlier write
// (the deleted records, the states before a change) is kept in shared state
// that the worker fills and later reads, so undo works even while the write
// it undoes is still queued.

/// Adds a new item (`before` empty) or saves edits to an existing one.
class SaveMediaCommand : public QUndoCommand
{
public:
    SaveMediaCommand(LibraryService &service, std::optional<MediaRecord> before, MediaRecord after);
    void redo() override;
    void undo() override;
    /// The item's id (chosen up front for a new item, so that undo and redo address it).
    QUuid mediaId() const { return m_after.media.id; }

private:
    LibraryService &m_service;
    std::optional<MediaRecord> m_before;
    MediaRecord m_after;
    /// A new item removed by undo, with everything attached to it meanwhile.
    std::shared_ptr<QList<MediaRecord>> m_removed;
    bool m_undone = false;
};

/// Deletes items with everything attached to them; undo puts all of it back.
class RemoveMediaCommand : public QUndoCommand
{
public:
    RemoveMediaCommand(LibraryService &service, const QList<QUuid> &mediaIds, const QString &text);
    void redo() override;
    void undo() override;

private:
    LibraryService &m_service;
    QList<QUuid> m_mediaIds;
    std::shared_ptr<QList<MediaRecord>> m_removed;
};

/// Changes the signed-in user's tracking of one or many items.
class InteractionCommand : public QUndoCommand
{
public:
    InteractionCommand(LibraryService &service, const QList<QUuid> &mediaIds, const InteractionPatch &patch,
        const QString &text);
    void redo() override;
    void undo() override;

private:
    struct States
    {
        QList<Interaction> before;
        QList<Interaction> after;
        bool written = false;
    };

    LibraryService &m_service;
    QList<QUuid> m_mediaIds;
    InteractionPatch m_patch;
    std::shared_ptr<States> m_states;
};

/// Adds items to a manual list; undo removes only those it added.
class AddToListCommand : public QUndoCommand
{
public:
    AddToListCommand(
        LibraryService &service, const QUuid &listId, const QList<QUuid> &mediaIds, const QString &text);
    void redo() override;
    void undo() override;

private:
    LibraryService &m_service;
    QUuid m_listId;
    QList<QUuid> m_mediaIds;
    std::shared_ptr<QList<QUuid>> m_added;
};

} // namespace omt
