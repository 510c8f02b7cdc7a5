#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `bench`: the storage benchmark (StorageBenchmark) on the library given
/// with --db, one `name<TAB>value<TAB>unit` line per figure. With --import N,
/// the import benchmark (ImportBenchmark) instead, which adds to the library.
class BenchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
