#include "CheckCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "storage/LibraryCheck.h"

#include <cstdio>

namespace omt::cli {

QString CheckCommand::summary() const
{
    return tr("Check a library file for damage (pages, indexes, references); exit 1 when damaged.");
}

int CheckCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!arguments(parser).isEmpty())
        return context.usage(tr("check takes no arguments."));
    // No schema check first: a damaged library may not even say its version.
    if (auto stop = context.open(CliContext::Open::Existing))
        return *stop;

    const bool terminal = Console::stderrIsTerminal();
    LibraryCheck check(context.database());
    const auto report = check.run([terminal](int done, int total) {
        if (!terminal)
            return;
        std::fputs(tr("\rChecking: step %1 of %2").arg(done).arg(total).toLocal8Bit().constData(), stderr);
        if (done == total)
            std::fputs("\n", stderr);
        std::fflush(stderr);
    });
    if (!report)
        return context.fail(report.error());

    // The findings go to standard output, one per line; the verdict is the
    // exit code and, when damaged, the one-line error.
    for (const QString &problem : report->fileProblems)
        context.out() << Console::printable(problem, Console::Backslashes::Keep) << '\n';
    for (const QString &problem : report->referenceProblems)
        context.out() << Console::printable(problem, Console::Backslashes::Keep) << '\n';
    if (report->damaged()) {
        context.printError(report->summary());
        return ExitFailure;
    }
    context.out() << report->summary() << '\n';
    return ExitOk;
}

} // namespace omt::cli
