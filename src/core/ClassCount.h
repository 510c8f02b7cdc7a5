#pragma once

#include <QString>

namespace omt {

/// How many items carry one media class (the sidebar builds its class tree from these).
struct ClassCount
{
    QString mediaClass;
    int count = 0;

    friend bool operator==(const ClassCount &, const ClassCount &) = default;
};

} // namespace omt
