#pragma once

#include "storage/RemoteChanges.h"

#include <QObject>
#include <QTimer>

namespace omt {

class LibraryService;

/// Brings other members' changes on a household server into the open
/// window: what the server announces is gathered for a moment (a member
/// saving an item touches three tables in one go), read on the storage
/// worker to tell changed items from deleted ones, and published on the
/// change feed as a remote change, which views apply like any other.
class RemoteChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// How long announcements are gathered before they are read.
    static constexpr int GatherMs = 30;

    explicit RemoteChangeFeed(LibraryService &service, QObject *parent = nullptr);

    /// Listens on the storage worker's connection; called again after the
    /// connection may have been reopened (each heartbeat), it subscribes
    /// anew only when needed and then has the views read again what they
    /// may have missed.
    void start();
    RemoteChanges &listener() { return m_listener; }

Q_SIGNALS:
    /// A remote change was published on the feed (tests, benchmarks).
    void applied();

private:
    void gather(const RemoteAnnouncement &announcement);
    void listening(bool renewed);
    void publishGathered();

    LibraryService &m_service;
    RemoteChanges m_listener;
    QTimer m_gather;
    QList<RemoteAnnouncement> m_gathered;
    bool m_listenedBefore = false;
};

} // namespace omt
