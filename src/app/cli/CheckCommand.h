#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `check`: checks a library file (LibraryCheck) and lists what is wrong.
/// Exit 0 when it is intact, 1 with a summary when it is damaged.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
