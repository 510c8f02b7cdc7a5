#include "BenchCommand.h"

#include "CliContext.h"
#include "ImportBenchmark.h"
#include "StorageBenchmark.h"
#include "storage/UserRepository.h"

namespace omt::cli {

namespace {

constexpr int MaxImportRows = 10000000;

QCommandLineOption importOption()
{
    return QCommandLineOption(QStringLiteral("import"),
        BenchCommand::tr(
            "Measure importing a generated Goodreads export of N rows instead, twice (adds to the "
            "library: use a copy or a bench server)."),
        QStringLiteral("N"));
}

QCommandLineOption seedOption()
{
    return QCommandLineOption(QStringLiteral("seed"),
        BenchCommand::tr(
            "With --import: what the export is made from; a new seed makes new items (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
}

StorageBenchmark::Report reportTo(QTextStream &out)
{
    return [&out](const QString &name, double value, const QString &unit) {
        out << name << '\t' << value << '\t' << unit << '\n';
        out.flush();
    };
}

int runImport(CliContext &context, const QCommandLineParser &parser);

} // namespace

QString BenchCommand::summary() const
{
    return tr("Measure search, paging, smart lists and list moves on the library (not changed).");
}

QList<QCommandLineOption> BenchCommand::options() const
{
    return { importOption(), seedOption() };
}

int BenchCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(importOption()))
        return runImport(context, parser);
    if (auto stop = context.open(CliContext::Open::ForWriting))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;

    StorageBenchmark benchmark(context.database(), reportTo(context.out()),
        context.isHouseholdServer() ? StorageBenchmark::Account::HouseholdMember
                                    : StorageBenchmark::Account::LibraryOwner);
    if (auto done = benchmark.run(); !done)
        return context.fail(done.error());
    return ExitOk;
}

namespace {

int runImport(CliContext &context, const QCommandLineParser &parser)
{
    bool rowsOk = false;
    const int rows = parser.value(importOption()).toInt(&rowsOk);
    if (!rowsOk || rows < 1 || rows > MaxImportRows)
        return context.usage(
            BenchCommand::tr("--import must be a number of rows from 1 to %1.").arg(MaxImportRows));
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption()).toULongLong(&seedOk);
    if (!seedOk || seed == 0 || seed > 1000000)
        return context.usage(BenchCommand::tr("--seed must be a number from 1 to 1000000."));
    if (auto stop = context.open(CliContext::Open::ForWriting))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;
    QUuid userId = context.memberId();
    if (!context.isHouseholdServer()) {
        auto owner = UserRepository(context.database()).ensureOwnerProfile();
        if (!owner)
            return context.fail(owner.error());
        userId = owner->id;
    }
    ImportBenchmark benchmark(context.database(), userId, reportTo(context.out()));
    if (auto done = benchmark.run(rows, seed); !done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

} // namespace omt::cli
