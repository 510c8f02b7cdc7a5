#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `generate`: fills an empty library with a realistic, deterministic test
/// library (LibraryGenerator) and prints a one-line summary with the rate.
/// Progress goes to standard error, only when it is a terminal.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
