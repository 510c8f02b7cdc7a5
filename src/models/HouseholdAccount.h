#pragma once

#include "core/Enums.h"
#include "core/Error.h"
#include "core/ServerMember.h"
#include "storage/MemberAdministration.h"
#include "storage/ServerAccount.h"

#include <QObject>

#include <functional>

namespace omt {

class AsyncStorage;

/// The signed-in member's account and, for administrators, the household's
/// members, on a household server: every call runs on the storage worker
/// (its connection is the member's) and `done` runs on this object's thread,
/// unless `receiver` is gone by then. The server checks every right itself;
/// this only carries the calls.
class HouseholdAccount : public QObject
{
    Q_OBJECT

public:
    explicit HouseholdAccount(AsyncStorage &storage, QObject *parent = nullptr);

    void sessions(QObject *receiver, std::function<void(Result<QList<AccountSession>>)> done);
    /// Replaces the member's password; the session goes on with the new one.
    void changePassword(
        const QString &newPassword, QObject *receiver, std::function<void(Result<void>)> done);

    void members(QObject *receiver, std::function<void(Result<QList<ServerMember>>)> done);
    void recentEvents(int count, QObject *receiver, std::function<void(Result<QList<AccountEvent>>)> done);
    void addMember(
        const QString &username, Role role, QObject *receiver, std::function<void(Result<NewMember>)> done);
    void resetPassword(
        const QString &username, QObject *receiver, std::function<void(Result<NewMember>)> done);
    void setEnabled(
        const QString &username, bool enabled, QObject *receiver, std::function<void(Result<void>)> done);
    void setRole(
        const QString &username, Role role, QObject *receiver, std::function<void(Result<void>)> done);

private:
    AsyncStorage &m_storage;
};

} // namespace omt
