#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `init`: creates a library (a SQLite file is created; a PostgreSQL
/// database must exist) or brings its schema up to date, and makes sure a
/// local library has its owner profile.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
