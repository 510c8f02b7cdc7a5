#include "core/TextKeys.h"

#include <QTest>

using namespace omt;

class TestTextKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortKeyFoldsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << QStringLiteral("Dune") << QStringLiteral("dune");
        QTest::newRow("accents") << QStringLiteral("Amélie") << QStringLiteral("amelie");
        QTest::newRow("spaces") << QStringLiteral("  The   Matrix ") << QStringLiteral("the matrix");
        QTest::newRow("simple folding only") << QStringLiteral("STRASSE") << QStringLiteral("strasse");
        QTest::newRow("japanese kept") << QStringLiteral("千と千尋") << QStringLiteral("千と千尋");
    }
    void sortKeyFoldsCaseAndAccents()
    {
        QFETCH(QString, title);
        QFETCH(QString, key);
        QCOMPARE(TextKeys::sortKey(title), key);
    }

    void upperBoundCoversEveryExtension()
    {
        const QString upper = TextKeys::prefixUpperBound(QStringLiteral("dun"));
        QCOMPARE(upper, QStringLiteral("duo"));
        QVERIFY(QStringLiteral("dune") < upper);
        QVERIFY(QStringLiteral("dun\U0010FFFF") < upper);
        QVERIFY(!(QStringLiteral("duo") < upper));
        QVERIFY(TextKeys::prefixUpperBound(QString()).isEmpty());
    }

    void searchWordsSplitOnPunctuation()
    {
        QCOMPARE(TextKeys::searchWords(QStringLiteral("Spider-Man: Into the Spider-Verse")),
                 (QStringList{QStringLiteral("spider"), QStringLiteral("man"), QStringLiteral("into"),
                              QStringLiteral("the"), QStringLiteral("spider"), QStringLiteral("verse")}));
        QCOMPARE(TextKeys::searchWords(QStringLiteral("\"; DROP TABLE media; --")),
                 (QStringList{QStringLiteral("drop"), QStringLiteral("table"), QStringLiteral("media")}));
        QVERIFY(TextKeys::searchWords(QStringLiteral("  ?! ")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTextKeys)
#include "tst_textkeys.moc"
