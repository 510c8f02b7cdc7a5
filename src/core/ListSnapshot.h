#pragma once

#include "MediaList.h"

#include <QJsonObject>
#include <QList>

namespace omt {

/// A list with its rule and items, to put it back after deleting it (undo).
struct ListSnapshot
{
    MediaList list;
    QJsonObject smartFilter;
    QList<ListItem> items;
};

} // namespace omt
