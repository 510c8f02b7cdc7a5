// omnimediatrak-cli: the console tool (DESIGN §10). Commands live in this
// folder, one class each, registered in CommandTable.cpp.

#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnimediatrak-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OmniMediaTrak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMT_VERSION_STRING));
    omt::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
