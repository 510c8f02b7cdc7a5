#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace omt {

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &message)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    Error error = Error::internal(message, path + QStringLiteral(": ") + file.errorString());
    error.code = Error::Code::Io;
    return error;
}

} // namespace omt
