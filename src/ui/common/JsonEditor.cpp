#include "JsonEditor.h"

#include "JsonHighlighter.h"
#include "QuietChildren.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace omt {

namespace {
// Long enough not to flash errors at every keystroke of a word being typed,
// short enough that the status follows the typing.
constexpr int ValidationDelayMs = 300;
} // namespace

struct JsonEditor::Highlighting
{
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::SyntaxHighlighter *kde = nullptr;
#endif
    JsonHighlighter *builtIn = nullptr;
    /// The text when edited() was last emitted: a highlighter recolouring
    /// the document makes it report a text change that is none.
    QString reportedText;
};

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent)
    , m_highlighting(std::make_unique<Highlighting>())
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_text->setPlaceholderText(tr("{ \"pages\": 412, \"isbn\": \"9780441013593\" }"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    setUpHighlighter();

    m_delay.setSingleShot(true);
    m_delay.setInterval(ValidationDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &JsonEditor::validateNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // KSyntaxHighlighting recolours a block at a time, after the edit:
        // only a change of the text itself is an edit.
        QString text = m_text->toPlainText();
        if (text == m_highlighting->reportedText)
            return;
        m_highlighting->reportedText = std::move(text);
        m_delay.start();
        Q_EMIT edited();
    });
    validateNow();
}

JsonEditor::~JsonEditor()
{
    // Taking a highlighter off the document reports the text as changed.
    quietChildren(this);
    // The highlighter belongs to the document but uses the repository's
    // definitions: it goes first.
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
    delete m_highlighting->kde;
#endif
    delete m_highlighting->builtIn;
}

void JsonEditor::setUpHighlighter()
{
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition
        = m_highlighting->repository.definitionForName(QStringLiteral("JSON"));
    if (definition.isValid()) {
        m_highlighting->kde = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
        m_highlighting->kde->setDefinition(definition);
        applyPalette();
        return;
    }
#endif
    m_highlighting->builtIn = new JsonHighlighter(m_text->palette(), m_text->document());
}

void JsonEditor::applyPalette()
{
    // Our own palette, not the text edit's: Qt reports a palette change to a
    // widget before its children take on the new palette.
    const QPalette palette = this->palette();
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_highlighting->kde) {
        using KSyntaxHighlighting::Repository;
        m_highlighting->kde->setTheme(m_highlighting->repository.defaultTheme(
            palette.color(QPalette::Base).lightness() < 128 ? Repository::DarkTheme
                                                            : Repository::LightTheme));
        m_highlighting->kde->rehighlight();
    }
#endif
    if (m_highlighting->builtIn)
        m_highlighting->builtIn->setPalette(palette);
}

QString JsonEditor::highlighterName() const
{
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
    if (m_highlighting->kde)
        return QStringLiteral("KSyntaxHighlighting");
#endif
    return QStringLiteral("built-in");
}

void JsonEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void JsonEditor::setObject(const QJsonObject &object)
{
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    validateNow();
}

JsonEditor::Parsed JsonEditor::parse() const
{
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty())
        return checked(QJsonObject());
    const QByteArray utf8 = text.toUtf8();
    const QString notAnObject = tr("this is a single value; attributes must be an object in { }, such as "
                                   "{ \"pages\": 412 }");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses a lone number or string as a document; say what it
        // is rather than call it an illegal value.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return { std::nullopt, notAnObject, 0 };
        // Qt reports the byte after the one it stumbled on; people want to
        // be shown the character itself, counted in characters, not bytes.
        const int byteOffset = qBound(0, error.offset - 1, int(utf8.size()));
        const QString before = QString::fromUtf8(utf8.left(byteOffset));
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
        return { std::nullopt, tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()),
            int(before.size()) };
    }
    if (document.isArray())
        return { std::nullopt,
            tr("this is a list in [ ]; attributes must be an object in { }, such as { \"pages\": 412 }"), 0 };
    if (!document.isObject())
        return { std::nullopt, notAnObject, 0 };
    return checked(document.object());
}

JsonEditor::Parsed JsonEditor::checked(const QJsonObject &object) const
{
    QString problem = m_check ? m_check(object) : QString();
    return { object, std::move(problem), -1 };
}

void JsonEditor::setCheck(std::function<QString(const QJsonObject &)> check, const QString &validText)
{
    m_check = std::move(check);
    m_validText = validText;
    validateNow();
}

std::optional<QJsonObject> JsonEditor::object() const
{
    return parse().object;
}

QString JsonEditor::problem() const
{
    return parse().problem;
}

void JsonEditor::validateNow()
{
    m_delay.stop();
    const Parsed parsed = parse();
    const bool valid = parsed.object.has_value() && parsed.problem.isEmpty();
    if (valid && !m_validText.isEmpty()) {
        m_status->setText(m_validText);
        m_status->setForegroundRole(QPalette::PlaceholderText);
    } else if (valid) {
        const int count = int(parsed.object->size());
        m_status->setText(count == 0 ? tr("No attributes.") : tr("Valid: %n attribute(s).", nullptr, count));
        m_status->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_status->setText(tr("Not valid: %1").arg(parsed.problem));
        m_status->setForegroundRole(QPalette::Text);
    }
    // Bold is the only emphasis that survives every theme's palette.
    QFont font = m_status->font();
    font.setBold(!valid);
    m_status->setFont(font);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void JsonEditor::showProblem()
{
    const Parsed parsed = parse();
    if (parsed.position >= 0) {
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(qMin(parsed.position, m_text->document()->characterCount() - 1));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
    m_text->setFocus(Qt::OtherFocusReason);
}

} // namespace omt
