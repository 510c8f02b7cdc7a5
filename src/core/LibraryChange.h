#pragma once

#include "Interaction.h"
#include "MediaRecord.h"

#include <QList>
#include <QUuid>

namespace omt {

/// Items of a manual list that moved to new positions (a drag and drop, or
/// its undo); nothing else in the list changed.
struct ListReorder
{
    QUuid listId;
    /// In their new order.
    QList<QUuid> moved;
};

/// Exactly what one write changed in the library, published once after it
/// committed (the change feed), so that every view applies only what
/// concerns it: a reorder repaints the moved rows, a rating updates its row,
/// a new list appears in the sidebar. Local writes, and later writes by other
/// members of a household server and imports, all travel as one of these.
struct LibraryChange
{
    enum class Origin { Local, Remote, Import };
    Origin origin = Origin::Local;
    /// Numbers the writes of one window, so that a view can match a change
    /// to the placement computed in the same job (see models/ViewPlacement.h).
    quint64 sequence = 0;

    /// Catalogue items that came, changed or went.
    QList<QUuid> mediaInserted;
    QList<QUuid> mediaUpdated;
    QList<QUuid> mediaRemoved;
    /// Items saved by the write, whole (the details pane shows them as they are now).
    QList<MediaRecord> savedRecords;
    /// A change to type or media class: the sidebar's library counts are
    /// read again (inserting and removing items implies it).
    bool catalogueCountsChanged = false;

    /// The signed-in user's interactions as stored now, and items they no
    /// longer track.
    QList<Interaction> interactions;
    QList<QUuid> untracked;

    /// Manual lists whose items were added or removed, and those items.
    QList<QUuid> membershipLists;
    QList<QUuid> membershipMedia;
    /// Moves within manual lists.
    QList<ListReorder> reorders;
    /// Lists created, deleted (or brought back), or whose name, description
    /// or visibility changed: the sidebar's list entries.
    QList<QUuid> listsChanged;
    /// Lists whose smart rule or view refinement changed: views showing them
    /// read them again.
    QList<QUuid> listRulesChanged;

    /// So much changed (a generated or imported library) that views start over.
    bool everything = false;

    bool isEmpty() const
    {
        return !everything && mediaInserted.isEmpty() && mediaUpdated.isEmpty() && mediaRemoved.isEmpty()
            && savedRecords.isEmpty() && !catalogueCountsChanged && interactions.isEmpty()
            && untracked.isEmpty() && membershipLists.isEmpty() && reorders.isEmpty()
            && listsChanged.isEmpty() && listRulesChanged.isEmpty();
    }
    /// Items whose catalogue data or existence changed.
    bool catalogueChanged() const
    {
        return everything || !mediaInserted.isEmpty() || !mediaUpdated.isEmpty() || !mediaRemoved.isEmpty();
    }
    /// The library's type and class counts may differ now.
    bool countsOfLibraryChanged() const
    {
        return everything || catalogueCountsChanged || !mediaInserted.isEmpty() || !mediaRemoved.isEmpty();
    }
    bool tracksChanged() const { return !interactions.isEmpty() || !untracked.isEmpty(); }
    /// Whether the item was written in any way by this change.
    bool touches(const QUuid &mediaId) const
    {
        auto in = [&mediaId](const QList<QUuid> &ids) { return ids.contains(mediaId); };
        if (everything || in(mediaInserted) || in(mediaUpdated) || in(mediaRemoved) || in(untracked)
            || in(membershipMedia))
            return true;
        for (const Interaction &interaction : interactions) {
            if (interaction.mediaId == mediaId)
                return true;
        }
        return false;
    }
    /// Whether the list's items, order or definition changed.
    bool touchesList(const QUuid &listId) const
    {
        if (everything || membershipLists.contains(listId) || listRulesChanged.contains(listId)
            || listsChanged.contains(listId))
            return true;
        for (const ListReorder &reorder : reorders) {
            if (reorder.listId == listId)
                return true;
        }
        return false;
    }
};

} // namespace omt
