#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>

/// Titles in other languages: an item's attributes may hold
/// `"titles": {"en": "Spirited Away", "ja": "千と千尋の神隠し"}`, keyed by
/// ISO 639-1 code, and a member who prefers one of those languages sees that
/// title (ProfileSettings::titleLanguage). The catalogue title stays the one
/// that sorts and is searched.
namespace omt::LocalizedTitles {

/// The attribute holding the object.
inline constexpr QLatin1StringView AttributeKey("titles");

/// Whether `code` looks like an ISO 639 code: two or three lower-case letters.
bool isLanguageCode(const QString &code);

/// The title to show: `titles[language]` when there is one, else `title`.
QString pick(const QString &title, const QJsonObject &titles, const QString &language);

/// Checks the attribute when present: an object of language codes (two or
/// three lower-case letters) to non-blank strings.
Result<void> validate(const QJsonObject &attributes);

} // namespace omt::LocalizedTitles
