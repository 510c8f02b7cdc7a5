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

/// Splits what a person typed into search words: letters and digits only,
/// accents removed, case folded. Punctuation separates words, as it does in
/// both full-text tokenizers.
QStringList searchWords(const QString &typed);

} // namespace omt::TextKeys
