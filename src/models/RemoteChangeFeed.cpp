#include "RemoteChangeFeed.h"

#include "LibraryService.h"
#include "storage/AsyncStorage.h"

namespace omt {

RemoteChangeFeed::RemoteChangeFeed(LibraryService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_listener(service.storage())
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, &RemoteChangeFeed::publishGathered);
    connect(&m_listener, &RemoteChanges::announced, this, &RemoteChangeFeed::gather);
    connect(&m_listener, &RemoteChanges::failed, &m_service, &LibraryService::failed);
    connect(&m_listener, &RemoteChanges::listening, this, &RemoteChangeFeed::listening);
}

void RemoteChangeFeed::listening(bool renewed)
{
    if (renewed && std::exchange(m_listenedBefore, true)) {
        // A new connection: what was announced while there was none is unknown.
        LibraryChange missed;
        missed.origin = LibraryChange::Origin::Remote;
        missed.everything = true;
        m_service.feed().publish(missed);
        Q_EMIT applied();
    }
}

void RemoteChangeFeed::start()
{
    m_listener.listen();
}

void RemoteChangeFeed::gather(const RemoteAnnouncement &announcement)
{
    // One announcement per table, its ids merged.
    auto same = std::find_if(m_gathered.begin(), m_gathered.end(),
        [&](const RemoteAnnouncement &gathered) { return gathered.table == announcement.table; });
    if (same == m_gathered.end()) {
        m_gathered.append(announcement);
    } else {
        same->tooManyToList = same->tooManyToList || announcement.tooManyToList;
        for (const QUuid &id : announcement.ids)
            if (!same->ids.contains(id))
                same->ids.append(id);
    }
    if (!m_gather.isActive())
        m_gather.start();
}

void RemoteChangeFeed::publishGathered()
{
    const QList<RemoteAnnouncement> gathered = std::exchange(m_gathered, {});
    m_service.storage().run(
        [gathered](Repositories &r) -> Result<LibraryChange> {
            LibraryChange merged;
            merged.origin = LibraryChange::Origin::Remote;
            for (const RemoteAnnouncement &announcement : gathered) {
                auto change = RemoteChanges::resolve(r, announcement);
                if (!change)
                    return change.error();
                merged.everything = merged.everything || change->everything;
                merged.catalogueCountsChanged
                    = merged.catalogueCountsChanged || change->catalogueCountsChanged;
                for (const QUuid &id : change->mediaUpdated)
                    if (!merged.mediaUpdated.contains(id) && !change->mediaRemoved.contains(id))
                        merged.mediaUpdated.append(id);
                merged.mediaRemoved += change->mediaRemoved;
                merged.listsChanged += change->listsChanged;
                merged.listRulesChanged += change->listRulesChanged;
                merged.membershipLists += change->membershipLists;
            }
            return merged;
        },
        this,
        [this](const Result<LibraryChange> &change) {
            if (!change) {
                Q_EMIT m_service.failed(change.error());
                return;
            }
            m_service.feed().publish(*change);
            Q_EMIT applied();
        });
}

} // namespace omt
