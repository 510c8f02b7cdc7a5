#pragma once

#include <QByteArray>
#include <QString>

namespace omt {

/// One read of a cover file from this computer's disks (CoverFileReader).
struct LocalFileRequest
{
    /// Absolute path in Qt's form ("/" separators).
    QString path;
    /// Files larger than this are refused unread.
    qint64 maxBytes = 0;
    /// Files on network file systems (NFS, SMB, sshfs …) may be read: the
    /// user picked the file. Cover addresses never allow it.
    bool allowNetworkDisks = false;
};

/// What reading it found. Plain data without translated text: it is made
/// on a thread that may still run after its caller gave up waiting.
struct LocalFileRead
{
    enum class Status {
        Read,
        Missing,
        /// A directory, device, pipe or socket.
        NotRegularFile,
        /// A file of the system's pseudo file systems (/proc, /sys, /dev …).
        SystemFile,
        NetworkDisk,
        /// Not in the one folder the reader was limited to.
        OutsideFolder,
        TooLarge,
        Unreadable,
    };
    Status status = Status::Unreadable;
    QByteArray bytes;
    /// The file system type or the system's error text, for the log and
    /// for the message ("nfs4", "Permission denied").
    QString detail;
};

/// Reads the file, checking first, on the opened file itself, that it is a
/// regular file on a file system this computer holds. May block (a hung
/// disk): CoverFileReader runs it on a thread of its own. Implemented once
/// per platform.
LocalFileRead readLocalFile(const LocalFileRequest &request);

/// Whether the file system type (as QStorageInfo::fileSystemType() or
/// /proc/self/mounts name it: "nfs4", "cifs", "fuse.sshfs" …) reaches
/// another computer.
bool isNetworkFileSystem(const QByteArray &type);

} // namespace omt
