// The composition root of the desktop application: builds the services and
// hands them to the window.

#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/app/StartupError.h"
#include "ui/library/LibraryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace {
QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.omt"));
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

    // The application's own strings, then Qt's (dialog buttons and the like).
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("omnimediatrak"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Track everything you read, watch, play and listen to."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "Open the library file at <path> (default: %1).").arg(defaultLibraryPath()),
        QStringLiteral("path"));
    parser.addOption(libraryOption);
    parser.process(app);

    omt::ConnectionSettings settings;
    settings.backend = omt::SqlDialect::Kind::SQLite;
    settings.sqlitePath = QFileInfo(parser.isSet(libraryOption) ? parser.value(libraryOption) : defaultLibraryPath())
                              .absoluteFilePath();
    settings.createIfMissing = true;
    omt::Database database(settings);

    // Creating or updating the schema of a local library takes milliseconds;
    // it happens before any window exists.
    omt::Migrator migrator(database);
    if (auto migrated = migrator.migrate(); !migrated) {
        omt::showStartupError(migrated.error().message);
        return 1;
    }
    if (auto owner = omt::UserRepository(database).ensureOwnerProfile(); !owner) {
        omt::showStartupError(owner.error().message);
        return 1;
    }
    database.closeThreadConnection();

    int exitCode = 0;
    {
        omt::AsyncStorage storage(database);
        omt::LibraryWindow window(storage, QFileInfo(settings.sqlitePath).completeBaseName());
        window.show();
        exitCode = QApplication::exec();
    }
    return exitCode;
}
