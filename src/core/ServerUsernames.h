#pragma once

#include "Error.h"

#include <QString>

/// The rule for household members' usernames, which are PostgreSQL role
/// names (DESIGN §7): checked before anything is written, with the same
/// words the server's own check (auth.add_member) would use.
namespace omt::ServerUsernames {

/// 3 to 32 lower-case letters, digits or underscores, not beginning with a
/// digit, and not "pg_…" or "omt_…", which are the server's own.
Result<void> validate(const QString &name);

} // namespace omt::ServerUsernames
