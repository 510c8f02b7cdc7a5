#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `user add|reset|passwd|disable|enable|role|list|events`: a household
/// server's accounts. An administrator (the member in --db) manages the
/// others; `user passwd` changes the connecting member's own password.
class UserCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void addPositionalArguments(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    static int add(CliContext &context, const QString &username, bool admin);
    static int reset(CliContext &context, const QString &username);
    static int passwd(CliContext &context);
    static int list(CliContext &context);
    static int events(CliContext &context, int count);
};

} // namespace omt::cli
