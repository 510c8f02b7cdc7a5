#include "JsonHighlighter.h"

#include <QPalette>

namespace omt {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Fixed hues, with lightness and saturation picked for the background so
// that every token keeps its contrast on light and dark themes.
QColor tokenColour(int hue, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hue, 170, 170) : QColor::fromHsl(hue, 200, 80);
}

// Halfway between text and background: present but quieter than the data.
QColor mutedColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 2 + base.redF()) / 3, (text.greenF() * 2 + base.greenF()) / 3,
        (text.blueF() * 2 + base.blueF()) / 3);
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
        || c == QLatin1Char('e') || c == QLatin1Char('E');
}
} // namespace

JsonHighlighter::JsonHighlighter(const QPalette &palette, QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_key = {};
    m_key.setForeground(tokenColour(210, palette));
    m_key.setFontWeight(QFont::DemiBold);
    m_string = {};
    m_string.setForeground(tokenColour(120, palette));
    m_number = {};
    m_number.setForeground(tokenColour(25, palette));
    m_literal = {};
    m_literal.setForeground(tokenColour(290, palette));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation = {};
    m_punctuation.setForeground(mutedColour(palette));
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Key: return m_key;
    case Token::String: return m_string;
    case Token::Number: return m_number;
    case Token::Literal: return m_literal;
    case Token::Punctuation: return m_punctuation;
    }
    return {};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // JSON strings cannot span lines, so each line is tokenised on its own.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, n);
            // A string followed by a colon is a key.
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool key = next < n && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[]:,").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace omt
