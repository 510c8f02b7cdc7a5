#include "importexport/CsvReader.h"
#include "importexport/CsvTable.h"

#include <QBuffer>
#include <QTest>

using namespace omt;

namespace {

std::unique_ptr<CsvTable> table(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvTable>(std::move(buffer), QStringLiteral("test.csv"));
}

struct ReadTable
{
    QStringList columns;
    QList<QStringList> rows;
    QList<int> lines;
    std::optional<Error> failure;
};

ReadTable readAll(const QByteArray &bytes)
{
    ReadTable result;
    auto t = table(bytes);
    if (auto started = t->start(); !started) {
        result.failure = started.error();
        return result;
    }
    result.columns = t->columns();
    CsvTable::Row row;
    while (t->next(row)) {
        result.rows.append(row.values);
        result.lines.append(row.line);
    }
    result.failure = t->failure();
    return result;
}

} // namespace

class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedFieldsAndLineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        const QList<QStringList> plain { { QStringLiteral("1"), QStringLiteral("x") },
            { QStringLiteral("2"), QStringLiteral("y") } };
        QTest::newRow("LF") << QByteArray("a,b\n1,x\n2,y\n") << plain << QList<int> { 2, 3 };
        QTest::newRow("CRLF, no final break")
            << QByteArray("a,b\r\n1,x\r\n2,y") << plain << QList<int> { 2, 3 };
        QTest::newRow("lone CR") << QByteArray("a,b\r1,x\r2,y\r") << plain << QList<int> { 2, 3 };
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,x\r\n\r\n2,y\n\n") << plain << QList<int> { 3, 5 };
        QTest::newRow("quotes") << QByteArray("a,b\n\"1\",\"x, \"\"quoted\"\"\"\n")
                                << QList<QStringList> { { QStringLiteral("1"),
                                       QStringLiteral("x, \"quoted\"") } }
                                << QList<int> { 2 };
        QTest::newRow("line breaks inside quotes count")
            << QByteArray("a,b\n1,\"two\r\nlines\"\n2,y\n")
            << QList<QStringList> { { QStringLiteral("1"), QStringLiteral("two\r\nlines") },
                   { QStringLiteral("2"), QStringLiteral("y") } }
            << QList<int> { 2, 4 };
        QTest::newRow("stray quote taken literally")
            << QByteArray("a,b\n1,5\" floppy\n")
            << QList<QStringList> { { QStringLiteral("1"), QStringLiteral("5\" floppy") } }
            << QList<int> { 2 };
        QTest::newRow("empty values")
            << QByteArray("a,b\n,\n\"\",\"\"\n")
            << QList<QStringList> { { QString(), QString() }, { QString(), QString() } }
            << QList<int> { 2, 3 };
        QTest::newRow("header only") << QByteArray("a,b\r\n") << QList<QStringList> {} << QList<int> {};
    }
    void readsQuotedFieldsAndLineEndings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        const ReadTable read = readAll(bytes);
        QVERIFY2(!read.failure, read.failure ? qPrintable(read.failure->message) : "");
        QCOMPARE(read.columns, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(read.rows, rows);
        QCOMPARE(read.lines, lines);
    }

    void findsColumnsByNameWhateverTheirOrderCaseOrBom()
    {
        auto t = table(
            QByteArray("\xEF\xBB\xBF\"Title\" ,ISBN13, My Rating\r\nDune,=\"\"9780441013593\"\",5\r\n"));
        QVERIFY(t->start());
        QCOMPARE(t->column(u"title"), 0);
        QCOMPARE(t->column(u"My Rating"), 2);
        QCOMPARE(t->column(u"Missing"), -1);
        QCOMPARE(t->missing({ QStringLiteral("Title"), QStringLiteral("Author") }),
            QStringList { QStringLiteral("Author") });
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QCOMPARE(CsvTable::value(row, t->column(u"Title")), QStringLiteral("Dune"));
        QCOMPARE(CsvTable::value(row, t->column(u"Missing")), QString());
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,\"c;d\"\n1,2,3\n") << ',';
        QTest::newRow("semicolon (spreadsheets in many locales)")
            << QByteArray("a;b;\"c,d\"\n1;2;3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
    }
    void detectsTheDelimiter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        auto t = table(bytes);
        QVERIFY(t->start());
        QCOMPARE(t->delimiter(), delimiter);
        QCOMPARE(t->columns().size(), 3);
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QCOMPARE(row.values, QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }));
    }

    void readsWindows1252AndSaysSo()
    {
        // "Mörder – café" as a spreadsheet on Windows saves it.
        auto t = table(QByteArray("Title\nM\xF6rder \x96 caf\xE9\n"));
        QVERIFY(t->start());
        QCOMPARE(t->encoding(), TextEncoding::Windows1252);
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QCOMPARE(row.values.first(), QStringLiteral("Mörder – café"));
        QVERIFY(!row.invalidText);
    }

    void aChanceUtf8PairDoesNotMakeWindows1252Utf8()
    {
        // "PERDÓN”" in Windows-1252: Ó” (D3 94) happens to be valid UTF-8.
        auto t = table(QByteArray("Title\nPERD\xD3\x94 m\xE1s caf\xE9\n"));
        QVERIFY(t->start());
        QCOMPARE(t->encoding(), TextEncoding::Windows1252);
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QCOMPARE(row.values.first(), QStringLiteral("PERDÓ” más café"));
    }

    void aFieldEndingInsideACharacterIsDamaged()
    {
        auto t = table(QByteArray("Title,Year\nCaf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xC3,2001\n"));
        QVERIFY(t->start());
        QCOMPARE(t->encoding(), TextEncoding::Utf8);
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QVERIFY(row.invalidText);
        QCOMPARE(row.values.first(), QStringLiteral("Café été \uFFFD"));
    }

    void refusesUtf16WithAMessageThatHelps()
    {
        const ReadTable read = readAll(QByteArray("\xFF\xFET\0i\0t\0l\0e\0\n\0", 14));
        QVERIFY(read.failure);
        QVERIFY2(read.failure->message.contains(QStringLiteral("UTF-16")), qPrintable(read.failure->message));
    }

    void readsRecordsAcrossTheReadBuffer()
    {
        // Records of every length around the 64 KiB chunk the reader reads, so
        // that a CRLF, a doubled quote and a closing quote each fall on the seam.
        for (int pad = 65520; pad < 65545; ++pad) {
            QByteArray bytes("a,b\r\n");
            bytes.append(QByteArray(pad - bytes.size(), 'x'));
            bytes.append(",\"q\"\"q\"\r\nlast,\"y\"\r\n");
            const ReadTable read = readAll(bytes);
            QVERIFY2(!read.failure, qPrintable(QString::number(pad)));
            QCOMPARE(read.rows.size(), 2);
            QCOMPARE(read.rows.at(0).at(1), QStringLiteral("q\"q"));
            QCOMPARE(read.rows.at(1), QStringList({ QStringLiteral("last"), QStringLiteral("y") }));
            QCOMPARE(read.lines, QList<int>({ 2, 3 }));
        }
    }

    void reportsTheLineOfDamagedUtf8()
    {
        auto t = table(QByteArray("Title\nCaf\xC3\xA9\nBroken \xC3(\nFine\n"));
        QVERIFY(t->start());
        QCOMPARE(t->encoding(), TextEncoding::Utf8);
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QCOMPARE(row.values.first(), QStringLiteral("Café"));
        QVERIFY(!row.invalidText);
        QVERIFY(t->next(row));
        QVERIFY(row.invalidText);
        QCOMPARE(row.line, 3);
        QVERIFY(t->next(row));
        QVERIFY(!row.invalidText);
    }

    void flagsRowsWithMoreValuesThanColumns()
    {
        auto t = table(QByteArray("a,b\n1,2,,\n1,2,3\n"));
        QVERIFY(t->start());
        CsvTable::Row row;
        QVERIFY(t->next(row));
        QVERIFY2(!row.extraValues, "trailing empty values are a spreadsheet's, not a broken row");
        QVERIFY(t->next(row));
        QVERIFY(row.extraValues);
    }

    void stopsAtAQuoteThatNeverCloses()
    {
        const ReadTable read = readAll(QByteArray("a,b\n1,x\n2,\"never\nends,3\n4,y\n"));
        QCOMPARE(read.rows.size(), 1);
        QVERIFY(read.failure);
        QVERIFY2(read.failure->message.contains(QStringLiteral("line 3")), qPrintable(read.failure->message));
    }

    void stopsAtARowLargerThanTheCap()
    {
        QByteArray bytes("a,b\n1,\"");
        bytes.append(QByteArray(CsvReader::MaxRecordBytes + 10, 'x'));
        bytes.append("\"\n");
        const ReadTable read = readAll(bytes);
        QVERIFY(read.rows.isEmpty());
        QVERIFY(read.failure);
        QVERIFY2(read.failure->message.contains(QStringLiteral("line 2")), qPrintable(read.failure->message));
    }

    void refusesAnEmptyFile()
    {
        const ReadTable read = readAll(QByteArray());
        QVERIFY(read.failure);
        QCOMPARE(read.failure->code, Error::Code::InvalidInput);
        QVERIFY(readAll(QByteArray("\xEF\xBB\xBF")).failure);
    }
};

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
