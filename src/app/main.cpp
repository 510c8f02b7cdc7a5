// The composition root of the desktop application: builds the services and
// hands them to the library switcher, which opens the library and its window.

#include "models/ConnectionProfile.h"
#include "models/ConnectionProfiles.h"
#include "net/CredentialStore.h"
#include "ui/app/AppPaths.h"
#include "ui/app/LibrarySwitcher.h"
#include "ui/app/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace {
/// The library to open first: the one on the command line, otherwise the
/// one opened last (a file that has gone since falls back to this
/// computer's library), otherwise this computer's library.
omt::ConnectionProfile firstProfile(omt::ConnectionProfiles &profiles, const QString &libraryOption)
{
    if (!libraryOption.isEmpty())
        return omt::ConnectionProfile::libraryFile(libraryOption);
    if (auto last = profiles.last()) {
        if (last->kind == omt::ConnectionProfile::Kind::Server || QFileInfo::exists(last->filePath))
            return *last;
    }
    return omt::ConnectionProfile::libraryFile(omt::AppPaths::defaultLibraryPath());
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
        QApplication::translate(
            "main", "Open the library file at <path> (default: the library opened last, or %1).")
            .arg(omt::AppPaths::defaultLibraryPath()),
        QStringLiteral("path"));
    parser.addOption(libraryOption);
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
        QApplication::translate("main",
            "Open the library read-only. A library that cannot be written is always opened read-only."));
    parser.addOption(readOnlyOption);
    parser.process(app);

    QSettings settings;
    omt::CredentialStore keychain(QStringLiteral("OmniMediaTrak"));
    omt::LibrarySwitcher switcher(settings, &keychain);
    const QString libraryPath
        = parser.isSet(libraryOption) ? QFileInfo(parser.value(libraryOption)).absoluteFilePath() : QString();
    switcher.start(firstProfile(switcher.profiles(), libraryPath), parser.isSet(readOnlyOption));
    return QApplication::exec();
}
