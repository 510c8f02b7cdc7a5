#pragma once

#include "ConnectionSettings.h"
#include "core/Error.h"
#include "core/User.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace omt {

class Database;

/// A library opened for a window: the database, who uses it, and on a
/// household server the session that sign-in opened.
struct OpenedLibrary
{
    std::shared_ptr<Database> database;
    User user;
    /// Empty unless the library is a household server (DESIGN §7).
    QByteArray sessionToken;

    bool isHouseholdServer() const { return !sessionToken.isEmpty(); }
};

/// This computer and program, as a household server lists them among a
/// member's signed-in devices.
struct ClientIdentity
{
    QString deviceName;
    QString clientVersion;
};

/// Everything between a location and a usable library, run on a worker
/// thread while a window waits: connecting, the schema (a library file or a
/// PostgreSQL library of one's own is brought up to date; a household server
/// must already be, since only its administrator may change it) and who
/// uses it (the owner profile, or the member who signs in).
///
/// Each way it fails is its own Error: a server that cannot be reached, a
/// wrong password (AccessDenied, no subject), a disabled account, a one-time
/// password to replace first (subject "password_change_required") or one
/// that expired, a certificate that does not match, a newer library.
class LibraryOpening
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryOpening)

public:
    static Result<OpenedLibrary> open(const ConnectionSettings &settings, const ClientIdentity &client);

    /// Replaces the password `settings` connects with (typically a one-time
    /// one) by `newPassword`, without signing in.
    static Result<void> changePassword(const ConnectionSettings &settings, const QString &newPassword);

    /// Ends the session open() began on a household server; nothing to do on
    /// a library file.
    static Result<void> close(const OpenedLibrary &library);

    /// The Error for a household server whose library is older than this
    /// program: a member cannot update it, its administrator can.
    static Error outdatedServer(const QString &server, int version, int latestVersion);

private:
    static Result<User> prepareOwnLibrary(Database &database);
    static Result<User> signIn(Database &database, const ClientIdentity &client, QByteArray *sessionToken);
    static Result<void> requireCurrentSchema(Database &database);
};

} // namespace omt
