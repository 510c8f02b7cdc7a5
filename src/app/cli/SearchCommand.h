#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace omt::cli {

/// `search TEXT`: search as you type (titles first, then full text), one
/// result per line: id, media type, title, year (empty when unknown), tab-separated.
class SearchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void addPositionalArguments(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace omt::cli
