#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace omt {

/// A user's list. Manual lists hold ordered items; smart lists hold a rule.
struct MediaList
{
    QUuid id;
    QUuid ownerId;
    QString name;
    QString description;
    ListType type = ListType::Manual;
    /// Public lists are visible to the other members of a household server.
    bool isPublic = false;
    /// Optional refinement applied when viewing the list (e.g. hide completed),
    /// in the filter language; empty when there is none.
    QJsonObject filterDefinition;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const MediaList &, const MediaList &) = default;
};

struct ListItem
{
    QUuid listId;
    QUuid mediaId;
    /// Gapped sort key (see ListPositions); only the order is meaningful.
    qint64 position = 0;
    QDateTime addedAt;

    friend bool operator==(const ListItem &, const ListItem &) = default;
};

} // namespace omt
