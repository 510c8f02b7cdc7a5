#include "LibraryOpening.h"

#include "Database.h"
#include "Migrator.h"
#include "ServerAccount.h"
#include "UserRepository.h"

namespace omt {

Result<OpenedLibrary> LibraryOpening::open(const ConnectionSettings &settings, const ClientIdentity &client)
{
    OpenedLibrary opened;
    opened.database = std::make_shared<Database>(settings);
    Database &database = *opened.database;
    if (auto connection = database.connection(); !connection)
        return connection.error();

    bool householdServer = false;
    if (settings.backend == SqlDialect::Kind::PostgreSQL) {
        // A PostgreSQL library its owner made with init has nobody to sign in as.
        auto isServer = ServerAccount(database).isHouseholdServer();
        if (!isServer)
            return isServer.error();
        householdServer = *isServer;
    }
    auto user
        = householdServer ? signIn(database, client, &opened.sessionToken) : prepareOwnLibrary(database);
    if (!user) {
        database.closeThreadConnection();
        return user.error();
    }
    opened.user = *user;
    // The window's worker opens connections of its own; this thread's is done.
    database.closeThreadConnection();
    return opened;
}

Result<User> LibraryOpening::prepareOwnLibrary(Database &database)
{
    Migrator migrator(database);
    if (auto checked = migrator.checkNotNewer(); !checked)
        return checked.error();
    if (!database.isReadOnly()) {
        // Creating or updating the schema of one's own library takes milliseconds.
        if (auto migrated = migrator.migrate(); !migrated)
            return migrated.error();
        return UserRepository(database).ensureOwnerProfile();
    }
    // A read-only library is used as it is: its schema must already be this
    // build's, and its owner profile must exist.
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    if (*version < migrator.latestVersion())
        return Error { Error::Code::Unavailable,
            tr("The library “%1” needs an update to open in this version, and it cannot be written. "
               "Copy it to a place where it can be written, or open it with an older version.")
                .arg(database.settings().displayName()),
            {}, {} };
    // The owner profile is the one ensureOwnerProfile() makes.
    return UserRepository(database).findByUsername(QStringLiteral("owner"));
}

Result<User> LibraryOpening::signIn(
    Database &database, const ClientIdentity &client, QByteArray *sessionToken)
{
    if (auto current = requireCurrentSchema(database); !current)
        return current.error();
    ServerAccount account(database);
    auto signedIn = account.signIn(client.deviceName, client.clientVersion);
    if (!signedIn)
        return signedIn.error();
    if (signedIn->status != SignIn::Status::SignedIn)
        return ServerAccount::refusal(*signedIn, database.settings().user);
    auto user = UserRepository(database).get(signedIn->userId);
    if (!user) {
        (void)account.signOut(signedIn->sessionToken);
        return user.error();
    }
    *sessionToken = signedIn->sessionToken;
    return user;
}

Result<void> LibraryOpening::requireCurrentSchema(Database &database)
{
    Migrator migrator(database);
    if (auto checked = migrator.checkNotNewer(); !checked)
        return checked.error();
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    if (*version < migrator.latestVersion())
        return outdatedServer(database.settings().displayName(), *version, migrator.latestVersion());
    return {};
}

Error LibraryOpening::outdatedServer(const QString &server, int version, int latestVersion)
{
    return Error { Error::Code::Unavailable,
        tr("The household server %1 has library version %2; this program needs version %3. Its "
           "administrator brings it up to date with the server init command of this version.")
            .arg(server)
            .arg(version)
            .arg(latestVersion),
        {}, QStringLiteral("server_outdated") };
}

Result<void> LibraryOpening::changePassword(const ConnectionSettings &settings, const QString &newPassword)
{
    Database database(settings);
    auto changed = ServerAccount(database).changePassword(newPassword);
    database.closeThreadConnection();
    return changed;
}

Result<void> LibraryOpening::close(const OpenedLibrary &library)
{
    if (!library.isHouseholdServer())
        return {};
    auto ended = ServerAccount(*library.database).signOut(library.sessionToken);
    library.database->closeThreadConnection();
    return ended;
}

} // namespace omt
