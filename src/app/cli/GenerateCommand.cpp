#include "GenerateCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "storage/HouseholdGeneration.h"
#include "storage/LibraryGeneration.h"

#include <QElapsedTimer>

#include <cstdio>
#include <limits>

namespace omt::cli {

namespace {
struct CountOption
{
    const char *name;
    const char *description;
    qint64 defaultValue;
};

#define OMT_TR(text) QT_TRANSLATE_NOOP("omt::cli::GenerateCommand", text)
const CountOption Counts[] = {
    { "media", OMT_TR("Number of catalogue items (default %1)."), 1000 },
    { "interactions", OMT_TR("Number of (user, item) interactions, spread over the users (default %1)."),
        2000 },
    { "users", OMT_TR("Number of users; the first is the owner profile (default %1)."), 2 },
    { "lists", OMT_TR("Number of manual lists of 20 to 500 items (default %1)."), 4 },
    { "seed", OMT_TR("The seed: the same seed gives the same library, ids included (default %1)."), 1 },
    { "batch-size", OMT_TR("Rows written per statement batch (default %1)."), BulkWriter::DefaultBatchSize },
};
#undef OMT_TR

QCommandLineOption option(const CountOption &count)
{
    return QCommandLineOption(QString::fromLatin1(count.name),
        GenerateCommand::tr(count.description).arg(count.defaultValue), QStringLiteral("N"),
        QString::number(count.defaultValue));
}

/// Progress on one terminal line, redrawn at most ten times a second.
class ProgressLine
{
public:
    void update(const QString &stage, qint64 done, qint64 total)
    {
        const bool finished = done >= total;
        if (!finished && m_stage == stage && m_timer.isValid() && m_timer.elapsed() < 100)
            return;
        m_timer.start();
        m_stage = stage;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        QString line = QStringLiteral("%1: %2 / %3 (%4%)").arg(stage).arg(done).arg(total).arg(percent);
        // Spaces rather than an ANSI erase sequence, which not every console understands.
        const qsizetype length = line.size();
        line = QLatin1Char('\r') + line.leftJustified(qMax(length, m_length));
        m_length = length;
        std::fputs(line.toLocal8Bit().constData(), stderr);
        if (finished) {
            std::fputs("\n", stderr);
            m_length = 0;
        }
        std::fflush(stderr);
    }

private:
    QString m_stage;
    QElapsedTimer m_timer;
    qsizetype m_length = 0;
};
} // namespace

QString GenerateCommand::summary() const
{
    return tr("Fill an empty library with a generated test library.");
}

QString GenerateCommand::description() const
{
    // Broken by hand: QCommandLineParser prints the description as it is.
    return summary() + QLatin1Char('\n')
        + tr("All or nothing: the whole library is written in one transaction, so an\n"
             "interrupted run (Ctrl+C, a killed process, a power cut) leaves the library\n"
             "as it was, and the same command can simply be run again.\n"
             "On a household server, run by an administrator: the generated users become\n"
             "members (reader1, reader2, …) with one password, read after yours, and each\n"
             "writes their own progress and lists; the administrator is the first user.");
}

QList<QCommandLineOption> GenerateCommand::options() const
{
    QList<QCommandLineOption> result;
    for (const CountOption &count : Counts)
        result.append(option(count));
    return result;
}

int GenerateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!arguments(parser).isEmpty())
        return context.usage(tr("generate takes no arguments, only options such as --media 1000."));
    QList<qint64> values;
    for (const CountOption &count : Counts) {
        bool ok = false;
        const QString text = parser.value(option(count));
        const qint64 value = text.toLongLong(&ok);
        const bool seed = qstrcmp(count.name, "seed") == 0;
        const qint64 min = qstrcmp(count.name, "batch-size") == 0 ? 1 : 0;
        const qint64 max = seed ? std::numeric_limits<qint64>::max() : 1000000000;
        if (!ok || value < min || value > max)
            return context.usage(tr("--%1 must be a whole number from %2 to %3, not “%4”.")
                                     .arg(QLatin1String(count.name))
                                     .arg(min)
                                     .arg(max)
                                     .arg(text));
        values.append(value);
    }
    GeneratorSpec spec;
    spec.media = int(values.at(0));
    spec.interactions = int(values.at(1));
    spec.users = int(values.at(2));
    spec.lists = int(values.at(3));
    spec.seed = quint64(values.at(4));
    const int batchSize = int(values.at(5));
    if (auto valid = spec.validate(); !valid)
        return context.usage(valid.error().message);

    if (auto stop = context.open(CliContext::Open::ForWriting))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;

    ProgressLine line;
    LibraryGeneration::Progress progress;
    if (Console::stderrIsTerminal())
        progress
            = [&line](const QString &stage, qint64 done, qint64 total) { line.update(stage, done, total); };
    Result<GenerationReport> report = GenerationReport {};
    if (context.isHouseholdServer()) {
        // Each generated user becomes a member who writes their own rows.
        auto password = context.readNewPassword(tr("the generated members"));
        if (!password)
            return context.fail(password.error());
        report = HouseholdGeneration(context.database(), batchSize).run(spec, *password, progress);
    } else {
        report = LibraryGeneration(context.database(), batchSize).run(spec, progress);
    }
    if (!report)
        return context.fail(report.error());

    const double seconds = qMax<qint64>(1, report->milliseconds) / 1000.0;
    const qint64 mediaMilliseconds = qMax<qint64>(1, report->mediaMilliseconds);
    context.out() << tr(
        "Generated %1 media (%2 links, %3 relationships), %4 interactions, %5 new users, %6 lists "
        "with %7 items in %8 s: %9 rows/s, media %10 items/s.")
                         .arg(report->media)
                         .arg(report->links)
                         .arg(report->relationships)
                         .arg(report->interactions)
                         .arg(report->users)
                         .arg(report->lists)
                         .arg(report->listItems)
                         .arg(seconds, 0, 'f', 1)
                         .arg(qRound64(double(report->rows()) / seconds))
                         .arg(qRound64(double(report->media) * 1000.0 / double(mediaMilliseconds)))
                  << '\n';
    return ExitOk;
}

} // namespace omt::cli
