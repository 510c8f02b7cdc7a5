#pragma once

#include "core/Error.h"
#include "core/Interaction.h"
#include "core/MediaRecord.h"

#include <QObject>
#include <QUuid>

#include <functional>

namespace omt {

class AsyncStorage;
class LibraryTableModel;
struct Repositories;

/// What a write changed, so that views and panes can follow.
struct WriteEffects
{
    /// Media items whose catalogue data (or existence) changed.
    bool catalogueChanged = false;
    /// The signed-in user's interactions as stored now, and items no longer tracked.
    QList<Interaction> interactions;
    QList<QUuid> untracked;
    /// List memberships, positions or lists themselves changed (the sidebar).
    bool listsChanged = false;
    /// A list's rule or view refinement changed: list views read it again.
    bool listDefinitionChanged = false;
    /// Items saved by the write, for the details pane.
    QList<MediaRecord> savedRecords;
};

/// Every change a user makes to the library goes through here: the write runs
/// on the storage thread, the library view is kept exact (rows inserted,
/// removed or moved where the database now has them), and the outcome is
/// signalled. Undo commands are built on it.
class LibraryEditor : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<WriteEffects>(Repositories &)>;

    LibraryEditor(
        AsyncStorage &storage, const QUuid &userId, LibraryTableModel &view, QObject *parent = nullptr);

    const QUuid &userId() const { return m_userId; }

    /// Runs `work` on the storage thread. `mediaIds` are the items it may
    /// move in the view (placed before and after the write, in the same job).
    void write(const QList<QUuid> &mediaIds, Work work);
    /// Whether writes are queued or running.
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void written(const WriteEffects &effects);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    AsyncStorage &m_storage;
    QUuid m_userId;
    LibraryTableModel &m_view;
    int m_pending = 0;
};

} // namespace omt
