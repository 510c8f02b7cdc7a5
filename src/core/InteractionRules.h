#pragma once

#include "Error.h"
#include "Interaction.h"

namespace omt::InteractionRules {

/// Applies a patch to the current state of an interaction (a default
/// Interaction when there is none yet) and returns the state to store.
///
/// Besides copying the fields, it keeps the dates honest: moving to
/// in_progress sets started_at when it is unknown; moving to completed sets
/// completed_at (and started_at when still unknown stays unknown: we do not
/// invent when someone began). Dates given explicitly in the patch win.
/// Invalid input (rating outside 1..10, negative progress, completion before
/// start) is refused with a message naming the field.
Result<Interaction> apply(const Interaction &current, const InteractionPatch &patch, const QDateTime &now);

} // namespace omt::InteractionRules
