#include "BenchCommand.h"

#include "CliContext.h"
#include "StorageBenchmark.h"

#include <QCoreApplication>

namespace omt::cli {

QString BenchCommand::summary() const
{
    return QCoreApplication::translate("omt::cli::BenchCommand",
        "Measure search, paging, smart lists and list moves on the library (not changed).");
}

int BenchCommand::run(CliContext &context, const QCommandLineParser &)
{
    if (auto stop = context.open(CliContext::Open::ForWriting))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;

    QTextStream &out = context.out();
    StorageBenchmark benchmark(
        context.database(),
        [&out](const QString &name, double value, const QString &unit) {
            out << name << '\t' << value << '\t' << unit << '\n';
            out.flush();
        },
        context.isHouseholdServer() ? StorageBenchmark::Account::HouseholdMember
                                    : StorageBenchmark::Account::LibraryOwner);
    if (auto done = benchmark.run(); !done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace omt::cli
