#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `import --format F [--dry-run] [--user NAME] FILE`: reads another
/// tracker's export into one person's library and prints what it did (or,
/// with --dry-run, would do): rows to create, update and leave, and every
/// row it could not take, with file and line.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void addPositionalArguments(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
