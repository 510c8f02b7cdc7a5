#pragma once

#include "core/Enums.h"
#include "core/Media.h"

#include <QJsonValue>
#include <QString>

/// The wording of the details pane, kept apart from its widgets so that each
/// phrase can be checked on its own.
namespace omt::DetailsText {

/// "runtime_minutes" -> "Runtime minutes", "isbn" -> "ISBN".
QString attributeLabel(const QString &key);

/// An attribute value as a person reads it: numbers in the user's locale,
/// Yes/No, lists joined with ", ", nested objects as compact JSON, language
/// codes of "language" keys as language names, the "titles" object as one
/// "Language: title" line each. Empty for values that say
/// nothing (null, "", []), whose rows are left out.
QString attributeValue(const QString &key, const QJsonValue &value);

/// The sentence for one relationship, read from the shown item, with %1
/// where the other item's title goes: "Sequel to %1" when the shown item is
/// the sequel, "%1 is a sequel to this" when the other one is.
QString relationPhrase(RelationType type, RelatedMedia::Direction direction);

/// The interesting part of a class path for the subtitle ("video.film.documentary"
/// for a film -> "Documentary"); empty when it only repeats the type.
QString classLabel(const QString &mediaClass, MediaType type);

/// "United States (US)"; the code alone when Qt does not know it.
QString countryName(const QString &code);

/// Lets very long words in rich-text labels (a run-together title in a
/// link) wrap instead of widening the pane: adds invisible break
/// opportunities inside them. Plain text uses TextBlock, which breaks long
/// words by itself and copies cleanly.
QString breakable(const QString &text);

} // namespace omt::DetailsText
