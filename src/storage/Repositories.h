#pragma once

#include "ExternalLinkRepository.h"
#include "InteractionRepository.h"
#include "ListRepository.h"
#include "MediaRepository.h"
#include "RelationshipRepository.h"
#include "UserRepository.h"

namespace omt {

/// Every repository over one Database, for code that needs several (the
/// async facade's worker, the command-line tool). Use from one thread only.
struct Repositories
{
    explicit Repositories(Database &database)
        : media(database)
        , interactions(database)
        , lists(database)
        , users(database)
        , relationships(database)
        , links(database)
    {
    }

    MediaRepository media;
    InteractionRepository interactions;
    ListRepository lists;
    UserRepository users;
    RelationshipRepository relationships;
    ExternalLinkRepository links;
};

} // namespace omt
