// omnimediatrak-bench-ui: opens a library in the real window on the offscreen
// platform and measures startup, search, sorting and scrolling (DESIGN §10).

#include "UiBenchmark.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Real widgets without a display, unless the caller asked for one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omnimediatrak-bench-ui"));
    // Window and column layout of a first start, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    omt::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the library window on a library (e.g. one made with "
                       "`omnimediatrak-cli generate`). Prints name<TAB>value<TAB>unit."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("The library file to open."), QStringLiteral("path"));
    parser.addOption(libraryOption);
    parser.process(app);
    if (!parser.isSet(libraryOption)) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: --library PATH is required.\n";
        return 2;
    }

    omt::ConnectionSettings settings;
    settings.backend = omt::SqlDialect::Kind::SQLite;
    settings.sqlitePath = QFileInfo(parser.value(libraryOption)).absoluteFilePath();
    settings.createIfMissing = false;
    omt::Database database(settings);
    if (auto migrated = omt::Migrator(database).migrate(); !migrated) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << migrated.error().message << '\n';
        return 1;
    }
    auto owner = omt::UserRepository(database).ensureOwnerProfile();
    if (!owner) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: " << owner.error().message << '\n';
        return 1;
    }
    database.closeThreadConnection();

    omt::AsyncStorage storage(database);
    omt::LibraryWindow window(storage, *owner, QFileInfo(settings.sqlitePath).completeBaseName());
    window.resize(1280, 800);
    window.show();
    omt::UiBenchmark benchmark(window, sinceStart);
    return benchmark.run() ? 0 : 1;
}
