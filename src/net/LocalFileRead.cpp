#include "LocalFileRead.h"

#include <QByteArrayList>

namespace omt {

bool isNetworkFileSystem(const QByteArray &type)
{
    // Kernel file systems and FUSE subtypes ("fuse.sshfs") that reach
    // another computer. Reading a file there may hang on a dead server, and
    // on Windows an SMB server learns the user's password hash.
    static const QByteArrayList network {
        "9p",
        "afpfs",
        "afs",
        "ceph",
        "cifs",
        "coda",
        "curlftpfs",
        "davfs",
        "davfs2",
        "ftpfs",
        "gcsfuse",
        "glusterfs",
        "gvfsd-fuse",
        "lustre",
        "ncp",
        "ncpfs",
        "nfs",
        "nfs4",
        "orangefs",
        "pvfs2",
        "rclone",
        "s3fs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "smbnetfs",
        "sshfs",
        "webdav",
    };
    QByteArray name = type.toLower();
    if (name.startsWith("fuse."))
        name = name.mid(5);
    return network.contains(name);
}

} // namespace omt
