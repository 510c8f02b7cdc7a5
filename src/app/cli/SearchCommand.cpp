#include "SearchCommand.h"

#include "CliContext.h"
#include "MediaLines.h"
#include "storage/MediaRepository.h"

namespace omt::cli {

namespace {
constexpr int DefaultLimit = 20;
constexpr int MaxLimit = 5000;

QCommandLineOption limitOption()
{
    return QCommandLineOption(QStringLiteral("limit"),
        SearchCommand::tr("Show at most N results (default %1, at most %2).").arg(DefaultLimit).arg(MaxLimit),
        QStringLiteral("N"), QString::number(DefaultLimit));
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Search titles, creators and descriptions.");
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return { limitOption() };
}

void SearchCommand::addPositionalArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("text"),
        tr("What to search for; the last word may be incomplete."), QStringLiteral("text..."));
}

int SearchCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString text = arguments(parser).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return context.usage(tr("search needs the text to search for."));
    bool ok = false;
    const int limit = parser.value(limitOption()).toInt(&ok);
    if (!ok || limit < 1 || limit > MaxLimit)
        return context.usage(tr("--limit must be a number from 1 to %1.").arg(MaxLimit));

    if (auto stop = context.open(CliContext::Open::Existing))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;

    const auto results = MediaRepository(context.database()).search(text, limit);
    if (!results)
        return context.fail(results.error());
    writeMediaLines(context.out(), *results);
    return ExitOk;
}

} // namespace omt::cli
