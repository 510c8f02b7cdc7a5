#include "SmartCommand.h"

#include "CliContext.h"
#include "MediaLines.h"
#include "core/FilterParser.h"
#include "storage/SmartListQuery.h"
#include "storage/UserRepository.h"

#include <QFile>

namespace omt::cli {

namespace {
// Without a limit in the filter, at most this many items are printed.
constexpr int MaxItems = 100000;
constexpr int PageSize = 5000;
// A filter is a few kilobytes; anything much larger is the wrong file (or
// /dev/zero), which must not be read into memory whole.
constexpr qint64 MaxFilterBytes = 1024 * 1024;

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
        SmartCommand::tr("Evaluate for this user (their status, ratings, lists)."), QStringLiteral("name"));
}
} // namespace

QString SmartCommand::summary() const
{
    return tr("List the items a smart-list filter matches.");
}

QList<QCommandLineOption> SmartCommand::options() const
{
    return { userOption() };
}

void SmartCommand::addPositionalArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("filter"),
        tr("The filter document (JSON), or - for standard input."), QStringLiteral("FILE.json"));
}

int SmartCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList files = arguments(parser);
    if (files.size() != 1)
        return context.usage(tr("smart needs exactly one filter file."));
    if (!parser.isSet(userOption()))
        return context.usage(tr("smart needs --user NAME."));

    // The document is checked before the library is opened: a bad filter is the caller's mistake.
    QFile file;
    const bool opened = files.first() == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(files.first()), file.open(QIODevice::ReadOnly));
    if (!opened)
        return context.fail(Error { Error::Code::Io, tr("Cannot read the filter “%1”.").arg(files.first()),
            file.errorString(), files.first() });
    // A pipe hands over what it holds so far: read until the end or the cap.
    QByteArray document;
    while (document.size() <= MaxFilterBytes) {
        const QByteArray chunk = file.read(MaxFilterBytes + 1 - document.size());
        if (chunk.isEmpty())
            break;
        document += chunk;
    }
    if (document.size() > MaxFilterBytes)
        return context.fail(Error { Error::Code::InvalidInput,
            tr("The filter “%1” is larger than 1 MB; a filter document is a few kilobytes.")
                .arg(files.first()),
            {}, files.first() });
    if (file.error() != QFileDevice::NoError)
        return context.fail(Error { Error::Code::Io, tr("Cannot read the filter “%1”.").arg(files.first()),
            file.errorString(), files.first() });
    const auto filter = FilterParser::parse(document);
    if (!filter)
        return context.fail(filter.error());

    if (auto stop = context.open(CliContext::Open::Existing))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;
    const auto user = UserRepository(context.database()).findByUsername(parser.value(userOption()));
    if (!user)
        return context.fail(user.error());
    // Page by page, so that a large result is not held twice.
    SmartListQuery query(context.database());
    const int total = filter->limit.value_or(MaxItems);
    for (int offset = 0; offset < total; offset += PageSize) {
        const auto items = query.items(*filter, user->id, offset, qMin(PageSize, total - offset));
        if (!items)
            return context.fail(items.error());
        writeMediaLines(context.out(), *items);
        if (items->size() < qMin(PageSize, total - offset))
            break;
    }
    return ExitOk;
}

} // namespace omt::cli
