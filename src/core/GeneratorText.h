#pragma once

#include "DeterministicRandom.h"
#include "Enums.h"

#include <QString>
#include <QStringList>

/// Text for generated libraries: titles, names, descriptions, notes, made
/// from word pools in several languages: letters, digits, spaces and a
/// little punctuation (no apostrophes or hyphens inside words).
namespace omt::GeneratorText {

enum class Language {
    English,
    French,
    German,
    Spanish,
    Italian,
    Portuguese,
    Japanese,
    Czech,
    Swedish,
};

/// The original language of an item; anime and manga are mostly Japanese.
Language language(MediaType type, DeterministicRandom &rng);
/// ISO 639-1 code ("fr").
QString languageCode(Language language);
/// An ISO 3166-1 alpha-2 country where the language is spoken.
QString country(Language language, DeterministicRandom &rng);

QString title(Language language, MediaType type, DeterministicRandom &rng);
/// "Given Family", in the conventions of the language.
QString personName(Language language, DeterministicRandom &rng);
/// A band or studio name, for albums and games.
QString groupName(DeterministicRandom &rng);
/// One or two sentences about an item.
QString description(MediaType type, DeterministicRandom &rng);
/// A genre word fitting the type (for games and albums).
QString genre(MediaType type, DeterministicRandom &rng);
/// Gaming platforms, one to four, without repetition.
QStringList platforms(DeterministicRandom &rng);

/// The name of a user's `ordinal`-th list (0-based), distinct for distinct ordinals.
QString listName(int ordinal);
QString listDescription(DeterministicRandom &rng);
/// A short note a person might leave, sometimes empty.
QString note(Status status, DeterministicRandom &rng);

} // namespace omt::GeneratorText
