// readLocalFile() on Linux and other Unix systems.

#include "LocalFileRead.h"

#include <QFile>
#include <QStorageInfo>

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace omt {

namespace {

using Status = LocalFileRead::Status;

LocalFileRead refused(Status status, QString detail = {})
{
    LocalFileRead result;
    result.status = status;
    result.detail = std::move(detail);
    return result;
}

/// Closes the descriptor on every way out.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

#ifdef Q_OS_LINUX
// statfs(2) magic numbers (linux/magic.h), spelled out so that the build
// needs no kernel headers.
constexpr quint32 FuseMagic = 0x65735546;

/// Pseudo file systems: their "files" are kernel interfaces, some of which
/// block a reader for ever (/proc/kmsg) or have effects when read.
bool isPseudoFileSystem(quint32 magic)
{
    switch (magic) {
    case 0x9fa0:     // proc
    case 0x62656572: // sysfs
    case 0x1cd1:     // devpts
    case 0x64626720: // debugfs
    case 0x74726163: // tracefs
    case 0x73636673: // securityfs
    case 0x27e0eb:   // cgroup
    case 0x63677270: // cgroup2
    case 0xcafe4a11: // bpf
    case 0x6165676c: // pstore
    case 0x62656570: // configfs
    case 0xde5e81e4: // efivarfs
    case 0x42494e4d: // binfmt_misc
    case 0x19800202: // mqueue
    case 0x67596969: // rpc_pipefs
    case 0xf97cff8c: // selinuxfs
    case 0x6e736673: // nsfs
        return true;
    default: return false;
    }
}

/// The name of a network file system by its magic number; empty for others.
QString networkFileSystem(quint32 magic)
{
    switch (magic) {
    case 0x6969: return QStringLiteral("nfs");
    case 0x517b: return QStringLiteral("smbfs");
    case 0xff534d42: return QStringLiteral("cifs");
    case 0xfe534d42: return QStringLiteral("smb2");
    case 0x73757245: return QStringLiteral("coda");
    case 0x5346414f:
    case 0x6b414653: return QStringLiteral("afs");
    case 0x00c36400: return QStringLiteral("ceph");
    case 0x01021997: return QStringLiteral("9p");
    case 0x564c: return QStringLiteral("ncpfs");
    case 0x0bd00bd0: return QStringLiteral("lustre");
    case 0x20030528: return QStringLiteral("orangefs");
    default: return {};
    }
}
#endif

/// Why the opened file is no file of this computer's own disks; empty when
/// it is one. Asks the opened descriptor where it can, so that what is
/// checked is what is read.
std::optional<LocalFileRead> checkFileSystem(int fd, const QString &path, bool allowNetworkDisks)
{
#ifdef Q_OS_LINUX
    struct statfs fs
    {
    };
    if (::fstatfs(fd, &fs) != 0)
        return refused(Status::Unreadable, qt_error_string(errno));
    const auto magic = static_cast<quint32>(fs.f_type);
    if (isPseudoFileSystem(magic))
        return refused(Status::SystemFile, QStringLiteral("0x%1").arg(magic, 0, 16));
    if (allowNetworkDisks)
        return std::nullopt;
    if (const QString network = networkFileSystem(magic); !network.isEmpty())
        return refused(Status::NetworkDisk, network);
    if (magic != FuseMagic)
        return std::nullopt;
        // FUSE serves local disks (ntfs-3g, exfat) and remote ones (sshfs,
        // rclone) alike: the mount's subtype tells them apart.
#else
    Q_UNUSED(fd)
#endif
    const QByteArray type = QStorageInfo(path).fileSystemType();
    if (type == "procfs" || type == "devfs" || type == "fdescfs")
        return refused(Status::SystemFile, QString::fromLatin1(type));
    if (!allowNetworkDisks && isNetworkFileSystem(type))
        return refused(Status::NetworkDisk, QString::fromLatin1(type));
    return std::nullopt;
}

} // namespace

LocalFileRead readLocalFile(const LocalFileRequest &request)
{
    const QByteArray name = QFile::encodeName(request.path);
    // Refused before opening: opening a device can itself do something.
    struct stat info
    {
    };
    if (::stat(name.constData(), &info) != 0) {
        const int error = errno;
        return refused(error == ENOENT || error == ENOTDIR ? Status::Missing : Status::Unreadable,
            qt_error_string(error));
    }
    if (!S_ISREG(info.st_mode))
        return refused(Status::NotRegularFile);

    // O_NONBLOCK: should the file have become a pipe meanwhile, opening it
    // does not wait for a writer.
    Descriptor file { ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) };
    if (file.fd < 0)
        return refused(Status::Unreadable, qt_error_string(errno));
    if (::fstat(file.fd, &info) != 0)
        return refused(Status::Unreadable, qt_error_string(errno));
    if (!S_ISREG(info.st_mode))
        return refused(Status::NotRegularFile);
    if (auto problem = checkFileSystem(file.fd, request.path, request.allowNetworkDisks))
        return *problem;
    if (info.st_size > request.maxBytes)
        return refused(Status::TooLarge);

    LocalFileRead result;
    // One byte past the limit: a file that grows while it is read is still refused.
    const qint64 wanted = request.maxBytes + 1;
    result.bytes.resize(qMin<qint64>(wanted, qint64(info.st_size) + 1));
    qint64 filled = 0;
    while (filled < wanted) {
        if (filled == result.bytes.size())
            result.bytes.resize(qMin<qint64>(wanted, filled * 2 + 64 * 1024));
        const ssize_t got
            = ::read(file.fd, result.bytes.data() + filled, size_t(result.bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return refused(Status::Unreadable, qt_error_string(errno));
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > request.maxBytes)
        return refused(Status::TooLarge);
    result.bytes.truncate(filled);
    result.status = Status::Read;
    return result;
}

} // namespace omt
