#pragma once

// What the tests of omnimediatrak-cli share: running the real tool (path from
// the build: OMT_CLI_PATH) and reading what a user of it sees.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace omt::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the tool with `arguments`, `input` on its standard input, under
/// `wrapper` (a program and its arguments) when one is given.
inline Run cli(const QStringList &arguments, const QByteArray &input = {}, const QStringList &wrapper = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The password must come from standard input, not from libpq's environment.
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(environment);
    if (wrapper.isEmpty())
        process.start(QStringLiteral(OMT_CLI_PATH), arguments);
    else
        process.start(
            wrapper.first(), wrapper.mid(1) + QStringList { QStringLiteral(OMT_CLI_PATH) } + arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1; stdout: %2; stderr: %3")
        .arg(run.exitCode)
        .arg(run.out.left(500), run.err);
}

/// One line on standard error, "omnimediatrak-cli: …".
inline bool isOneLineError(const Run &run)
{
    return run.err.startsWith(QLatin1String("omnimediatrak-cli: ")) && run.err.endsWith(QLatin1Char('\n'))
        && run.err.count(QLatin1Char('\n')) == 1;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline Run search(const QString &db, const QString &text, int limit, const QByteArray &input = {})
{
    return cli({ QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--limit"),
                   QString::number(limit), text },
        input);
}

inline const QStringList SmallLibrary = { QStringLiteral("generate"), QStringLiteral("--media"),
    QStringLiteral("300"), QStringLiteral("--interactions"), QStringLiteral("600"), QStringLiteral("--users"),
    QStringLiteral("3"), QStringLiteral("--lists"), QStringLiteral("4"), QStringLiteral("--seed"),
    QStringLiteral("20240") };

/// init + generate the small library into a new SQLite file.
inline void makeSqliteLibrary(const QString &file, const QStringList &generate = SmallLibrary)
{
    const Run init = cli({ QStringLiteral("--db"), file, QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    const Run generated = cli(QStringList { QStringLiteral("--db"), file } + generate);
    QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
    QVERIFY2(generated.out.contains(QLatin1String("rows/s")), qPrintable(generated.out));
    QCOMPARE(generated.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(generated.err.isEmpty(), qPrintable(generated.err)); // no progress: stderr is not a terminal
}

} // namespace omt::test
