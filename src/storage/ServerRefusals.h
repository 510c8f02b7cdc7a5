#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace omt {

/// Says in words what the household server's functions refused: their own
/// SQLSTATEs (OM001 …, schema/server/1_security.sql) and a missing privilege,
/// which SqlErrors leaves in Error::subject.
class ServerRefusals
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerRefusals)

public:
    /// `error` with a message naming `username` where the refusal concerns
    /// that account; other errors unchanged.
    static Error reword(Error error, const QString &username);

    /// A member deleted items from the shared catalogue, and row-level
    /// security let none of them go: deleting is for administrators. (The
    /// server refuses it silently, by deleting nothing.)
    static Error catalogueDeletionRefused(const QString &detail);
};

} // namespace omt
