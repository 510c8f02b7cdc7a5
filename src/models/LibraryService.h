#pragma once

#include "ChangeFeed.h"
#include "MemberProfile.h"
#include "core/Error.h"
#include "core/Filter.h"
#include "core/Interaction.h"
#include "core/LibraryCheckReport.h"
#include "core/Media.h"
#include "core/MediaRecord.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace omt {

class AsyncStorage;
class PlacedView;
struct Repositories;

/// One item as the details and tracking panes show it.
struct ItemState
{
    MediaRecord record;
    std::optional<Interaction> interaction;
};

/// The one door between the widgets and the library. Every storage job of
/// the ui goes through here: reads come back on the GUI thread (dropped when
/// the receiver is gone), and every write runs on the storage worker and then
/// announces exactly what it changed on the change feed, once. A view that
/// registered as the placed view gets its rows placed in the write's own job.
class LibraryService : public QObject
{
    Q_OBJECT

public:
    /// A write: runs on the storage thread, says what it changed.
    using Work = std::function<Result<LibraryChange>(Repositories &)>;
    template<typename T>
    using Deliver = std::function<void(Result<T>)>;

    LibraryService(AsyncStorage &storage, const QUuid &userId, QObject *parent = nullptr);
    ~LibraryService() override;

    /// The signed-in user.
    const QUuid &userId() const { return m_userId; }
    ChangeFeed &feed() { return m_feed; }
    /// The user's profile settings (rating scale, title language, …).
    MemberProfile &profile() { return m_profile; }
    const MemberProfile &profile() const { return m_profile; }
    /// For the models' own storage-thread queries (LibraryQueries); widgets
    /// use the typed calls below.
    AsyncStorage &storage() const { return m_storage; }

    /// The view whose rows writes place exactly (null: none).
    void setPlacedView(PlacedView *view) { m_placedView = view; }

    /// Runs `work` on the storage thread; `mediaIds` are the items it may
    /// move in the placed view. On success the change is published on the
    /// feed; on failure `failed` is emitted.
    void write(const QList<QUuid> &mediaIds, Work work);
    /// Whether writes are queued or running.
    bool isBusy() const { return m_pending > 0; }

    /// While the connection to a household server is lost, writes are held
    /// rather than tried: they run, in order, when retryHeldWrites() is
    /// called after it is back. A write that fails because the connection
    /// went is held too (connectionLost is emitted instead of failed): an
    /// edit is applied late, never dropped.
    void setHoldingWrites(bool holding);
    void retryHeldWrites();
    int heldWriteCount() const { return int(m_held.size()); }
    /// Whether `error` says the server went away or cannot be reached.
    static bool isConnectionFailure(const Error &error);

    /// The item with everything stored about it and the user's tracking.
    void loadItem(const QUuid &mediaId, QObject *receiver, Deliver<ItemState> done);
    /// The item with everything stored about it (the edit dialog).
    void loadRecord(const QUuid &mediaId, QObject *receiver, Deliver<MediaRecord> done);
    /// Search as you type (suggestions while editing relationships).
    void searchMedia(const QString &typed, int limit, QObject *receiver, Deliver<QList<MediaSummary>> done);
    /// A smart list's stored rule (empty for a manual list).
    void smartListRule(const QUuid &listId, QObject *receiver, Deliver<QJsonObject> done);
    /// How many items a rule matches for the user (the rule editor's count).
    void countMatching(const SmartFilter &filter, QObject *receiver, Deliver<int> done);
    /// Checks the library file (SQLite only); `progress(done, total)` comes
    /// on the GUI thread, and not at all once `receiver` is gone.
    void checkLibrary(QObject *receiver, std::function<void(int done, int total)> progress,
        Deliver<LibraryCheckReport> done);

Q_SIGNALS:
    void failed(const omt::Error &error);
    /// A write found the connection to the server gone; it is held.
    void connectionLost(const omt::Error &error);
    void heldWritesChanged(int count);
    void busyChanged(bool busy);
    /// A statement found the library damaged (once per opening).
    void damageDetected(const QString &detail);

private:
    AsyncStorage &m_storage;
    QUuid m_userId;
    ChangeFeed m_feed;
    MemberProfile m_profile;
    PlacedView *m_placedView = nullptr;
    int m_pending = 0;
    quint64 m_sequence = 0;
    struct HeldWrite
    {
        QList<QUuid> mediaIds;
        Work work;
    };
    QList<HeldWrite> m_held;
    bool m_holding = false;
    /// Set on the worker by the first write that finds the connection gone:
    /// the writes queued behind it are then held too, without running, so
    /// that none overtakes it. Cleared on the worker before held writes run again.
    std::shared_ptr<std::atomic<bool>> m_workerHolding = std::make_shared<std::atomic<bool>>(false);
};

} // namespace omt
