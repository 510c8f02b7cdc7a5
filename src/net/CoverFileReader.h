#pragma once

#include "CoverSettings.h"
#include "LocalFileRead.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QUrl;

namespace omt {

/// Reads cover files from this computer's disks for the decode threads.
///
/// A cover address is data anyone with write access to the library chose,
/// so it is read only when it names a regular file on a local disk: not
/// another computer (`file://host/…`, which on Windows connects to that host
/// and sends the user's password hash), not a network file system, device,
/// pipe or /proc file (which can block a reader for ever), and, for a
/// library on a server, only in this computer's own cover folder. Each read
/// runs on a thread of its own and is given up after a timeout, so a disk
/// that stops answering costs that thread, never a decode thread. Copies
/// share one count of the reads given up on and still stuck; past a few, files
/// are refused at once instead of piling up more threads.
class CoverFileReader
{
    Q_DECLARE_TR_FUNCTIONS(omt::CoverFileReader)

public:
    /// A local disk answers in milliseconds; a sleeping one wakes within
    /// a few seconds.
    static constexpr int DefaultTimeoutMs = 10000;
    /// Reads given up on (and still running) before new ones are refused.
    static constexpr int MaxStuckReads = 4;

    /// The part of a read that may block; tests replace it.
    using ReadFunction = std::function<LocalFileRead(const LocalFileRequest &)>;

    CoverFileReader(FileCoverScope scope, const QString &userCoverFolder, const CoverLimits &limits,
        int timeoutMs = DefaultTimeoutMs, ReadFunction read = readLocalFile);

    /// The bytes of the cover at a `file:` address, if the scope allows it.
    Result<QByteArray> readAddress(const QUrl &url) const;
    /// The bytes of a picture file the user picked (a file dialog, a drop):
    /// on a network drive too, since the user chose it and its copy is
    /// stored locally.
    Result<QByteArray> readPickedFile(const QString &path) const;
    /// Reads given up on that have not finished yet.
    int stuckReads() const { return *m_stuck; }

private:
    Result<QByteArray> read(const QString &path, bool picked) const;
    Result<QByteArray> readWithTimeout(const QString &path, const LocalFileRequest &request) const;

    FileCoverScope m_scope;
    QString m_folder;
    CoverLimits m_limits;
    int m_timeoutMs;
    ReadFunction m_read;
    std::shared_ptr<std::atomic<int>> m_stuck;
};

} // namespace omt
