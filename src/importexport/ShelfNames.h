#pragma once

#include "core/Enums.h"

#include <QString>

#include <optional>

namespace omt::ShelfNames {

/// The status a reading-tracker shelf or status name stands for: Goodreads'
/// exclusive shelves (read, currently-reading, to-read) and the ones people
/// make for what they gave up or paused (did-not-finish, dnf, abandoned,
/// wont-finish, on-hold, paused), StoryGraph's read statuses. Nothing for a
/// shelf that is only a collection ("favorites").
std::optional<Status> status(const QString &shelf);

} // namespace omt::ShelfNames
