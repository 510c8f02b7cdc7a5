#include "LibraryOpener.h"

#include <QFutureWatcher>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace omt {

LibraryOpener::LibraryOpener(ClientIdentity client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{ }

ClientIdentity LibraryOpener::thisComputer()
{
    return { QSysInfo::machineHostName(), QCoreApplication::applicationVersion() };
}

template<typename T>
void LibraryOpener::start(std::function<Result<T>()> work, std::function<void(Result<T>)> done)
{
    ++m_running;
    // The watcher is this object's child: destroying the opener drops the
    // result (the work itself finishes on its thread and cleans up after itself).
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        --m_running;
        watcher->deleteLater();
        done(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void LibraryOpener::open(const ConnectionSettings &settings, std::function<void(Result<OpenedLibrary>)> done)
{
    const ClientIdentity client = m_client;
    start<OpenedLibrary>(
        [settings, client] { return LibraryOpening::open(settings, client); }, std::move(done));
}

void LibraryOpener::changePassword(
    const ConnectionSettings &settings, const QString &newPassword, std::function<void(Result<void>)> done)
{
    start<void>([settings, newPassword] { return LibraryOpening::changePassword(settings, newPassword); },
        std::move(done));
}

void LibraryOpener::close(OpenedLibrary library, std::function<void(Result<void>)> done)
{
    start<void>([library = std::move(library)] { return LibraryOpening::close(library); }, std::move(done));
}

void LibraryOpener::surveyServer(
    const ConnectionSettings &superuser, std::function<void(Result<ServerSurvey>)> done)
{
    start<ServerSurvey>([superuser] { return ServerInstallation::survey(superuser); }, std::move(done));
}

void LibraryOpener::installServer(const ConnectionSettings &superuser, const QString &adminName,
    const QString &adminPassword, std::function<void(Result<ServerSetupReport>)> done)
{
    start<ServerSetupReport>(
        [superuser, adminName, adminPassword] {
            return ServerInstallation::install(superuser, adminName, adminPassword);
        },
        std::move(done));
}

} // namespace omt
