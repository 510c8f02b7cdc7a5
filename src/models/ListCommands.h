#pragma once

#include "core/ListSnapshot.h"
#include "core/MediaList.h"

#include <QJsonObject>
#include <QUndoCommand>

#include <memory>
#include <optional>

namespace omt {

class LibraryService;

// Undoable changes to lists (DESIGN §6). Like the library commands, each
// queues its writes on the storage thread through LibraryService, so list
// views follow exactly, and keeps what undo needs in state the worker fills.

/// Creates a list; undo deletes it, redo puts it back as it was when undone.
class CreateListCommand : public QUndoCommand
{
public:
    /// `list.id` is chosen here when null, so that undo and redo address it.
    CreateListCommand(LibraryService &service, MediaList list, const QJsonObject &smartFilter);
    void redo() override;
    void undo() override;
    QUuid listId() const { return m_list.id; }

private:
    LibraryService &m_service;
    MediaList m_list;
    QJsonObject m_smartFilter;
    std::shared_ptr<std::optional<ListSnapshot>> m_undone;
};

/// Saves a list's name, description, visibility, view refinement and (for a
/// smart list) its rule.
class EditListCommand : public QUndoCommand
{
public:
    EditListCommand(LibraryService &service, const MediaList &before, const QJsonObject &smartFilterBefore,
        const MediaList &after, const QJsonObject &smartFilterAfter, const QString &text);
    void redo() override;
    void undo() override;

private:
    void save(const MediaList &list, const QJsonObject &smartFilter);

    LibraryService &m_service;
    MediaList m_before;
    QJsonObject m_smartFilterBefore;
    MediaList m_after;
    QJsonObject m_smartFilterAfter;
};

/// Deletes a list with its items; undo puts all of it back.
class DeleteListCommand : public QUndoCommand
{
public:
    DeleteListCommand(LibraryService &service, const QUuid &listId, const QString &text);
    void redo() override;
    void undo() override;

private:
    LibraryService &m_service;
    QUuid m_listId;
    std::shared_ptr<std::optional<ListSnapshot>> m_deleted;
};

/// Takes items out of a manual list; undo puts them back at their positions.
class RemoveFromListCommand : public QUndoCommand
{
public:
    RemoveFromListCommand(
        LibraryService &service, const QUuid &listId, const QList<QUuid> &mediaIds, const QString &text);
    void redo() override;
    void undo() override;

private:
    LibraryService &m_service;
    QUuid m_listId;
    QList<QUuid> m_mediaIds;
    std::shared_ptr<QList<ListItem>> m_removed;
};

/// Moves items of a manual list, keeping their relative order, in front of
/// another item (null: to the end). Undo and redo restore the exact
/// positions, also when the move had to renumber the list.
class MoveInListCommand : public QUndoCommand
{
public:
    MoveInListCommand(LibraryService &service, const QUuid &listId, const QList<QUuid> &mediaIds,
        const QUuid &beforeMediaId, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Positions
    {
        /// The rows the move wrote, as they were and as it left them.
        QList<ListItem> before;
        QList<ListItem> after;
        bool moved = false;
    };

    LibraryService &m_service;
    QUuid m_listId;
    QList<QUuid> m_mediaIds;
    QUuid m_beforeMediaId;
    std::shared_ptr<Positions> m_positions;
};

} // namespace omt
