#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace omt::cli {

/// Parses the command line (global options, the command word, the
/// command's own options), prints help and version, and runs the command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /// Runs with the full argument list (program name first); returns the exit code.
    int run(const QStringList &arguments);

private:
    CliCommand *find(const QString &name) const;
    /// The first argument that is neither an option nor an option's value.
    QString commandWord(const QStringList &arguments) const;
    QString generalHelp() const;
    int usage(const QString &message) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace omt::cli
