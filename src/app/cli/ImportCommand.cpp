#include "ImportCommand.h"

#include "CliContext.h"
#include "importexport/ImportFormats.h"
#include "storage/LibraryImport.h"
#include "storage/UserRepository.h"

#include <QFileInfo>
#include <QLocale>

namespace omt::cli {

namespace {

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
        ImportCommand::tr("The export's format: %1, or auto to detect it.")
            .arg(ImportFormats::names().join(QStringLiteral(", "))),
        QStringLiteral("format"));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(
        QStringLiteral("dry-run"), ImportCommand::tr("Only say what the import would do; change nothing."));
}

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
        ImportCommand::tr("Import into this user's library (a library file: default the owner profile)."),
        QStringLiteral("name"));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import another tracker's export (Goodreads, StoryGraph, IMDb).");
}

QString ImportCommand::description() const
{
    return summary() + QLatin1Char('\n')
        + tr("Importing the same file again changes nothing; a newer export updates what changed. Everything "
             "is imported in one transaction: when a file cannot be read to its end, nothing is imported. "
             "On a household server the import goes to the signed-in member.");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return { formatOption(), dryRunOption(), userOption() };
}

void ImportCommand::addPositionalArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The export file."), QStringLiteral("FILE"));
}

int ImportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList files = arguments(parser);
    if (files.size() != 1)
        return context.usage(tr("import needs exactly one export file."));
    if (!parser.isSet(formatOption()))
        return context.usage(tr("import needs --format (%1, or auto).")
                                 .arg(ImportFormats::names().join(QStringLiteral(", "))));
    const QString &path = files.first();
    const QString formatName = parser.value(formatOption());
    std::optional<ImportFormat> format;
    if (formatName.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        auto detected = ImportFormats::detect(path);
        if (!detected)
            return context.fail(detected.error());
        format = *detected;
        context.out() << tr("Format: %1 (detected).").arg(ImportFormats::displayName(*format)) << Qt::endl;
    } else {
        format = ImportFormats::fromName(formatName);
        if (!format)
            return context.usage(tr("Unknown format “%1”; known are %2, and auto.")
                                     .arg(formatName, ImportFormats::names().join(QStringLiteral(", "))));
    }

    // The file is checked before the library is opened: a wrong file is the caller's mistake.
    std::unique_ptr<ImportReader> reader = ImportFormats::reader(*format, path);
    if (auto opened = reader->open(); !opened)
        return context.fail(opened.error());

    const bool dryRun = parser.isSet(dryRunOption());
    if (auto stop = context.open(dryRun ? CliContext::Open::Existing : CliContext::Open::ForWriting))
        return *stop;
    if (auto stop = context.requireCurrentSchema())
        return *stop;

    QUuid userId;
    if (context.isHouseholdServer()) {
        if (parser.isSet(userOption()))
            return context.usage(
                tr("On a household server the import goes to the signed-in member; leave out --user."));
        userId = context.memberId();
    } else {
        UserRepository users(context.database());
        auto user = parser.isSet(userOption()) ? users.findByUsername(parser.value(userOption()))
                                               : users.ensureOwnerProfile();
        if (!user)
            return context.fail(user.error());
        userId = user->id;
    }

    LibraryImport importer(context.database(), userId, reader->sourceName());
    const auto tally = importer.run(reader->batches(ImportReader::DefaultBatchSize),
        dryRun ? LibraryImport::Mode::DryRun : LibraryImport::Mode::Write);

    QTextStream &out = context.out();
    for (const QString &notice : reader->notices())
        out << notice << Qt::endl;
    if (!tally)
        return context.fail(tally.error());

    out << tr("Read %1 rows from “%2”.").arg(number(tally->rows), QFileInfo(path).fileName()) << Qt::endl;
    out << tr("To create: %1, to update: %2, unchanged: %3.")
               .arg(number(tally->created), number(tally->updated), number(tally->unchanged))
        << Qt::endl;
    out << tr("New catalogue items: %1; new lists: %2.").arg(number(tally->newMedia), number(tally->newLists))
        << Qt::endl;
    QList<ImportProblem> problems = reader->problems();
    for (ImportProblem problem : importer.problems()) {
        problem.file = QFileInfo(path).fileName();
        problems.append(problem);
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    const qint64 problemCount = reader->problemCount() + importer.problems().size();
    if (problemCount > 0) {
        out << tr("Problems: %1.").arg(number(problemCount)) << Qt::endl;
        for (const ImportProblem &problem : std::as_const(problems))
            out << QStringLiteral("  %1:%2: %3")
                       .arg(problem.file, QString::number(problem.line), problem.message)
                << Qt::endl;
        if (problemCount > problems.size())
            out << tr("  … and %1 more.").arg(number(problemCount - problems.size())) << Qt::endl;
    }
    out << (dryRun ? tr("Dry run: nothing was changed.") : tr("Imported.")) << Qt::endl;
    return context.finish(ExitOk);
}

} // namespace omt::cli
