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
            (QStringList { QStringLiteral("Spider"), QStringLiteral("Man"), QStringLiteral("Into"),
                QStringLiteral("the"), QStringLiteral("Verse") }));
        QCOMPARE(TextKeys::searchWords(QStringLiteral("\"; DROP TABLE media; --")),
            (QStringList { QStringLiteral("DROP"), QStringLiteral("TABLE"), QStringLiteral("media") }));
        QVERIFY(TextKeys::searchWords(QStringLiteral("  ?! ")).isEmpty());
    }

    void searchWordsAreTheWordsOfTheIndex()
    {
        // Modifier letters are letters: the ʻokina and the length mark stay
        // inside their words, never becoming query syntax anywhere.
        QCOMPARE(TextKeys::searchWords(QStringLiteral("ʻOkina aːb atlasːc")),
            (QStringList { QStringLiteral("ʻOkina"), QStringLiteral("aːb"), QStringLiteral("atlasːc") }));
        // A decomposed accent is composed; a combining mark alone is no word.
        QCOMPARE(TextKeys::searchWords(QStringLiteral("e\u0301cole \u0301")),
            QStringList { QStringLiteral("école") });
        // Scripts without spaces are one word per run.
        const QStringList japanese = TextKeys::searchWords(QStringLiteral("千と千尋の神隠し、ジブリ"));
        QCOMPARE(japanese, (QStringList { QStringLiteral("千と千尋の神隠し"), QStringLiteral("ジブリ") }));
        QVERIFY(TextKeys::isSpacelessWord(japanese.first()));
        QVERIFY(TextKeys::isSpacelessWord(QStringLiteral("ภาษาไทย")));
        QVERIFY(TextKeys::isSpacelessWord(QStringLiteral("한국")));
        QVERIFY(!TextKeys::isSpacelessWord(QStringLiteral("千")));
        QVERIFY(!TextKeys::isSpacelessWord(QStringLiteral("ab")));
        QVERIFY(!TextKeys::isSpacelessWord(QStringLiteral("ジブリz")));
        // A pasted paragraph of such a script is looked for by its start.
        const QStringList pasted = TextKeys::searchWords(QStringLiteral("千と千尋の神隠し").repeated(40));
        QCOMPARE(pasted, QStringList { QStringLiteral("千と千尋の神隠し千と千尋の神隠し") });
        QCOMPARE(TextKeys::searchWords(QStringLiteral("𠀋").repeated(20)).first().size(),
            2 * TextKeys::MaxSpacelessWordLength);
        // The search syntax of both backends is only punctuation.
        QCOMPARE(TextKeys::searchWords(QStringLiteral("NEAR(a b) OR title:x \"y\" z* a:* !b <-> c")),
            (QStringList { QStringLiteral("NEAR"), QStringLiteral("a"), QStringLiteral("b"),
                QStringLiteral("OR"), QStringLiteral("title"), QStringLiteral("x"), QStringLiteral("y"),
                QStringLiteral("z"), QStringLiteral("c") }));
    }

    void searchWordsAreBoundedWhateverIsPasted()
    {
        // The same word pasted thousands of times is one word.
        QCOMPARE(
            TextKeys::searchWords(QStringLiteral("a ").repeated(5000)), QStringList { QStringLiteral("a") });
        // The word still being typed stays last, once, as the prefix.
        QCOMPARE(TextKeys::searchWords(QStringLiteral("Dune messiah dune")),
            (QStringList { QStringLiteral("messiah"), QStringLiteral("dune") }));

        // Many distinct words: the first ones, then the last.
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many.append(QStringLiteral("w%1").arg(i));
        const QStringList kept = TextKeys::searchWords(many.join(QLatin1Char(' ')));
        QCOMPARE(kept.size(), TextKeys::MaxSearchTerms);
        QCOMPARE(kept.first(), QStringLiteral("w0"));
        QCOMPARE(kept.at(TextKeys::MaxSearchTerms - 2), QStringLiteral("w14"));
        QCOMPARE(kept.last(), QStringLiteral("w39"));

        // A page of text: only its beginning is looked at.
        const QString page = QStringLiteral("x").repeated(10000);
        QCOMPARE(TextKeys::searchWords(page),
            QStringList { QStringLiteral("x").repeated(TextKeys::MaxSearchTextLength) });
        // Cutting never leaves half a character behind.
        const QString emoji
            = QStringLiteral("a").repeated(TextKeys::MaxSearchTextLength - 1) + QStringLiteral("😀😀");
        const QString bounded = TextKeys::boundedSearchText(emoji);
        QCOMPARE(bounded.size(), TextKeys::MaxSearchTextLength - 1);
        QVERIFY(!bounded.back().isHighSurrogate());
    }
};

QTEST_APPLESS_MAIN(TestTextKeys)
#include "tst_textkeys.moc"
