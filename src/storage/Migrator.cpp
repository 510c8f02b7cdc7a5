#include "Migrator.h"

#include "Database.h"
#include "SqlScript.h"
#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace omt {

namespace {
// Serialises concurrent migrations of one PostgreSQL database (two household
// members starting a new version at once). Any constant will do; this one
// spells "OMTS" in ASCII.
constexpr qint64 MigrationLockKey = 0x4F4D5453;

/// The value of a statement that always returns one row. No row means the
/// row could not be read (a damaged page, a lost connection): taking that for
/// version 0 would run every migration again on an existing library.
Result<QVariant> onlyValue(const SqlConnection &sql, QSqlQuery &query, const QString &context)
{
    if (query.next())
        return query.value(0);
    if (auto read = sql.finishRows(query, context); !read)
        return read.error();
    return Error::internal(Migrator::tr("The library version could not be read."), query.lastQuery());
}

QString dialectFolder(SqlDialect::Kind kind)
{
    return kind == SqlDialect::Kind::SQLite ? QStringLiteral(":/schema/sqlite")
                                            : QStringLiteral(":/schema/postgresql");
}
} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{ }

QList<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> result;
    const QDir folder(dialectFolder(m_database.kind()));
    for (const QString &entry : folder.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        result.append({ match.captured(1).toInt(), match.captured(2), folder.filePath(entry) });
    }
    std::sort(result.begin(), result.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion() const
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("reading the library version");
    if (sql->kind() == SqlDialect::Kind::SQLite) {
        auto query = sql->run(QStringLiteral("PRAGMA user_version"), {}, context);
        if (!query)
            return query.error();
        const auto version = onlyValue(*sql, *query, context);
        if (!version)
            return version.error();
        return version->toInt();
    }
    auto exists
        = sql->run(QStringLiteral("SELECT to_regclass('public.schema_version') IS NOT NULL"), {}, context);
    if (!exists)
        return exists.error();
    const auto tableExists = onlyValue(*sql, *exists, context);
    if (!tableExists)
        return tableExists.error();
    if (!tableExists->toBool())
        return 0;
    auto query = sql->run(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_version"), {}, context);
    if (!query)
        return query.error();
    const auto version = onlyValue(*sql, *query, context);
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> Migrator::checkNotNewer() const
{
    auto version = currentVersion();
    if (!version)
        return version.error();
    if (*version > latestVersion()) {
        return Error { Error::Code::NewerSchema,
            tr("This library was written by a newer version of OmniMediaTrak (library version %1; this "
               "program knows up to %2). Update OmniMediaTrak to open it; the library was not changed.")
                .arg(*version)
                .arg(latestVersion()),
            m_database.settings().displayName(), {} };
    }
    return {};
}

Result<int> Migrator::migrate()
{
    return migrateTo(latestVersion());
}

Result<int> Migrator::migrateTo(int target)
{
    if (auto checked = checkNotNewer(); !checked)
        return checked.error();
    auto version = currentVersion();
    if (!version)
        return version.error();
    for (const Migration &migration : migrations()) {
        if (migration.version <= *version || migration.version > target)
            continue;
        if (auto applied = apply(migration); !applied)
            return applied.error();
    }
    return currentVersion();
}

Result<void> Migrator::apply(const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(tr("A schema update is missing from this program."), migration.resourcePath);
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context
        = tr("updating the library to version %1 (%2)").arg(migration.version).arg(migration.name);
    auto transaction = sql->beginWrite(context);
    if (!transaction)
        return transaction.error();

    if (sql->kind() == SqlDialect::Kind::PostgreSQL) {
        if (auto locked
            = sql->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { MigrationLockKey }, context);
            !locked)
            return locked.error();
        if (auto created = sql->runDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_version ("
                                                         " version integer PRIMARY KEY,"
                                                         " name text NOT NULL,"
                                                         " applied_at timestamptz NOT NULL DEFAULT now())"),
                context);
            !created)
            return created.error();
        // Another client may have migrated while we waited for the lock.
        auto applied = sql->run(QStringLiteral("SELECT 1 FROM public.schema_version WHERE version = ?"),
            { migration.version }, context);
        if (!applied)
            return applied.error();
        if (applied->next())
            return transaction->commit();
        if (auto read = sql->finishRows(*applied, context); !read)
            return read.error();
    } else {
        // Another program (the app and the command-line tool on one new file)
        // may have migrated between our version check and the write lock.
        auto version = sql->run(QStringLiteral("PRAGMA user_version"), {}, context);
        if (!version)
            return version.error();
        const auto current = onlyValue(*sql, *version, context);
        if (!current)
            return current.error();
        if (current->toInt() >= migration.version)
            return transaction->commit();
    }

    for (const QString &statement : statements) {
        if (auto done = sql->runDirect(statement, context); !done) {
            Error error = done.error();
            error.detail = statement.left(200) + QStringLiteral(" … ") + error.detail;
            return error;
        }
    }

    const auto recorded = sql->kind() == SqlDialect::Kind::SQLite
        ? sql->runDirect(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), context)
        : [&]() -> Result<void> {
        auto inserted
            = sql->run(QStringLiteral("INSERT INTO public.schema_version (version, name) VALUES (?, ?)"),
                { migration.version, migration.name }, context);
        if (!inserted)
            return inserted.error();
        return {};
    }();
    if (!recorded)
        return recorded.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcStorage) << "migrated" << m_database.settings().displayName() << "to version"
                      << migration.version;
    return {};
}

} // namespace omt
