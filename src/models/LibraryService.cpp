#include "LibraryService.h"

#include "ModelsLog.h"
#include "ViewPlacement.h"
#include "core/ErrorLog.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/LibraryCheck.h"
#include "storage/LibraryHealth.h"

namespace omt {

namespace {
struct WriteOutcome
{
    Result<LibraryChange> change = LibraryChange {};
    ViewPlacement before;
    ViewPlacement after;
};
} // namespace

LibraryService::LibraryService(AsyncStorage &storage, const QUuid &userId, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_userId(userId)
    , m_profile(storage, userId)
{
    // Reported from any thread; queued to this one.
    connect(&storage.database().health(), &LibraryHealth::damageDetected, this,
        &LibraryService::damageDetected, Qt::QueuedConnection);
}

LibraryService::~LibraryService() = default;

bool LibraryService::isConnectionFailure(const Error &error)
{
    return error.subject == QLatin1String("connection_lost") || error.subject == QLatin1String("unreachable");
}

void LibraryService::setHoldingWrites(bool holding)
{
    m_holding = holding;
}

void LibraryService::retryHeldWrites()
{
    // In the worker's order: the gate opens before the held writes run.
    m_storage.run(
        [gate = m_workerHolding](Repositories &) {
            gate->store(false);
            return true;
        },
        nullptr, [](bool) {});
    const QList<HeldWrite> held = std::exchange(m_held, {});
    Q_EMIT heldWritesChanged(0);
    for (const HeldWrite &write : held)
        this->write(write.mediaIds, write.work);
}

void LibraryService::write(const QList<QUuid> &mediaIds, Work work)
{
    if (m_holding) {
        m_held.append({ mediaIds, std::move(work) });
        Q_EMIT heldWritesChanged(int(m_held.size()));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    const quint64 sequence = ++m_sequence;
    // Placing in the write's own job sees the database exactly as the write
    // left it, whatever runs on the worker after it.
    PlacementProbe probe = m_placedView ? m_placedView->placementProbe() : PlacementProbe();
    m_storage.run(
        [mediaIds, work, probe, gate = m_workerHolding](Repositories &r) {
            WriteOutcome outcome;
            if (gate->load()) {
                outcome.change = Error { Error::Code::Unavailable,
                    tr("Not saved yet: an earlier change is waiting for the connection to the server."), {},
                    QStringLiteral("connection_lost") };
                return outcome;
            }
            if (probe)
                outcome.before = probe(r, mediaIds, nullptr);
            outcome.change = work(r);
            if (!outcome.change && isConnectionFailure(outcome.change.error()))
                gate->store(true);
            if (outcome.change && probe)
                outcome.after = probe(r, mediaIds, &*outcome.change);
            return outcome;
        },
        this,
        [this, sequence, mediaIds, work](WriteOutcome outcome) {
            if (--m_pending == 0)
                Q_EMIT busyChanged(false);
            if (!outcome.change && isConnectionFailure(outcome.change.error())) {
                // Not written (the transaction went with the connection): kept for later.
                m_held.append({ mediaIds, work });
                m_holding = true;
                Q_EMIT heldWritesChanged(int(m_held.size()));
                Q_EMIT connectionLost(outcome.change.error());
                return;
            }
            if (!outcome.change) {
                logError(lcModels(), outcome.change.error(), "writing to the library");
                Q_EMIT failed(outcome.change.error());
                return;
            }
            outcome.change->sequence = sequence;
            if (m_placedView)
                m_placedView->notePlacement(sequence, mediaIds, outcome.before, outcome.after);
            m_feed.publish(*outcome.change);
        });
}

void LibraryService::loadItem(const QUuid &mediaId, QObject *receiver, Deliver<ItemState> done)
{
    m_storage.run(
        [mediaId, userId = m_userId](Repositories &r) -> Result<ItemState> {
            auto record = r.records.load(mediaId);
            if (!record)
                return record.error();
            auto interaction = r.interactions.get(userId, mediaId);
            if (!interaction)
                return interaction.error();
            return ItemState { std::move(*record), std::move(*interaction) };
        },
        receiver, std::move(done));
}

void LibraryService::loadRecord(const QUuid &mediaId, QObject *receiver, Deliver<MediaRecord> done)
{
    m_storage.run([mediaId](Repositories &r) { return r.records.load(mediaId); }, receiver, std::move(done));
}

void LibraryService::searchMedia(
    const QString &typed, int limit, QObject *receiver, Deliver<QList<MediaSummary>> done)
{
    m_storage.run(
        [typed, limit](Repositories &r) { return r.media.search(typed, limit); }, receiver, std::move(done));
}

void LibraryService::smartListRule(const QUuid &listId, QObject *receiver, Deliver<QJsonObject> done)
{
    m_storage.run(
        [listId](Repositories &r) -> Result<QJsonObject> {
            auto list = r.lists.get(listId);
            if (!list)
                return list.error();
            if (list->type != ListType::Smart)
                return QJsonObject {};
            return r.lists.smartFilter(listId);
        },
        receiver, std::move(done));
}

void LibraryService::countMatching(const SmartFilter &filter, QObject *receiver, Deliver<int> done)
{
    m_storage.run([filter, userId = m_userId](Repositories &r) { return r.smartLists.count(filter, userId); },
        receiver, std::move(done));
}

void LibraryService::checkLibrary(
    QObject *receiver, std::function<void(int done, int total)> progress, Deliver<LibraryCheckReport> done)
{
    QPointer<QObject> guard(receiver);
    auto report = [guard, progress](int stepsDone, int total) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, progress, stepsDone, total] {
                if (guard)
                    progress(stepsDone, total);
            },
            Qt::QueuedConnection);
    };
    m_storage.run([report](Repositories &r) { return LibraryCheck(r.database).run(report); }, receiver,
        std::move(done));
}

} // namespace omt
