#include "UserRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Timestamps.h"

#include <QRegularExpression>

#include <algorithm>

namespace omt {

namespace {
constexpr qsizetype MaxUsernameLength = 64;
const QLatin1String OwnerUsername("owner");

/// Every column of User, in the common text representation.
QString userColumns(const SqlDialect &d)
{
    return QStringList { d.select(QStringLiteral("id"), ColumnType::Uuid), QStringLiteral("username"),
        QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("role"),
        d.select(QStringLiteral("profile_settings"), ColumnType::Json),
        d.select(QStringLiteral("is_active"), ColumnType::Boolean),
        d.select(QStringLiteral("created_at"), ColumnType::Timestamp),
        d.select(QStringLiteral("updated_at"), ColumnType::Timestamp) }
        .join(QStringLiteral(", "));
}

User readUser(const QSqlQuery &q)
{
    User user;
    user.id = SqlValues::toUuid(q.value(0));
    user.username = q.value(1).toString();
    user.email = q.value(2).toString();
    user.displayName = q.value(3).toString();
    user.role = SqlValues::toEnum(q.value(4), Role::Member);
    user.profileSettings = SqlValues::toJsonObject(q.value(5));
    user.isActive = q.value(6).toBool();
    user.createdAt = SqlValues::toTimestamp(q.value(7));
    user.updatedAt = SqlValues::toTimestamp(q.value(8));
    return user;
}

User normalized(User user)
{
    user.username = user.username.trimmed();
    user.email = user.email.trimmed().toLower();
    user.displayName = user.displayName.trimmed();
    return user;
}

/// The same rule as the users_username_format constraint, said in words.
Result<void> validateUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_.-]+$"));
    if (username.isEmpty())
        return Error::invalidInput(UserRepository::tr("A username is needed."));
    if (username.size() > MaxUsernameLength)
        return Error::invalidInput(UserRepository::tr("The username “%1” is too long: at most %2 characters.")
                                       .arg(username)
                                       .arg(MaxUsernameLength));
    if (allowed.match(username).hasMatch())
        return {};
    const QString lower = username.toLower();
    if (allowed.match(lower).hasMatch())
        return Error::invalidInput(
            UserRepository::tr("Usernames are written in lower case: use “%1” instead of “%2”.")
                .arg(lower, username));
    return Error::invalidInput(UserRepository::tr(
        "“%1” cannot be a username: use only lower-case letters, digits, “.”, “_” and “-”.")
                                   .arg(username));
}

/// The same rule as the users_email_format constraint; an empty address means none.
Result<void> validateEmail(const QString &email)
{
    if (email.isEmpty())
        return {};
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const bool hasSpace = std::any_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace(); });
    if (at <= 0 || at == email.size() - 1 || hasSpace)
        return Error::invalidInput(UserRepository::tr("“%1” is not an e-mail address.").arg(email));
    return {};
}

Result<void> validate(const User &user)
{
    if (auto valid = validateUsername(user.username); !valid)
        return valid;
    return validateEmail(user.email);
}

/// Refines generic constraint errors into sentences about users.
Error explain(Error error, const User &user)
{
    if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("username"))
        error.message = UserRepository::tr("The username “%1” is already taken.").arg(user.username);
    else if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("email"))
        error.message = UserRepository::tr("The e-mail address “%1” is already used by another account.")
                            .arg(user.email);
    else if (error.code == Error::Code::AlreadyExists && error.subject == QLatin1String("id"))
        error.message = UserRepository::tr("A user with this id already exists.");
    else if (error.subject == QLatin1String("users_role_known"))
        error.message = UserRepository::tr("Unknown role.");
    else if (error.subject == QLatin1String("users_username_format"))
        error.message = UserRepository::tr("“%1” cannot be a username.").arg(user.username);
    else if (error.subject == QLatin1String("users_email_format"))
        error.message = UserRepository::tr("“%1” is not an e-mail address.").arg(user.email);
    return error;
}

Error userGone(const QUuid &id)
{
    return Error::notFound(UserRepository::tr("The user no longer exists."), SqlValues::uuid(id).toString());
}
} // namespace

UserRepository::UserRepository(Database &database)
    : m_database(database)
{ }

Result<User> UserRepository::create(User user)
{
    user = normalized(std::move(user));
    if (auto valid = validate(user); !valid)
        return valid.error();
    if (user.id.isNull())
        user.id = QUuid::createUuid();
    user.createdAt = user.updatedAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString statement
        = QStringLiteral(
              "INSERT INTO %1 (id, username, email, display_name, role, profile_settings, is_active,"
              " created_at, updated_at) VALUES (%2, ?, ?, ?, ?, %3, %4, %5, %5) RETURNING ")
              .arg(d.table(Table::Users), d.param(ColumnType::Uuid), d.param(ColumnType::Json),
                  d.param(ColumnType::Boolean), d.param(ColumnType::Timestamp))
        + userColumns(d);
    auto query = sql->run(statement,
        { SqlValues::uuid(user.id), user.username, SqlValues::optionalText(user.email),
            SqlValues::requiredText(user.displayName), toDbString(user.role),
            SqlValues::json(user.profileSettings), user.isActive, SqlValues::timestamp(user.createdAt),
            SqlValues::timestamp(user.updatedAt) },
        tr("adding the user “%1”").arg(user.username));
    if (!query)
        return explain(query.error(), user);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::internal(
            tr("The new user could not be read back."), SqlValues::uuid(user.id).toString());
    }
    return readUser(*query);
}

Result<User> UserRepository::update(User user)
{
    user = normalized(std::move(user));
    if (user.id.isNull())
        return Error::invalidInput(tr("Only a stored user can be updated."));
    if (auto valid = validateEmail(user.email); !valid)
        return valid.error();
    user.updatedAt = Timestamps::now();

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // The username is the sign-in name and stays as created.
    const QString statement
        = QStringLiteral("UPDATE %1 SET email = ?, display_name = ?, role = ?, profile_settings = %2,"
                         " is_active = %3, updated_at = %4 WHERE id = %5 RETURNING ")
              .arg(d.table(Table::Users), d.param(ColumnType::Json), d.param(ColumnType::Boolean),
                  d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid))
        + userColumns(d);
    auto query = sql->run(statement,
        { SqlValues::optionalText(user.email), SqlValues::requiredText(user.displayName),
            toDbString(user.role), SqlValues::json(user.profileSettings), user.isActive,
            SqlValues::timestamp(user.updatedAt), SqlValues::uuid(user.id) },
        tr("saving the user “%1”").arg(user.username));
    if (!query)
        return explain(query.error(), user);
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return userGone(user.id);
    }
    return readUser(*query);
}

Result<User> UserRepository::get(const QUuid &id)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                              .arg(userColumns(sql->dialect()), sql->table(Table::Users),
                                  sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(id) }, tr("reading a user"));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return userGone(id);
    }
    return readUser(*query);
}

Result<User> UserRepository::findByUsername(const QString &username)
{
    // Stored usernames are lower case, so "Alice" finds "alice".
    const QString wanted = username.trimmed().toLower();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 WHERE username = ?")
                              .arg(userColumns(sql->dialect()), sql->table(Table::Users)),
        { wanted }, tr("looking up the user “%1”").arg(wanted));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::notFound(tr("There is no user “%1”.").arg(wanted), wanted);
    }
    return readUser(*query);
}

Result<QList<User>> UserRepository::all()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto query = sql->run(QStringLiteral("SELECT %1 FROM %2 ORDER BY username")
                              .arg(userColumns(sql->dialect()), sql->table(Table::Users)),
        {}, tr("reading the users"));
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next())
        users.append(readUser(*query));
    if (auto read = sql->finishRows(*query); !read)
        return read.error();
    return users;
}

Result<User> UserRepository::updateProfileSettings(const QUuid &id, const QJsonObject &settings)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    auto query = sql->run(QStringLiteral("UPDATE %1 SET profile_settings = %2, updated_at = %3 WHERE id = %4"
                                         " RETURNING ")
                              .arg(d.table(Table::Users), d.param(ColumnType::Json),
                                  d.param(ColumnType::Timestamp), d.param(ColumnType::Uuid))
            + userColumns(d),
        { SqlValues::json(settings), SqlValues::timestamp(Timestamps::now()), SqlValues::uuid(id) },
        tr("saving the profile settings"));
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return userGone(id);
    }
    return readUser(*query);
}

Result<void> UserRepository::remove(const QUuid &id)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    // Interactions, lists, sessions and tokens go with the user (ON DELETE CASCADE).
    auto query = sql->run(QStringLiteral("DELETE FROM %1 WHERE id = %2")
                              .arg(sql->table(Table::Users), sql->dialect().param(ColumnType::Uuid)),
        { SqlValues::uuid(id) }, tr("deleting a user"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return userGone(id);
    return {};
}

Result<User> UserRepository::ensureOwnerProfile()
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = tr("preparing the owner profile");
    const QDateTime now = Timestamps::now();

    // Two programs opening a new library at once both try; the unique username
    // lets exactly one insert win and the other read the winner's row.
    auto inserted = sql->run(
        QStringLiteral("INSERT INTO %1 (id, username, display_name, role, profile_settings, is_active,"
                       " created_at, updated_at) VALUES (%2, ?, ?, ?, %3, %4, %5, %5)"
                       " ON CONFLICT (username) DO NOTHING")
            .arg(d.table(Table::Users), d.param(ColumnType::Uuid), d.param(ColumnType::Json),
                d.param(ColumnType::Boolean), d.param(ColumnType::Timestamp)),
        { SqlValues::uuid(QUuid::createUuid()), QString(OwnerUsername), tr("Owner"), toDbString(Role::Admin),
            SqlValues::json({}), true, SqlValues::timestamp(now), SqlValues::timestamp(now) },
        context);
    if (!inserted)
        return inserted.error();

    auto query = sql->run(
        QStringLiteral("SELECT %1 FROM %2 WHERE username = ?").arg(userColumns(d), d.table(Table::Users)),
        { QString(OwnerUsername) }, context);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = sql->finishRows(*query); !read)
            return read.error();
        return Error::internal(tr("The owner profile could not be created."));
    }
    return readUser(*query);
}

} // namespace omt
