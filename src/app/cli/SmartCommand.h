#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `smart --user NAME FILE.json`: the items a smart-list filter (DESIGN §5)
/// matches for that user, in the filter's order, printed like `search`.
class SmartCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::SmartCommand)

public:
    QString name() const override { return QStringLiteral("smart"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void addPositionalArguments(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
