#pragma once

#include "models/ConnectionProfile.h"
#include "storage/LibraryOpening.h"

#include <QTimer>

#include <memory>

namespace omt {

class AsyncStorage;
class CoverLoader;
class HouseholdAccount;
class LibraryService;
class LibraryWindow;

/// One open library and its window: the storage worker, the service, the
/// cover loader and the window, built in that order and taken down in the
/// reverse. On a household server it keeps the session's last-seen time
/// fresh and signs out when it ends, through the storage worker's connection.
class LibrarySession
{
public:
    /// How often a household server hears that this session is still in use.
    static constexpr int KeepAliveMinutes = 5;

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

private:
    void keepAlive();

    OpenedLibrary m_opened;
    ConnectionProfile m_profile;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<HouseholdAccount> m_account;
    std::unique_ptr<LibraryWindow> m_window;
    QTimer m_keepAlive;
};

} // namespace omt
