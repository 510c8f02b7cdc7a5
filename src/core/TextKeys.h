#pragma once

#include <QString>
#include <QStringList>

namespace omt::TextKeys {

/// The key titles are sorted and prefix-matched by: accents removed, case
/// folded, spaces collapsed. Both databases compare it byte-wise (UTF-8 byte
/// order is code point order), so sorting is identical on SQLite and
/// PostgreSQL and does not depend on the server's locale.
QString sortKey(const QString &title);

/// The exclusive upper bound of all keys starting with prefix, for an index
/// range scan: prefix with its last code point incremented. Empty prefix gives
/// an empty bound (no upper limit).
QString prefixUpperBound(const QString &prefix);

/// What a search may cost is bounded by what it may hold: full-text ranking
/// grows with the square of the number of terms, so a long paste (the same
/// word four hundred times, a page of text) would hold the storage thread
/// for seconds or minutes. Beyond these, typed text is cut off.
inline constexpr int MaxSearchTextLength = 256;
inline constexpr int MaxSearchTerms = 16;
/// A run of characters of a script without spaces is looked for by its
/// first characters only: each further one adds a character pair to the
/// phrase the index must match (a pasted paragraph of Japanese made
/// PostgreSQL scan the whole catalogue for 0.5 s).
inline constexpr int MaxSpacelessWordLength = 16;

/// The part of typed text a search looks at: at most MaxSearchTextLength
/// characters (never splitting a surrogate pair).
QString boundedSearchText(const QString &typed);

/// Splits what a person typed into search words at the characters that
/// separate words in the full-text index (SearchCharacters), so that each
/// word is one word of the index on both backends; the databases fold case
/// and accents themselves. Only the first MaxSearchTextLength characters
/// count; a repeated word counts once, and at most MaxSearchTerms distinct
/// words are kept: the first ones and always the last, which is matched as
/// a prefix because it may be still being typed. Words of scripts without
/// spaces are cut to MaxSpacelessWordLength characters.
QStringList searchWords(const QString &typed);

/// Whether a search word is two or more characters of a script written
/// without spaces (SearchCharacters::isSpaceless): such a word also finds
/// titles that hold it anywhere, not only at the start of a word.
bool isSpacelessWord(const QString &word);

} // namespace omt::TextKeys
