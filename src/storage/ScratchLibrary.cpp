#include "ScratchLibrary.h"

#include "Database.h"
#include "Migrator.h"
#include "StorageLog.h"

#include <QUuid>

namespace omt {

namespace {
Result<void> runOnServer(const ConnectionSettings &admin, const QString &statement)
{
    Database server(admin);
    auto sql = server.sql();
    if (!sql)
        return sql.error();
    return sql->runDirect(statement, ScratchLibrary::tr("preparing a scratch library"));
}
} // namespace

Result<std::unique_ptr<ScratchLibrary>> ScratchLibrary::create(const ConnectionSettings &like)
{
    std::unique_ptr<ScratchLibrary> scratch(new ScratchLibrary);
    ConnectionSettings settings = like;
    if (like.backend == SqlDialect::Kind::SQLite) {
        scratch->m_dir = std::make_unique<QTemporaryDir>();
        if (!scratch->m_dir->isValid())
            return Error { Error::Code::Io, tr("No temporary folder for a scratch library."),
                scratch->m_dir->errorString(), {} };
        settings.sqlitePath = scratch->m_dir->filePath(QStringLiteral("scratch.omt"));
        settings.createIfMissing = true;
    } else {
        // The name is generated here, never taken from input: safe to splice.
        scratch->m_admin = like;
        scratch->m_pgDatabaseName
            = QStringLiteral("omt_scratch_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (auto created
            = runOnServer(like, QStringLiteral("CREATE DATABASE %1").arg(scratch->m_pgDatabaseName));
            !created) {
            scratch->m_pgDatabaseName.clear();
            Error error = created.error();
            error.message = tr("A scratch database could not be created on the server (the account needs the "
                               "CREATEDB privilege).");
            return error;
        }
        settings.databaseName = scratch->m_pgDatabaseName;
    }
    scratch->m_database = std::make_unique<Database>(settings);
    Migrator migrator(*scratch->m_database);
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    return scratch;
}

ScratchLibrary::~ScratchLibrary()
{
    if (m_database)
        m_database->closeAllConnections();
    m_database.reset();
    if (!m_pgDatabaseName.isEmpty()) {
        auto dropped = runOnServer(
            m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabaseName));
        if (!dropped)
            qCWarning(lcStorage) << "could not drop scratch database" << m_pgDatabaseName
                                 << dropped.error().toString();
    }
}

} // namespace omt
