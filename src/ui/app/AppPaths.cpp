#include "AppPaths.h"

#include "ui/settings/CoverPreferences.h"

#include <QDir>
#include <QStandardPaths>

namespace omt {

QString AppPaths::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.omt"));
}

CoverSettings AppPaths::coverSettings(SqlDialect::Kind backend)
{
    CoverSettings covers;
    // A library file is the user's own; on a household server every member
    // sets cover addresses for everyone, so file: covers there may only be
    // the copies in this computer's cover folder.
    covers.fileCovers
        = backend == SqlDialect::Kind::SQLite ? FileCoverScope::LocalDisks : FileCoverScope::UserCoverFolder;
    covers.diskCacheFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                 .filePath(QStringLiteral("covers"));
    covers.userCoverFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("covers"));
    CoverPreferences::load().applyTo(covers);
    covers.network.userAgent = CoverSettings::userAgent();
    return covers;
}

} // namespace omt
