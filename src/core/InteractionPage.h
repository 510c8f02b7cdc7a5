#pragma once

#include "Interaction.h"
#include "InteractionCursor.h"

#include <QList>

namespace omt {

/// A page of a user's interactions, newest first, and where the next begins.
struct InteractionPage
{
    QList<InteractionWithMedia> rows;
    InteractionCursor next;
};

} // namespace omt
