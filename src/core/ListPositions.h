#pragma once

#include <QList>

#include <optional>

namespace omt::ListPositions {

/// Distance between neighbours after appending or renumbering. Large enough
/// that about ten moves into the same gap fit before a renumbering is needed.
inline constexpr qint64 Step = 1024;

/// Positions for `count` items placed between two neighbours (either may be
/// missing at the ends of the list), evenly spread in the gap and strictly
/// increasing. Empty when the gap is too small: the list must be renumbered.
std::optional<QList<qint64>> between(std::optional<qint64> before, std::optional<qint64> after, int count);

/// Positions 1·Step, 2·Step, … for a list of `count` items.
QList<qint64> renumbered(int count);

} // namespace omt::ListPositions
