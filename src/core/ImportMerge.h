#pragma once

#include "ImportedItem.h"
#include "Interaction.h"

#include <optional>

namespace omt::ImportMerge {

/// The key of an interaction's metaSnapshot under which an import records
/// what it wrote: {"source", "as_of", "written_at", "row"}.
inline constexpr QLatin1StringView ImportKey { "import" };

/// When the state an interaction holds was reached, as far as the library
/// knows: the source's date when an import wrote it and nobody has changed
/// it since, otherwise when it was last changed.
QDateTime knownAsOf(const Interaction &stored);

/// The interaction to store for an imported row, or nothing when the library
/// holds this state already or a newer one (re-importing a file changes
/// nothing; an older export does not undo later tracking).
///
/// A row newer than what is stored replaces its status, progress, rating and
/// dates, and its notes when it has any. An older one only fills a rating or
/// notes the library lacks. `now` becomes the update time. User and media
/// ids are taken from `stored`, or must be set by the caller on a new one.
std::optional<Interaction> merge(const std::optional<Interaction> &stored, const ImportedItem &item,
    const QString &source, const QDateTime &now);

} // namespace omt::ImportMerge
