#pragma once

#include "core/Error.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace omt {

class Database;

/// People using the library. Passwords and sessions belong to the
/// authentication service of the household server, not here.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::UserRepository)

public:
    explicit UserRepository(Database &database);

    /// Creates a user; a null id gets a fresh one. Usernames are lower-case
    /// letters, digits, '.', '_' and '-'; e-mail addresses are stored lower-case.
    Result<User> create(User user);
    /// Saves display name, e-mail, role, active flag and profile settings.
    Result<User> update(User user);
    Result<User> get(const QUuid &id);
    Result<User> findByUsername(const QString &username);
    Result<QList<User>> all();
    Result<User> updateProfileSettings(const QUuid &id, const QJsonObject &settings);
    Result<void> remove(const QUuid &id);

    /// The local library's owner profile (username "owner", admin), created
    /// on first use; the profile every local interaction belongs to.
    Result<User> ensureOwnerProfile();

private:
    Database &m_database;
};

} // namespace omt
