#pragma once

#include "ExternalLinkRepository.h"
#include "InteractionRepository.h"
#include "ListItemRepository.h"
#include "ListOrdering.h"
#include "ListRepository.h"
#include "MediaRecordRepository.h"
#include "MediaRepository.h"
#include "RelationshipRepository.h"
#include "SmartListQuery.h"
#include "UserRepository.h"

namespace omt {

/// Every repository over one Database, for code that needs several (the
/// async facade's worker, the command-line tool). Use from one thread only.
struct Repositories
{
    explicit Repositories(Database &db)
        : database(db)
        , media(db)
        , interactions(db)
        , lists(db)
        , listItems(db)
        , listOrder(db)
        , users(db)
        , relationships(db)
        , links(db)
        , records(db)
        , smartLists(db)
    { }

    /// For work beyond the repositories (generating a sample library).
    Database &database;
    MediaRepository media;
    InteractionRepository interactions;
    ListRepository lists;
    ListItemRepository listItems;
    ListOrdering listOrder;
    UserRepository users;
    RelationshipRepository relationships;
    ExternalLinkRepository links;
    MediaRecordRepository records;
    SmartListQuery smartLists;
};

} // namespace omt
