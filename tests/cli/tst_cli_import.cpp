#include "CliTest.h"

#include <QTemporaryDir>

using namespace omt::test;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(OMT_IMPORT_DATA "/") + QString::fromLatin1(name);
}

Run import(const QString &db, const QStringList &arguments)
{
    return cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("import") } + arguments);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.omt"));
        const Run init = cli({ QStringLiteral("--db"), m_db, QStringLiteral("init") });
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    }

    void previewThenImportThenNothingToDo()
    {
        const QStringList goodreads { QStringLiteral("--format"), QStringLiteral("auto"),
            sample("goodreads_library_export.csv") };
        const QByteArray before = fileHash(m_db);

        const Run preview = import(m_db, QStringList { QStringLiteral("--dry-run") } + goodreads);
        QVERIFY2(preview.exitCode == 0, qPrintable(describe(preview)));
        QVERIFY2(preview.out.contains(QStringLiteral("Format: Goodreads library export (detected).")),
            qPrintable(preview.out));
        QVERIFY2(preview.out.contains(QStringLiteral("To create: 5, to update: 0, unchanged: 0.")),
            qPrintable(preview.out));
        QVERIFY2(preview.out.contains(
                     QStringLiteral("goodreads_library_export.csv:7: The row has no title; left out.")),
            qPrintable(preview.out));
        QVERIFY(preview.out.contains(QStringLiteral("Dry run: nothing was changed.")));
        QCOMPARE(search(m_db, QStringLiteral("hobbit"), 5).out, QString());
        QCOMPARE(fileHash(m_db), before);

        const Run imported = import(m_db, goodreads);
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        QVERIFY2(imported.out.contains(QStringLiteral("To create: 5, to update: 0, unchanged: 0.")),
            qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("New catalogue items: 5; new lists: 4.")));
        QVERIFY(search(m_db, QStringLiteral("hobbit"), 5).out.contains(QStringLiteral("The Hobbit")));

        const Run again = import(m_db, goodreads);
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("To create: 0, to update: 0, unchanged: 5.")),
            qPrintable(again.out));
        QCOMPARE(search(m_db, QStringLiteral("hobbit"), 5).out.count(QLatin1Char('\n')), 1);
    }

    void saysWhenAFileWasConverted()
    {
        const Run run = import(m_db,
            { QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("goodreads"),
                sample("goodreads_old_windows1252.csv") });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Windows-1252")), qPrintable(run.out));
    }

    void refusesFilesItCannotReadAndKeepsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        const QByteArray header = "Book Id,Title,Author,Exclusive Shelf\n";
        QTest::newRow("another kind of file")
            << QByteArray("Date,Name,Year,Letterboxd URI\n2020-01-01,Heat,1995,x\n") << QStringLiteral("auto")
            << QStringLiteral("no export OmniMediaTrak knows");
        QTest::newRow("missing columns") << QByteArray("Book Id,Name\n1,x\n") << QStringLiteral("goodreads")
                                         << QStringLiteral("lacks the columns “Title”, “Exclusive Shelf”.");
        QTest::newRow("quote never closed")
            << QByteArray(header + "1,Kept Out,A,read\n2,\"Never closed,B,read\n3,C,C,read\n")
            << QStringLiteral("goodreads") << QStringLiteral("line 3: a quoted value");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("goodreads")
                                    << QStringLiteral("is empty");
    }
    void refusesFilesItCannotReadAndKeepsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        const QByteArray before = fileHash(m_db);
        const Run run = import(m_db, { QStringLiteral("--format"), format, file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(isOneLineError(run), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(search(m_db, QStringLiteral("kept"), 5).out, QString());
        QCOMPARE(fileHash(m_db), before);
    }

    void wrongUsageExitsWithTwo()
    {
        QCOMPARE(import(m_db, { sample("goodreads_library_export.csv") }).exitCode, 2);
        QCOMPARE(import(m_db,
                     { QStringLiteral("--format"), QStringLiteral("myspace"),
                         sample("goodreads_library_export.csv") })
                     .exitCode,
            2);
        QCOMPARE(import(m_db, { QStringLiteral("--format"), QStringLiteral("goodreads") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
