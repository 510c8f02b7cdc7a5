// The JSON editor's colours as a user sees them: which highlighter colours
// the text (KDE's Syntax-Highlighting when the build has it, the built-in one
// otherwise), that every kind of token stands apart and stays readable, and
// that the colours follow the palette when the desktop switches between light
// and dark.

#include "ui/common/JsonEditor.h"
#include "ui/common/JsonHighlighter.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>

#include <cmath>

#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace omt;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// WCAG relative luminance and contrast ratio: 3:1 is the least that text
// colours on a background must reach to be told apart comfortably.
double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

/// How one character is drawn: the highlighter's colour (if it sets one) and
/// weight, over what the text edit would draw without any highlighting.
struct Look
{
    bool hasColour = false;
    QColor colour;
    bool bold = false;

    bool operator==(const Look &other) const
    {
        return hasColour == other.hasColour && colour == other.colour && bold == other.bold;
    }
    QString describe() const
    {
        return QStringLiteral("%1%2").arg(hasColour ? colour.name() : QStringLiteral("(text colour)"),
            bold ? QStringLiteral(" bold") : QString());
    }
};

Look lookAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            const QTextCharFormat &format = range.format;
            Look look;
            look.hasColour = format.hasProperty(QTextFormat::ForegroundBrush)
                && format.foreground().style() != Qt::NoBrush;
            if (look.hasColour)
                look.colour = format.foreground().color();
            look.bold = format.hasProperty(QTextFormat::FontWeight) && format.fontWeight() >= QFont::DemiBold;
            return look;
        }
    }
    return {};
}

/// The looks of the token kinds in an editor showing a typical attributes
/// object.
struct TokenLooks
{
    Look key;
    Look string;
    Look number;
    Look keyword;
    Look null;
};

TokenLooks tokenLooks(JsonEditor &editor)
{
    editor.setObject(
        QJsonObject { { QStringLiteral("title"), QStringLiteral("Dune") }, { QStringLiteral("pages"), 412 },
            { QStringLiteral("illustrated"), true }, { QStringLiteral("series"), QJsonValue::Null } });
    const QTextDocument *document = editor.textEdit()->document();
    const QString text = document->toPlainText();
    const auto at = [&](QStringView token) {
        const qsizetype position = text.indexOf(token);
        if (position < 0)
            qWarning("token %s not found in %s", qPrintable(token.toString()), qPrintable(text));
        return lookAt(document, int(position));
    };
    return { at(u"\"title\""), at(u"\"Dune\""), at(u"412"), at(u"true"), at(u"null") };
}

#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::SyntaxHighlighter *kdeHighlighter(JsonEditor &editor)
{
    return editor.textEdit()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
}

QColor themeBackground(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}
#endif

} // namespace

class TestJsonHighlighting : public QObject
{
    Q_OBJECT

private:
    QPalette m_appPalette;

private Q_SLOTS:
    void initTestCase() { m_appPalette = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_appPalette); }

    void editorUsesTheHighlighterOfTheBuild()
    {
        JsonEditor editor;
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(editor.highlighterName(), QStringLiteral("KSyntaxHighlighting"));
        KSyntaxHighlighting::SyntaxHighlighter *highlighter = kdeHighlighter(editor);
        QVERIFY(highlighter);
        QVERIFY(highlighter->definition().isValid());
        QCOMPARE(highlighter->definition().name(), QStringLiteral("JSON"));
        QVERIFY(highlighter->theme().isValid());
        // Exactly one highlighter: two would fight over the formats.
        QVERIFY(!editor.textEdit()->document()->findChild<JsonHighlighter *>());
#else
        QCOMPARE(editor.highlighterName(), QStringLiteral("built-in"));
        QVERIFY(editor.textEdit()->document()->findChild<JsonHighlighter *>());
#endif
    }

    void tokenKindsStandApart_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void tokenKindsStandApart()
    {
        QFETCH(QPalette, palette);
        QWidget window;
        window.setPalette(palette);
        auto *editor = new JsonEditor(&window);
        (new QVBoxLayout(&window))->addWidget(editor);

        const TokenLooks looks = tokenLooks(*editor);
        const Look plain;
        // Keys, strings and numbers are told apart by colour...
        for (const Look &look : { looks.key, looks.string, looks.number }) {
            QVERIFY2(look.hasColour, qPrintable(look.describe()));
            QVERIFY2(look.colour != palette.color(QPalette::Text), qPrintable(look.describe()));
        }
        // ...true, false and null at least by weight (KDE's Breeze themes draw
        // keywords bold in the text colour), and all alike.
        QVERIFY2(!(looks.keyword == plain), qPrintable(looks.keyword.describe()));
        QCOMPARE(looks.null.describe(), looks.keyword.describe());
        const QList<Look> kinds { looks.key, looks.string, looks.number, looks.keyword };
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            for (qsizetype j = i + 1; j < kinds.size(); ++j)
                QVERIFY2(!(kinds.at(i) == kinds.at(j)),
                    qPrintable(QStringLiteral("token kinds %1 and %2 both look %3")
                                   .arg(i)
                                   .arg(j)
                                   .arg(kinds.at(i).describe())));
        }

        // Readable on this palette's background: a light theme's colours on a
        // dark background (or the other way round) fail here.
        const QColor base = palette.color(QPalette::Base);
        for (const Look &look : kinds) {
            const QColor drawn = look.hasColour ? look.colour : palette.color(QPalette::Text);
            QVERIFY2(contrast(drawn, base) >= 3.0,
                qPrintable(QStringLiteral("%1 on %2: contrast %3")
                               .arg(look.describe(), base.name())
                               .arg(contrast(drawn, base), 0, 'f', 2)));
        }
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(themeBackground(kdeHighlighter(*editor)->theme()).lightness() < 128, isDark(palette));
#endif
    }

    void coloursFollowAPaletteChange()
    {
        // The dialog around the editor switches palette, as when the user
        // picks a dark colour scheme while the dialog is open.
        QWidget window;
        window.setPalette(lightPalette());
        auto *editor = new JsonEditor(&window);
        (new QVBoxLayout(&window))->addWidget(editor);
        const TokenLooks light = tokenLooks(*editor);
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
        const QString lightTheme = kdeHighlighter(*editor)->theme().name();
        QVERIFY(themeBackground(kdeHighlighter(*editor)->theme()).lightness() >= 128);
#endif

        window.setPalette(darkPalette());
        QVERIFY(isDark(editor->textEdit()->palette()));
        const TokenLooks dark = tokenLooks(*editor);
        QVERIFY2(!(dark.string == light.string), qPrintable(dark.string.describe()));
        QVERIFY2(dark.string.colour.lightness() > light.string.colour.lightness(),
            qPrintable(dark.string.describe() + QStringLiteral(" after ") + light.string.describe()));
        QVERIFY(contrast(dark.key.colour, darkPalette().color(QPalette::Base)) >= 3.0);
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(kdeHighlighter(*editor)->theme().name() != lightTheme);
        QVERIFY(themeBackground(kdeHighlighter(*editor)->theme()).lightness() < 128);
#endif

        // Text already on screen is coloured again, not only new text.
        window.setPalette(lightPalette());
        const QTextDocument *document = editor->textEdit()->document();
        const QString text = document->toPlainText();
        QCOMPARE(lookAt(document, int(text.indexOf(u"\"Dune\""))).describe(), light.string.describe());
    }

    void coloursFollowTheApplicationPalette()
    {
        // A desktop colour-scheme switch reaches the application, not one
        // dialog.
        QApplication::setPalette(lightPalette());
        JsonEditor editor;
        const TokenLooks light = tokenLooks(editor);
        QApplication::setPalette(darkPalette());
        // Widgets hear of it through posted events.
        QTRY_VERIFY(isDark(editor.textEdit()->palette()));
        const QTextDocument *document = editor.textEdit()->document();
        const QString text = document->toPlainText();
        const Look key = lookAt(document, int(text.indexOf(u"\"title\"")));
        QVERIFY2(!(key == light.key), qPrintable(key.describe()));
        QVERIFY2(
            contrast(key.colour, darkPalette().color(QPalette::Base)) >= 3.0, qPrintable(key.describe()));
    }

    void recolouringIsNotAnEdit()
    {
        // Highlighters recolour after the fact (KSyntaxHighlighting a block
        // at a time, later; both on a palette change), and Qt reports that
        // as a text change. Whoever listens for edits -- the smart-list
        // editor keeping its rules in step -- must not hear of it.
        QWidget window;
        window.setPalette(lightPalette());
        auto *editor = new JsonEditor(&window);
        (new QVBoxLayout(&window))->addWidget(editor);
        QSignalSpy edited(editor, &JsonEditor::edited);
        editor->setObject(QJsonObject { { QStringLiteral("all"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("status") },
                { QStringLiteral("op"), QStringLiteral("=") }, { QStringLiteral("value"), true } } } } });
        QCOMPARE(edited.size(), 1);
        // Nothing happens while the highlighter recolours later, nor after a
        // palette change: no edit is reported (waits end early on one).
        QVERIFY(!edited.wait(100));
        window.setPalette(darkPalette());
        QVERIFY(!edited.wait(100));
        QCOMPARE(edited.size(), 1);

        // A real edit still counts, also one that keeps the length.
        QTextCursor cursor = editor->textEdit()->textCursor();
        const int at = int(editor->textEdit()->toPlainText().indexOf(u"true"));
        cursor.setPosition(at);
        cursor.setPosition(at + 4, QTextCursor::KeepAnchor);
        editor->textEdit()->setTextCursor(cursor);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("null"));
        QVERIFY(edited.size() > 1);
        QCOMPARE(editor->object()
                     ->value(QStringLiteral("all"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value")),
            QJsonValue(QJsonValue::Null));
    }
};

QTEST_MAIN(TestJsonHighlighting)
#include "tst_jsonhighlighting.moc"
