#include "CliApplication.h"

#include "CliContext.h"
#include "Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <cstdio>

namespace omt::cli {

namespace {
QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        CliApplication::tr("The library: a SQLite file, or "
                           "postgresql://user@host:port/database?sslmode=verify-full. "
                           "A password is asked for (or read from standard input), never given here."),
        QStringLiteral("location"));
}

QCommandLineOption verboseOption()
{
    return QCommandLineOption(
        QStringLiteral("verbose"), CliApplication::tr("Add technical details to error messages."));
}

QCommandLineOption readOnlyOption()
{
    return QCommandLineOption(QStringLiteral("read-only"),
        CliApplication::tr(
            "Open the library file read-only. A library that cannot be written (read-only media, "
            "no write permission) is always opened read-only; commands that read it work, "
            "commands that change it fail."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(
        { QStringLiteral("h"), QStringLiteral("help") }, CliApplication::tr("Show this help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption(
        { QStringLiteral("v"), QStringLiteral("version") }, CliApplication::tr("Show the version."));
}

/// Help text with the program's name rather than the path it was started by.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    if (!program.isEmpty() && at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QCoreApplication::applicationName());
    return text;
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

CliApplication::CliApplication()
    : m_commands(allCommands())
{ }

CliApplication::~CliApplication() = default;

CliCommand *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::commandWord(const QStringList &arguments) const
{
    // Options that take a value, so that a value is not taken for the command.
    QSet<QString> valued = { QStringLiteral("db") };
    for (const auto &command : m_commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (!option.valueName().isEmpty())
                valued.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
        }
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return arguments.value(i + 1);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
            return argument;
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && valued.contains(name))
            ++i; // skip the value
    }
    return {};
}

QString CliApplication::generalHelp() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OmniMediaTrak console tool: create, fill and query libraries."));
    parser.addOption(helpOption());
    parser.addOption(versionOption());
    parser.addOption(dbOption());
    parser.addOption(readOnlyOption());
    parser.addOption(verboseOption());
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below."),
        QStringLiteral("command [command options]"));
    QString text = helpText(parser);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    text += QLatin1Char('\n')
        + tr("Run “%1 COMMAND --help” for a command's options.").arg(QCoreApplication::applicationName())
        + QLatin1Char('\n');
    return text;
}

int CliApplication::usage(const QString &message) const
{
    // The parser's messages quote what was typed.
    print(stderr,
        QCoreApplication::applicationName() + QStringLiteral(": ")
            + Console::printable(message, Console::Backslashes::Keep) + QLatin1Char('\n'));
    return ExitUsage;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString word = commandWord(arguments);
    CliCommand *command = word.isEmpty() ? nullptr : find(word);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    const QCommandLineOption db = dbOption();
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption verbose = verboseOption();
    const QCommandLineOption readOnly = readOnlyOption();
    parser.addOption(db);
    parser.addOption(readOnly);
    parser.addOption(verbose);
    if (command) {
        parser.setApplicationDescription(command->description());
        parser.addPositionalArgument(
            command->name(), command->summary(), command->name() + QStringLiteral(" [options]"));
        parser.addOptions(command->options());
        command->addPositionalArguments(parser);
    }
    if (!parser.parse(arguments))
        return usage(parser.errorText() + QLatin1Char(' ')
            + tr("Run “%1 --help” for the usage.").arg(QCoreApplication::applicationName()));

    if (parser.isSet(help)) {
        print(stdout, command ? helpText(parser) : generalHelp());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        print(stdout,
            QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                + QLatin1Char('\n'));
        return ExitOk;
    }
    if (word.isEmpty())
        return usage(tr("No command given. Run “%1 --help” for the commands.")
                         .arg(QCoreApplication::applicationName()));
    if (!command)
        return usage(tr("Unknown command “%1”. Run “%2 --help” for the commands.")
                         .arg(word, QCoreApplication::applicationName()));

    // Storage logs a failed statement as a warning, with the statement; here
    // the error is said once, in one line, and --verbose adds its technical
    // side, the log included. QT_LOGGING_RULES still overrides this.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("omt.storage.warning=false"));
    CliContext context(
        QCoreApplication::applicationName(), parser.value(db), parser.isSet(verbose), parser.isSet(readOnly));
    return context.finish(command->run(context, parser));
}

} // namespace omt::cli
