#pragma once

namespace omt::SearchCharacters {

/// Whether the character belongs to a word for the full-text search: the
/// classes of SQLite's unicode61 tokenizer, which the PostgreSQL schema
/// mirrors, so that the words of a query are the words of the index on
/// both backends. Almost everything is: letters, digits and marks of every
/// script, and code points not yet assigned; punctuation, symbols and
/// spaces separate words.
bool isWordCharacter(char32_t c);

/// Whether the index drops the character from words (a combining
/// diacritic such as U+0301).
bool isDroppedMark(char32_t c);

/// Whether the character belongs to a script written without spaces
/// between words (Chinese, Japanese, Thai, ...) or whose words carry
/// particles (Korean). Titles holding such characters are also indexed by
/// pairs of characters, so that any two or more of them in a row find the
/// title.
bool isSpaceless(char32_t c);

} // namespace omt::SearchCharacters
