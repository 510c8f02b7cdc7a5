#pragma once

#include "CliCommand.h"

namespace omt::cli {

/// `bench`: the storage benchmark (StorageBenchmark) on the library given
/// with --db, one `name<TAB>value<TAB>unit` line per figure.
class BenchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
