#pragma once

#include "Media.h"
#include "MediaList.h"

namespace omt {

/// An entry of a manual list with what views show of its media.
struct ListEntry
{
    ListItem item;
    MediaSummary media;

    friend bool operator==(const ListEntry &, const ListEntry &) = default;
};

} // namespace omt
