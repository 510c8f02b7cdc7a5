// readLocalFile() on Windows.

#include "LocalFileRead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtCore/qt_windows.h>

#include <io.h>
#include <utility>

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

} // namespace

LocalFileRead readLocalFile(const LocalFileRequest &request)
{
    // CoverFileReader lets only drive paths ("C:/…") through unless the
    // user picked the file. A drive letter mapped to a share is remote:
    // opening a file there sends the user's credentials to that server.
    if (!request.allowNetworkDisks) {
        const QString root = QDir::toNativeSeparators(request.path.left(3));
        if (::GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
            return refused(Status::NetworkDisk, root);
    }
    const QFileInfo info(request.path);
    if (!info.exists())
        return refused(Status::Missing);
    if (!info.isFile())
        return refused(Status::NotRegularFile);
    if (info.size() > request.maxBytes)
        return refused(Status::TooLarge);
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(Status::Unreadable, file.errorString());
    // Device names ("CON", "COM1") open as something else than a disk file.
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(file.handle()));
    if (::GetFileType(handle) != FILE_TYPE_DISK)
        return refused(Status::NotRegularFile);
    LocalFileRead result;
    // One byte past the limit: a file that grows while it is read is still refused.
    result.bytes = file.read(request.maxBytes + 1);
    if (result.bytes.size() > request.maxBytes)
        return refused(Status::TooLarge);
    result.status = Status::Read;
    return result;
}

} // namespace omt
