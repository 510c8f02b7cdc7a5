#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace omt {

/// A household member as an administrator sees them on the server.
struct ServerMember
{
    QString username;
    Role role = Role::Member;
    bool isActive = true;
    /// Still holding the one-time password: sees nothing until they choose their own.
    bool passwordPending = false;
    QDateTime createdAt;
    /// Invalid when they never signed in.
    QDateTime lastLoginAt;
};

/// One line of the server's append-only account record.
struct AccountEvent
{
    QDateTime occurredAt;
    QString username;
    /// sign_in, sign_out, password_changed, role_changed, member_created,
    /// member_disabled, member_enabled.
    QString event;
    bool succeeded = true;
    QString reason;
    /// Who did it (an administrator's username); empty for the member's own sign-in.
    QString actor;
    /// The client's IP address, or "local" for a Unix socket.
    QString clientAddress;
};

} // namespace omt
