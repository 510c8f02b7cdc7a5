#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `server init --admin NAME` sets a PostgreSQL database up as a household
/// server, or upgrades it (as the superuser); `server check` reports whether
/// it is safe, exiting 1 when it is not.
class ServerCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::ServerCommand)

public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void addPositionalArguments(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    static int init(CliContext &context, const QCommandLineParser &parser);
    static int check(CliContext &context);
};

} // namespace omt::cli
