#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace omt {

/// Colours JSON text: object keys, strings, numbers, true/false/null and
/// punctuation. The built-in choice when KDE's Syntax-Highlighting is not
/// available; colours come from a palette so that dark themes stay legible.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Literal, Punctuation };

    JsonHighlighter(const QPalette &palette, QTextDocument *document);

    /// Recomputes the colours (after a theme change) and highlights again.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace omt
