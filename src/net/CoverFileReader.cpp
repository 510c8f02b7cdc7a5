#include "CoverFileReader.h"

#include "CoverDecoder.h"
#include "NetLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace omt {

namespace {

Error refusal(const QString &message, const QString &detail = {})
{
    return Error::invalidInput(message, detail);
}

Error ioError(const QString &message, const QString &detail)
{
    Error error = Error::invalidInput(message, detail);
    error.code = Error::Code::Io;
    return error;
}

/// A path that leaves this computer: `//host/share` (a UNC path, also
/// `\\?\UNC\…`) or a Windows device path (`\\.\…`).
bool isNetworkOrDevicePath(const QString &path)
{
    return path.startsWith(QStringLiteral("//")) || path.startsWith(QStringLiteral("\\\\"))
        || path.startsWith(QStringLiteral("/\\")) || path.startsWith(QStringLiteral("\\/"));
}

#ifdef Q_OS_WIN
/// "C:/…": a file on a drive, the only absolute form a cover address may take.
bool isDrivePath(const QString &path)
{
    return path.size() >= 3 && path.at(0).isLetter() && path.at(1) == u':'
        && (path.at(2) == u'/' || path.at(2) == u'\\');
}
#else
/// Pseudo file systems, refused by name before anything is opened (and by
/// type once it is: a symbolic link can point there).
bool isSystemPath(const QString &cleanPath)
{
    for (const QString &root : { QStringLiteral("/proc"), QStringLiteral("/sys"), QStringLiteral("/dev") }) {
        if (cleanPath == root || cleanPath.startsWith(root + u'/'))
            return true;
    }
    return false;
}
#endif

/// What readLocalFile() found, as an error for people; nothing when it read the file.
std::optional<Error> problemOf(const LocalFileRead &read, const QString &shown, const CoverLimits &limits)
{
    using Status = LocalFileRead::Status;
    switch (read.status) {
    case Status::Read: return std::nullopt;
    case Status::Missing:
        return Error::notFound(
            CoverFileReader::tr("The cover file “%1” does not exist.").arg(shown), read.detail);
    case Status::NotRegularFile:
        return refusal(CoverFileReader::tr(
            "“%1” is not an ordinary file (but a folder, device or pipe), so it cannot be a "
            "cover.")
                           .arg(shown));
    case Status::SystemFile:
        return refusal(
            CoverFileReader::tr(
                "“%1” is a file of the operating system, not a picture; covers are never read from there.")
                .arg(shown),
            read.detail);
    case Status::NetworkDisk:
        return refusal(CoverFileReader::tr(
                           "The cover file “%1” is on a network drive (%2); covers are read only from this "
                           "computer's own disks.")
                           .arg(shown, read.detail),
            read.detail);
    case Status::OutsideFolder:
        return refusal(
            CoverFileReader::tr("The cover file “%1” is not in this computer's cover folder; the covers of a "
                                "library on a server are read only from there.")
                .arg(shown));
    case Status::TooLarge: return CoverDecoder::tooLarge(limits, shown);
    case Status::Unreadable:
        return ioError(
            CoverFileReader::tr("The cover file “%1” cannot be read (%2).").arg(shown, read.detail),
            read.detail);
    }
    return ioError(
        CoverFileReader::tr("The cover file “%1” cannot be read (%2).").arg(shown, read.detail), read.detail);
}

/// Whether `path` lies directly in `folder` once symbolic links are resolved.
bool liesIn(const QString &path, const QString &folder)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    return !file.isEmpty() && !canonicalFolder.isEmpty() && QFileInfo(file).path() == canonicalFolder;
}

} // namespace

CoverFileReader::CoverFileReader(FileCoverScope scope, const QString &userCoverFolder,
    const CoverLimits &limits, int timeoutMs, ReadFunction read)
    : m_scope(scope)
    , m_folder(userCoverFolder.isEmpty() ? QString() : QDir::cleanPath(QDir(userCoverFolder).absolutePath()))
    , m_limits(limits)
    , m_timeoutMs(timeoutMs)
    , m_read(std::move(read))
    , m_stuck(std::make_shared<std::atomic<int>>(0))
{ }

Result<QByteArray> CoverFileReader::readAddress(const QUrl &url) const
{
    const QString shown = url.toDisplayString(QUrl::PreferLocalFile);
    if (!url.isLocalFile())
        return refusal(tr("“%1” is not a file address.").arg(shown));
    // file://host/share/x.png: on Windows a path on that host's share.
    if (!url.host().isEmpty())
        return refusal(tr("The cover address “%1” names another computer (%2); covers are read only from "
                          "this computer's own disks.")
                           .arg(url.toDisplayString(), url.host()),
            url.toString());
    return read(url.toLocalFile(), false);
}

Result<QByteArray> CoverFileReader::readPickedFile(const QString &path) const
{
    return read(path, true);
}

Result<QByteArray> CoverFileReader::read(const QString &path, bool picked) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!picked && isNetworkOrDevicePath(path))
        return refusal(tr("The cover file “%1” is on another computer; covers are read only from this "
                          "computer's own disks.")
                           .arg(shown));
#ifdef Q_OS_WIN
    const bool absolute = isDrivePath(path) || (picked && isNetworkOrDevicePath(path));
#else
    const bool absolute = QDir::isAbsolutePath(path);
#endif
    if (!absolute)
        return refusal(tr("The cover address “%1” is not a full path to a file.").arg(shown));
    const QString cleaned = QDir::cleanPath(path);
#ifndef Q_OS_WIN
    if (isSystemPath(cleaned))
        return *problemOf({ LocalFileRead::Status::SystemFile, {}, {} }, shown, m_limits);
#endif
    const bool inFolderOnly = !picked && m_scope == FileCoverScope::UserCoverFolder;
    if (inFolderOnly && (m_folder.isEmpty() || QFileInfo(cleaned).path() != m_folder))
        return *problemOf({ LocalFileRead::Status::OutsideFolder, {}, {} }, shown, m_limits);

    LocalFileRequest request;
    request.path = cleaned;
    request.maxBytes = m_limits.maxBytes;
    request.allowNetworkDisks = picked;
    return readWithTimeout(shown, request);
}

Result<QByteArray> CoverFileReader::readWithTimeout(
    const QString &shown, const LocalFileRequest &request) const
{
    if (const int stuck = *m_stuck; stuck >= MaxStuckReads)
        return ioError(tr("Cover files are not read for now: %n earlier read(s) of cover files did not "
                          "finish (a disk does not answer).",
                           nullptr, stuck),
            request.path);

    // Shared with the reading thread, which may outlive this call.
    struct Pending
    {
        std::mutex mutex;
        std::condition_variable finished;
        std::optional<LocalFileRead> result;
        bool abandoned = false;
    };
    auto pending = std::make_shared<Pending>();
    const QString folder
        = (m_scope == FileCoverScope::UserCoverFolder && !request.allowNetworkDisks) ? m_folder : QString();
    try {
        std::thread([pending, stuck = m_stuck, read = m_read, request, folder] {
            LocalFileRead result;
            if (!folder.isEmpty() && !liesIn(request.path, folder))
                result.status = LocalFileRead::Status::OutsideFolder;
            else
                result = read(request);
            const std::lock_guard lock(pending->mutex);
            if (pending->abandoned) {
                --*stuck;
                return;
            }
            pending->result = std::move(result);
            pending->finished.notify_one();
        }).detach();
    } catch (const std::system_error &error) {
        return ioError(
            tr("The cover file “%1” cannot be read (%2).").arg(shown, QString::fromLocal8Bit(error.what())),
            request.path);
    }

    std::unique_lock lock(pending->mutex);
    if (!pending->finished.wait_for(lock, std::chrono::milliseconds(m_timeoutMs),
            [&pending] { return pending->result.has_value(); })) {
        pending->abandoned = true;
        ++*m_stuck;
        qCWarning(lcNet) << "Reading a cover file did not finish in" << m_timeoutMs << "ms:" << request.path;
        return ioError(tr("The cover file “%1” could not be read within %2 s (the disk does not answer).")
                           .arg(shown, QLocale().toString(m_timeoutMs / 1000.0, 'g', 3)),
            request.path);
    }
    LocalFileRead result = std::move(*pending->result);
    if (auto problem = problemOf(result, shown, m_limits))
        return *problem;
    return std::move(result.bytes);
}

} // namespace omt
