#include "HouseholdAccount.h"

#include "storage/AsyncStorage.h"

namespace omt {

HouseholdAccount::HouseholdAccount(AsyncStorage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{ }

void HouseholdAccount::sessions(QObject *receiver, std::function<void(Result<QList<AccountSession>>)> done)
{
    m_storage.run(
        [](Repositories &r) { return ServerAccount(r.database).sessions(); }, receiver, std::move(done));
}

void HouseholdAccount::changePassword(
    const QString &newPassword, QObject *receiver, std::function<void(Result<void>)> done)
{
    m_storage.run(
        [newPassword](Repositories &r) { return ServerAccount(r.database).changePassword(newPassword); },
        receiver, std::move(done));
}

void HouseholdAccount::members(QObject *receiver, std::function<void(Result<QList<ServerMember>>)> done)
{
    m_storage.run([](Repositories &r) { return MemberAdministration(r.database).members(); }, receiver,
        std::move(done));
}

void HouseholdAccount::recentEvents(
    int count, QObject *receiver, std::function<void(Result<QList<AccountEvent>>)> done)
{
    m_storage.run([count](Repositories &r) { return MemberAdministration(r.database).recentEvents(count); },
        receiver, std::move(done));
}

void HouseholdAccount::addMember(
    const QString &username, Role role, QObject *receiver, std::function<void(Result<NewMember>)> done)
{
    m_storage.run(
        [username, role](Repositories &r) { return MemberAdministration(r.database).add(username, role); },
        receiver, std::move(done));
}

void HouseholdAccount::resetPassword(
    const QString &username, QObject *receiver, std::function<void(Result<NewMember>)> done)
{
    m_storage.run(
        [username](Repositories &r) { return MemberAdministration(r.database).resetPassword(username); },
        receiver, std::move(done));
}

void HouseholdAccount::setEnabled(
    const QString &username, bool enabled, QObject *receiver, std::function<void(Result<void>)> done)
{
    m_storage.run(
        [username, enabled](
            Repositories &r) { return MemberAdministration(r.database).setEnabled(username, enabled); },
        receiver, std::move(done));
}

void HouseholdAccount::setRole(
    const QString &username, Role role, QObject *receiver, std::function<void(Result<void>)> done)
{
    m_storage.run([username, role](
                      Repositories &r) { return MemberAdministration(r.database).setRole(username, role); },
        receiver, std::move(done));
}

} // namespace omt
