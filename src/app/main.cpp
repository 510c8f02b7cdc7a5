// The composition root of the desktop application: builds the services and
// hands them to the window.

#include "models/LibraryService.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/app/StartupError.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryCheckController.h"
#include "ui/library/LibraryWindow.h"
#include "ui/library/ReadOnlyMode.h"
#include "ui/settings/CoverPreferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

namespace {
QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.omt"));
}
/// A read-only library is used as it is: its schema must already be this
/// build's, and its owner profile must exist.
omt::Result<omt::User> openReadOnly(omt::Database &database)
{
    omt::Migrator migrator(database);
    if (auto checked = migrator.checkNotNewer(); !checked)
        return checked.error();
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    if (*version < migrator.latestVersion())
        return omt::Error { omt::Error::Code::Unavailable,
            QApplication::translate("main",
                "The library “%1” needs an update to open in this version, and it cannot be written. "
                "Copy it to a place where it can be written, or open it with an older version.")
                .arg(database.settings().displayName()),
            {}, {} };
    // The owner profile is the one ensureOwnerProfile() makes.
    return omt::UserRepository(database).findByUsername(QStringLiteral("owner"));
}

/// Where covers live, the cache sizes chosen in the preferences, and which
/// `file:` covers the library may use.
omt::CoverSettings coverSettings(omt::SqlDialect::Kind backend)
{
    omt::CoverSettings covers;
    // A library file is the user's own; on a household server every member
    // sets cover addresses for everyone, so file: covers there may only be
    // the copies in this computer's cover folder.
    covers.fileCovers = backend == omt::SqlDialect::Kind::SQLite ? omt::FileCoverScope::LocalDisks
                                                                 : omt::FileCoverScope::UserCoverFolder;
    covers.diskCacheFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                 .filePath(QStringLiteral("covers"));
    covers.userCoverFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("covers"));
    omt::CoverPreferences::load().applyTo(covers);
    covers.network.userAgent = omt::CoverSettings::userAgent();
    return covers;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OmniMediaTrak"));
    QApplication::setOrganizationName(QStringLiteral("OmniMediaTrak"));
    QApplication::setApplicationVersion(QStringLiteral(OMT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("omnimediatrak"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/omnimediatrak.svg")));

    omt::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Track everything you read, watch, play and listen to."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QApplication::translate("main", "Open the library file at <path> (default: %1).")
            .arg(defaultLibraryPath()),
        QStringLiteral("path"));
    parser.addOption(libraryOption);
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
        QApplication::translate("main",
            "Open the library read-only. A library that cannot be written is always opened read-only."));
    parser.addOption(readOnlyOption);
    parser.process(app);

    omt::ConnectionSettings settings;
    settings.backend = omt::SqlDialect::Kind::SQLite;
    settings.sqlitePath
        = QFileInfo(parser.isSet(libraryOption) ? parser.value(libraryOption) : defaultLibraryPath())
              .absoluteFilePath();
    settings.createIfMissing = true;
    settings.readOnly = parser.isSet(readOnlyOption);
    omt::Database database(settings);

    // Creating or updating the schema of a local library takes milliseconds;
    // it happens before any window exists.
    auto owner = [&database]() -> omt::Result<omt::User> {
        if (database.isReadOnly())
            return openReadOnly(database);
        omt::Migrator migrator(database);
        if (auto migrated = migrator.migrate(); !migrated)
            return migrated.error();
        return omt::UserRepository(database).ensureOwnerProfile();
    }();
    if (!owner) {
        omt::showStartupError(owner.error().message);
        return 1;
    }
    database.closeThreadConnection();

    int exitCode = 0;
    {
        omt::AsyncStorage storage(database);
        omt::LibraryService service(storage, owner->id);
        omt::CoverLoader covers(coverSettings(settings.backend));
        omt::LibraryWindow window(service, covers, *owner, QFileInfo(settings.sqlitePath).completeBaseName());
        if (database.isReadOnly())
            omt::ReadOnlyMode::apply(window,
                settings.readOnly
                    ? QApplication::translate("main", "The library is open read-only, as asked.")
                    : QApplication::translate("main",
                        "The library file cannot be written (read-only media, or no permission), "
                        "so it is open read-only."));
        new omt::LibraryCheckController(window, service);
        window.show();
        exitCode = QApplication::exec();
    }
    return exitCode;
}
