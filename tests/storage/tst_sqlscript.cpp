#include "storage/SqlScript.h"

#include <QTest>

using namespace omt;

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAtTopLevelSemicolons()
    {
        const QStringList statements = SqlScript::split(
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT ';');\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"));
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("VALUES ('it''s; fine')")));
    }

    void keepsSqliteTriggerBodiesWhole()
    {
        const QStringList statements = SqlScript::split(
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\n"
                           "CREATE INDEX i ON a (x);"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(0).endsWith(QStringLiteral("END")));
    }

    void keepsDollarQuotedBodiesWhole()
    {
        const QStringList statements = SqlScript::split(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$;\n"
            "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
            "SELECT 1;"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    }
};

QTEST_APPLESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
