#include "TestDatabase.h"

#include "storage/Migrator.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace omt::test {

namespace {
const char *const BackendVariable = "OMT_TEST_BACKEND";

/// A connection to the test server's maintenance database, for CREATE/DROP DATABASE.
class PostgresServer
{
public:
    static PostgresServer &instance()
    {
        static PostgresServer server;
        return server;
    }

    bool configured() const { return m_configured; }
    QString error() const { return m_error; }

    ConnectionSettings settingsFor(const QString &databaseName) const
    {
        ConnectionSettings settings = m_admin;
        settings.databaseName = databaseName;
        return settings;
    }

    /// A database cloned from the migrated per-process template (made on first use).
    bool createDatabase(const QString &name, bool migrated, QString *why)
    {
        if (migrated && m_template.isEmpty() && !createTemplate(why))
            return false;
        const QString sql = migrated ? QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_template)
                                     : QStringLiteral("CREATE DATABASE %1").arg(name);
        return exec(sql, why);
    }

    void dropDatabase(const QString &name)
    {
        QString ignored;
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &ignored);
    }

    /// Drops the template while Qt SQL is still alive (a post routine runs
    /// in QCoreApplication's destructor; a static destructor would be too late).
    static void shutdown()
    {
        PostgresServer &server = instance();
        if (!server.m_template.isEmpty())
            server.dropDatabase(server.m_template);
        server.m_template.clear();
        server.m_adminDatabase.reset();
        server.m_configured = false;
    }

private:
    PostgresServer()
    {
        const QString url = qEnvironmentVariable("OMT_TEST_PG_URL");
        if (url.isEmpty()) {
            m_error = QStringLiteral("OMT_TEST_PG_URL is not set: run the tests with packaging/dev.sh test, "
                                     "which starts a PostgreSQL server for them");
            return;
        }
        auto parsed = ConnectionSettings::parse(url);
        if (!parsed) {
            m_error = parsed.error().toString();
            return;
        }
        m_admin = *parsed;
        m_admin.password = qEnvironmentVariable("OMT_TEST_PG_PASSWORD");
        m_adminDatabase = std::make_unique<Database>(m_admin);
        m_configured = true;
        qAddPostRoutine(&PostgresServer::shutdown);
    }

    bool exec(const QString &sql, QString *why)
    {
        auto connection = m_adminDatabase->sql();
        if (!connection) {
            *why = connection.error().toString();
            return false;
        }
        if (auto done = connection->runDirect(sql, QStringLiteral("preparing a test database")); !done) {
            *why = done.error().toString();
            return false;
        }
        return true;
    }

    bool createTemplate(QString *why)
    {
        const QString name = QStringLiteral("omt_template_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->generate());
        if (!exec(QStringLiteral("CREATE DATABASE %1").arg(name), why))
            return false;
        {
            Database database(settingsFor(name));
            Migrator migrator(database);
            auto migrated = migrator.migrate();
            if (!migrated) {
                *why = QStringLiteral("migrating the template database: ") + migrated.error().toString();
                return false;
            }
        } // closes the connection: a template must have none while it is copied
        m_template = name;
        return true;
    }

    bool m_configured = false;
    QString m_error;
    ConnectionSettings m_admin;
    std::unique_ptr<Database> m_adminDatabase;
    QString m_template;
};
} // namespace

SqlDialect::Kind TestDatabase::requestedKind()
{
    return qEnvironmentVariable(BackendVariable) == QLatin1String("postgresql") ? SqlDialect::Kind::PostgreSQL
                                                                                : SqlDialect::Kind::SQLite;
}

std::unique_ptr<TestDatabase> TestDatabase::create(QString *why, bool *skip)
{
    return make(requestedKind(), true, why, skip);
}

std::unique_ptr<TestDatabase> TestDatabase::create(SqlDialect::Kind kind, QString *why, bool *skip)
{
    return make(kind, true, why, skip);
}

std::unique_ptr<TestDatabase> TestDatabase::createEmpty(QString *why, bool *skip)
{
    return make(requestedKind(), false, why, skip);
}

std::unique_ptr<TestDatabase> TestDatabase::createEmpty(SqlDialect::Kind kind, QString *why, bool *skip)
{
    return make(kind, false, why, skip);
}

std::unique_ptr<TestDatabase> TestDatabase::make(
    SqlDialect::Kind kind, bool migrated, QString *why, bool *skip)
{
    *skip = false;
    std::unique_ptr<TestDatabase> test(new TestDatabase);

    if (kind == SqlDialect::Kind::SQLite) {
        test->m_dir = std::make_unique<QTemporaryDir>();
        if (!test->m_dir->isValid()) {
            *why = QStringLiteral("no temporary directory: ") + test->m_dir->errorString();
            return nullptr;
        }
        ConnectionSettings settings;
        settings.backend = SqlDialect::Kind::SQLite;
        settings.sqlitePath = test->m_dir->filePath(QStringLiteral("library.omt"));
        settings.createIfMissing = true;
        test->m_database = std::make_unique<Database>(settings);
    } else {
        PostgresServer &server = PostgresServer::instance();
        if (!server.configured()) {
            *why = server.error();
            *skip = qEnvironmentVariable("OMT_TEST_REQUIRE_PG") != QLatin1String("1");
            return nullptr;
        }
        test->m_pgDatabaseName = QStringLiteral("omt_test_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::global()->generate());
        if (!server.createDatabase(test->m_pgDatabaseName, migrated, why))
            return nullptr;
        test->m_database = std::make_unique<Database>(server.settingsFor(test->m_pgDatabaseName));
    }

    if (migrated && test->kind() == SqlDialect::Kind::SQLite) {
        Migrator migrator(*test->m_database);
        if (auto done = migrator.migrate(); !done) {
            *why = QStringLiteral("migrating the test library: ") + done.error().toString();
            return nullptr;
        }
    }
    return test;
}

QUuid addUser(Database &database, const QString &username)
{
    User user;
    user.username = username;
    auto created = UserRepository(database).create(user);
    if (!created)
        qFatal("adding the test user %s: %s", qPrintable(username), qPrintable(created.error().toString()));
    return created->id;
}

TestDatabase::~TestDatabase()
{
    if (m_database)
        m_database->closeAllConnections();
    m_database.reset();
    if (!m_pgDatabaseName.isEmpty())
        PostgresServer::instance().dropDatabase(m_pgDatabaseName);
}

} // namespace omt::test
