#pragma once

#include "models/ConnectionProfile.h"
#include "storage/LibraryOpening.h"

#include <QCoreApplication>

#include <memory>

namespace omt {

class AsyncStorage;
class ConnectionMonitor;
class CoverLoader;
class HouseholdAccount;
class LibraryService;
class LibraryWindow;
class RemoteChangeFeed;

/// One open library and its window: the storage worker, the service, the
/// cover loader and the window, built in that order and taken down in the
/// reverse. On a household server it also follows other members' changes,
/// watches the connection (a banner while it is lost, writes held until it
/// is back) and signs out when it ends, through the storage worker's
/// connection.
class LibrarySession
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibrarySession)

public:
    /// `readOnlyReason` is shown when the library file is open read-only.
    LibrarySession(OpenedLibrary opened, ConnectionProfile profile, const QString &readOnlyReason);
    /// Closes the window, signs out of a household server and waits for the
    /// storage worker to finish what was queued.
    ~LibrarySession();
    LibrarySession(const LibrarySession &) = delete;
    LibrarySession &operator=(const LibrarySession &) = delete;

    LibraryWindow &window() const { return *m_window; }
    const ConnectionProfile &profile() const { return m_profile; }
    const OpenedLibrary &library() const { return m_opened; }
    AsyncStorage &storage() const { return *m_storage; }
    /// The member's account on a household server; null on a library file.
    HouseholdAccount *account() const { return m_account.get(); }
    /// Other members' changes on a household server; null on a library file.
    RemoteChangeFeed *remoteChanges() const { return m_remoteChanges.get(); }
    /// The connection to a household server; null on a library file.
    ConnectionMonitor *connection() const { return m_connection.get(); }

private:
    void followServer();

    OpenedLibrary m_opened;
    ConnectionProfile m_profile;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<HouseholdAccount> m_account;
    std::unique_ptr<RemoteChangeFeed> m_remoteChanges;
    std::unique_ptr<ConnectionMonitor> m_connection;
    std::unique_ptr<LibraryWindow> m_window;
};

} // namespace omt
