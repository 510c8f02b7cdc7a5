#pragma once

#include "core/Enums.h"
#include "core/Interaction.h"
#include "core/MediaRecord.h"

#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace omt {

class LibraryService;
class LibraryTableModel;
class SidebarModel;
class ViewSelection;

/// Every change the window makes to items, each one undo command: adding and
/// editing an item (the edit dialog), deleting the selection (after asking),
/// setting the status or rating of the selection.
class EditController : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        LibraryService &service;
        QUndoStack &undo;
        LibraryTableModel &model;
        SidebarModel &sidebar;
        ViewSelection &selection;
        QWidget *window;
        /// The item the panes show (null: none).
        std::function<QUuid()> currentItem;
        /// The type a new item starts with (the sidebar entry shown), if any.
        std::function<std::optional<MediaType>()> typeForNewItem;
    };

    explicit EditController(Context context, QObject *parent = nullptr);

    /// Opens the edit dialog for a new item.
    void addMedia();
    /// Opens the edit dialog for the current item (one item selected).
    void editCurrentMedia();
    /// Asks, then deletes the selected items (undoable).
    void deleteSelection();
    void setStatusOfSelection(Status status);
    /// Rates the selection; 0 clears the rating.
    void rateSelection(int rating);
    /// Changes the tracking of the given items (one undo step).
    void applyPatch(const QList<QUuid> &ids, const InteractionPatch &patch, const QString &text);

Q_SIGNALS:
    /// A new item was saved: the window selects it once the view shows it.
    void itemAdded(const QUuid &mediaId);
    void failed(const omt::Error &error);

private:
    void openEditDialog(const std::optional<MediaRecord> &before);
    void confirmDeletion(const QList<QUuid> &ids);

    Context m_context;
};

} // namespace omt
