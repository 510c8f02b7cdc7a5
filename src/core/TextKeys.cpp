#include "TextKeys.h"

namespace omt::TextKeys {

namespace {
QString foldAccentsAndCase(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded().normalized(QString::NormalizationForm_C);
}
} // namespace

QString sortKey(const QString &title)
{
    return foldAccentsAndCase(title).simplified();
}

QString prefixUpperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    const QList<uint> codePoints = prefix.toUcs4();
    QList<uint> upper = codePoints;
    // Find the last code point that can be incremented (everything below U+10FFFF).
    while (!upper.isEmpty() && upper.last() >= 0x10FFFF)
        upper.removeLast();
    if (upper.isEmpty())
        return {};
    upper.last() += 1;
    // Skip the surrogate range, which is not a valid code point on its own.
    if (upper.last() >= 0xD800 && upper.last() <= 0xDFFF)
        upper.last() = 0xE000;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(upper.constData()), upper.size());
}

QStringList searchWords(const QString &typed)
{
    const QString folded = foldAccentsAndCase(typed);
    QStringList words;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

} // namespace omt::TextKeys
