#pragma once

#include "core/Interaction.h"
#include "core/Media.h"

#include <optional>

namespace omt {

/// One row of a library view: the item and the signed-in user's interaction with it.
struct LibraryRow
{
    MediaSummary media;
    std::optional<Interaction> interaction;
};

} // namespace omt
