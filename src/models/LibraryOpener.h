#pragma once

#include "storage/LibraryOpening.h"
#include "storage/ServerInstallation.h"

#include <QObject>

#include <functional>

namespace omt {

/// Opens libraries, changes a server password and sets servers up on a
/// thread of the global pool, so that a window (the sign-in dialog, the
/// set-up wizard) stays responsive while a server is reached, a password
/// checked or a library brought up to date. Results arrive on this object's thread; none after it is
/// destroyed.
class LibraryOpener : public QObject
{
    Q_OBJECT

public:
    explicit LibraryOpener(ClientIdentity client, QObject *parent = nullptr);

    /// How this program names itself to a household server: the computer's
    /// name and the program's version.
    static ClientIdentity thisComputer();

    void open(const ConnectionSettings &settings, std::function<void(Result<OpenedLibrary>)> done);
    void changePassword(const ConnectionSettings &settings, const QString &newPassword,
        std::function<void(Result<void>)> done);
    /// Ends the library's session on a household server (its windows are gone).
    void close(OpenedLibrary library, std::function<void(Result<void>)> done);

    /// ServerInstallation::survey and install, as a superuser.
    void surveyServer(const ConnectionSettings &superuser, std::function<void(Result<ServerSurvey>)> done);
    void installServer(const ConnectionSettings &superuser, const QString &adminName,
        const QString &adminPassword, std::function<void(Result<ServerSetupReport>)> done);

    /// Whether a call has not delivered its result yet.
    bool isBusy() const { return m_running > 0; }

private:
    template<typename T>
    void start(std::function<Result<T>()> work, std::function<void(Result<T>)> done);

    ClientIdentity m_client;
    int m_running = 0;
};

} // namespace omt
