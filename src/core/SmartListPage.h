#pragma once

#include "Media.h"

#include <QList>

namespace omt {

/// The first items of a smart list and how many it has in all.
struct SmartListPage
{
    /// Matching items, at most the filter's limit.
    int count = 0;
    QList<MediaSummary> items;
};

} // namespace omt
