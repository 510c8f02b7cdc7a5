#include "LibrarySession.h"

#include "AppPaths.h"
#include "models/ConnectionMonitor.h"
#include "models/HouseholdAccount.h"
#include "models/LibraryService.h"
#include "models/RemoteChangeFeed.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/ServerAccount.h"
#include "ui/common/StatusNotice.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryCheckController.h"
#include "ui/library/LibraryWindow.h"
#include "ui/library/ReadOnlyMode.h"
#include "ui/server/ConnectionBanner.h"

namespace omt {

LibrarySession::LibrarySession(OpenedLibrary opened, ConnectionProfile profile, const QString &readOnlyReason)
    : m_opened(std::move(opened))
    , m_profile(std::move(profile))
{
    Database &database = *m_opened.database;
    m_storage = std::make_unique<AsyncStorage>(database);
    m_service = std::make_unique<LibraryService>(*m_storage, m_opened.user.id);
    m_service->profile().adopt(m_opened.user.profileSettings);
    m_covers = std::make_unique<CoverLoader>(AppPaths::coverSettings(database.settings().backend));
    m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, m_opened.user, m_profile.displayName());
    if (database.isReadOnly())
        ReadOnlyMode::apply(*m_window, readOnlyReason);
    new LibraryCheckController(*m_window, *m_service);
    LibraryActions *actions = m_window->actions();
    actions->signOut->setVisible(m_opened.isHouseholdServer());
    actions->account->setVisible(m_opened.isHouseholdServer());
    // The server checks every administration call; the menu only hides what would be refused.
    actions->members->setVisible(m_opened.isHouseholdServer() && m_opened.user.role == Role::Admin);
    if (m_opened.isHouseholdServer())
        followServer();
}

void LibrarySession::followServer()
{
    m_account = std::make_unique<HouseholdAccount>(*m_storage);
    m_remoteChanges = std::make_unique<RemoteChangeFeed>(*m_service);
    m_remoteChanges->start();
    m_connection = std::make_unique<ConnectionMonitor>(*m_service, m_opened.sessionToken);
    m_window->addBanner(new ConnectionBanner(*m_connection, *m_service, m_profile.name, m_window.get()));
    // Reaching the server again, maybe over a new connection: listen there
    // (the feed has the views read again what they missed, if anything).
    QObject::connect(
        m_connection.get(), &ConnectionMonitor::alive, m_remoteChanges.get(), &RemoteChangeFeed::start);
    QObject::connect(m_connection.get(), &ConnectionMonitor::restored, m_window.get(),
        [this] { m_window->statusNotice()->showMessage(tr("Connected to %1 again.").arg(m_profile.name)); });
}

LibrarySession::~LibrarySession()
{
    // Signing out of a server that cannot be reached would only wait for it.
    const bool reachable = !(m_connection && m_connection->isLost());
    m_window.reset();
    m_connection.reset();
    m_remoteChanges.reset();
    m_account.reset();
    if (m_opened.isHouseholdServer() && reachable) {
        // On the worker's connection, which is open already; the result has
        // nobody left to tell (a session not ended expires on the server).
        const QByteArray token = m_opened.sessionToken;
        m_storage->run(
            [token](
                Repositories &repositories) { return ServerAccount(repositories.database).signOut(token); },
            nullptr, [](const Result<void> &) {});
    }
    m_covers.reset();
    m_service.reset();
    m_storage.reset();
}

} // namespace omt
