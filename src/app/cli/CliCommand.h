#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace omt::cli {

class CliContext;

/// Process exit codes of omnimediatrak-cli.
enum ExitCode : int {
    ExitOk = 0,
    /// The command was understood but failed (no library, server down, …).
    ExitFailure = 1,
    /// The command line itself is wrong (unknown command or option, bad number).
    ExitUsage = 2,
};

/// One subcommand of omnimediatrak-cli ("init", "search", …). A command
/// declares its options; the application parses them together with the
/// global ones (--db, --verbose) and hands the result to run().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    /// The word on the command line.
    virtual QString name() const = 0;
    /// One line for the list of commands in --help.
    virtual QString summary() const = 0;
    /// What the command's own --help says about it: the summary, or more
    /// where a user must know more before running it.
    virtual QString description() const { return summary(); }
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// Adds the positional arguments after the command word, for parsing and help.
    virtual void addPositionalArguments(QCommandLineParser &parser) const { Q_UNUSED(parser); }

    /// Runs the command and returns the exit code; errors are reported
    /// through the context (one line on standard error).
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;

protected:
    /// The positional arguments after the command word.
    static QStringList arguments(const QCommandLineParser &parser)
    {
        return parser.positionalArguments().mid(1);
    }
};

/// Every command of the tool, in the order --help lists them (CommandTable.cpp).
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace omt::cli
