#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace omt {

/// A person using the library: the local owner profile, or a household member.
struct User
{
    QUuid id;
    QString username;
    /// Optional on the local library; unique when set.
    QString email;
    QString displayName;
    Role role = Role::Member;
    /// Per-user preferences (rating display scale, default view, …).
    QJsonObject profileSettings;
    bool isActive = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace omt
