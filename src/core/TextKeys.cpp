#include "TextKeys.h"

#include "SearchCharacters.h"

#include <algorithm>

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

QString boundedSearchText(const QString &typed)
{
    if (typed.size() <= MaxSearchTextLength)
        return typed;
    qsizetype length = MaxSearchTextLength;
    if (typed.at(length - 1).isHighSurrogate())
        --length;
    return typed.left(length);
}

QStringList searchWords(const QString &typed)
{
    // Composed, as the documents usually are; the index drops what remains
    // of combining diacritics itself.
    const QString text = boundedSearchText(typed).normalized(QString::NormalizationForm_C);
    QStringList words;
    QString current;
    bool hasKept = false; // a character the index keeps, not only dropped marks
    const auto endWord = [&] {
        if (hasKept) {
            if (isSpacelessWord(current)) {
                const QList<uint> characters = current.toUcs4();
                if (characters.size() > MaxSpacelessWordLength) {
                    current.clear();
                    for (qsizetype i = 0; i < MaxSpacelessWordLength; ++i)
                        current.append(QChar::fromUcs4(characters.at(i)));
                }
            }
            words.append(current);
        }
        current.clear();
        hasKept = false;
    };
    for (const char32_t c : text.toUcs4()) {
        if (!SearchCharacters::isWordCharacter(c)) {
            endWord();
            continue;
        }
        current.append(QChar::fromUcs4(c)); // (QString::fromUcs4 would drop a U+FEFF as a byte-order mark)
        hasKept = hasKept || !SearchCharacters::isDroppedMark(c);
    }
    endWord();
    if (words.isEmpty())
        return words;

    // The last word keeps its place (it is the prefix); an earlier copy of it
    // and repeats of the others add nothing but cost. Case does not make a
    // word another one: the index folds it.
    const QString last = words.takeLast();
    const QString lastKey = last.toCaseFolded();
    QStringList distinct;
    QStringList keys;
    for (const QString &word : std::as_const(words)) {
        if (distinct.size() == MaxSearchTerms - 1)
            break;
        const QString key = word.toCaseFolded();
        if (key != lastKey && !keys.contains(key)) {
            distinct.append(word);
            keys.append(key);
        }
    }
    distinct.append(last);
    return distinct;
}

bool isSpacelessWord(const QString &word)
{
    const QList<uint> characters = word.toUcs4();
    return characters.size() >= 2 && std::all_of(characters.cbegin(), characters.cend(), [](uint c) {
        return SearchCharacters::isSpaceless(char32_t(c));
    });
}

} // namespace omt::TextKeys
