#include "Database.h"

#include "SqlErrors.h"
#include "StorageLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVersionNumber>

#include <atomic>

namespace omt {

namespace {
QString driverName(SqlDialect::Kind kind)
{
    return kind == SqlDialect::Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

/// Prepares the search functions of schema/postgresql/0004 in this session.
/// PL/pgSQL compiles a function and its statements on its first call in a
/// session; for search_word() that is about 60 ms (its folding map and
/// character classes), which the first search would otherwise pay. Nothing
/// happens on a server without them (older or not yet migrated), and a
/// failure here is left to the search itself to report.
void warmUpSearch(QSqlDatabase &db)
{
    QSqlQuery warm(db);
    if (!warm.exec(QStringLiteral("DO $$ BEGIN"
                                  " IF to_regprocedure('media.search_word(text,boolean)') IS NOT NULL THEN"
                                  " PERFORM media.search_word('a', true); END IF; END $$")))
        qCDebug(lcStorage) << "preparing the search functions:" << warm.lastError().text();
}
/// libpq's connection options (QPSQL joins them with spaces). Keepalives
/// and tcp_user_timeout find a server or link that stopped answering within
/// about a minute, where a blocking read would otherwise wait forever;
/// statement_timeout bounds what runs on the server. Notices (“already
/// exists, skipping”) are for people typing SQL, not for this program's users.
QString postgresConnectOptions(const ConnectionSettings &settings)
{
    QStringList options = {
        QStringLiteral("connect_timeout=%1").arg(settings.connectTimeoutSeconds),
        QStringLiteral("sslmode=%1").arg(settings.effectiveSslMode()),
        QStringLiteral("application_name=OmniMediaTrak"),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=30"),
        QStringLiteral("keepalives_interval=10"),
        QStringLiteral("keepalives_count=3"),
        QStringLiteral("tcp_user_timeout=60000"),
        QStringLiteral("options='-c statement_timeout=%1 -c client_min_messages=warning'")
            .arg(qint64(settings.statementTimeoutSeconds) * 1000),
    };
    // A path holding a space or quote cannot go through QPSQL's option list
    // unquoted; libpq's quoting is single quotes with backslash escapes.
    if (!settings.sslRootCert.isEmpty()) {
        QString path = settings.sslRootCert;
        path.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(QStringLiteral("sslrootcert='%1'").arg(path));
    }
    return options.join(QLatin1Char(';'));
}
} // namespace

Database::Database(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_dialect(SqlDialect::create(m_settings.backend))
    , m_namePrefix(QStringLiteral("omt-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_password(m_settings.password)
{
    if (m_settings.backend == SqlDialect::Kind::SQLite) {
        // A file that exists but cannot be written, or lies in a folder where
        // SQLite cannot make its -wal file, is opened read-only rather than
        // failing at the first read (WAL) or the first click (rollback).
        const QFileInfo file(m_settings.sqlitePath);
        m_readOnly = m_settings.readOnly
            || (file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()));
    }
}

Database::~Database()
{
    closeAllConnections();
}

QString Database::threadConnectionName() const
{
    // Not the OS thread id: the OS reuses those, and a new thread would find a
    // dead thread's connection under its name.
    static std::atomic<quint64> lastThreadNumber { 0 };
    thread_local const quint64 threadNumber = ++lastThreadNumber;
    return m_namePrefix + QLatin1Char('-') + QString::number(threadNumber);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = threadConnectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        const QString driver = driverName(kind());
        if (!QSqlDatabase::isDriverAvailable(driver)) {
            return Error { Error::Code::Unavailable,
                kind() == SqlDialect::Kind::SQLite
                    ? tr("SQLite support (the Qt SQL driver QSQLITE) is not installed.")
                    : tr("PostgreSQL support (the Qt SQL driver QPSQL) is not installed."),
                QStringLiteral("available drivers: ") + QSqlDatabase::drivers().join(QLatin1Char(' ')), {} };
        }
        db = QSqlDatabase::addDatabase(driver, name);
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (!db.isOpen()) {
        if (auto opened = open(db); !opened)
            return opened.error();
    }
    return db;
}

Result<SqlConnection> Database::sql()
{
    auto db = connection();
    if (!db)
        return db.error();
    return SqlConnection(std::move(db).value(), *m_dialect, &m_health, &m_statements);
}

Result<void> Database::open(QSqlDatabase &db) const
{
    return kind() == SqlDialect::Kind::SQLite ? openSqlite(db) : openPostgres(db);
}

Result<void> Database::openSqlite(QSqlDatabase &db) const
{
    const QString &path = m_settings.sqlitePath;
    const QFileInfo file(path);
    if (file.exists() && !file.isFile())
        return Error { Error::Code::InvalidInput,
            tr("“%1” is not a library file: it is a folder, a device or another special file.")
                .arg(m_settings.displayName()),
            {}, {} };
    if (!file.exists() && (!m_settings.createIfMissing || m_readOnly))
        return Error { Error::Code::NotFound,
            tr("There is no library at “%1”.").arg(m_settings.displayName()), {}, {} };
    if (!file.exists() && !QDir().mkpath(file.absolutePath()))
        return Error { Error::Code::Io, tr("The folder for the library could not be created."),
            file.absolutePath(), {} };

    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (!m_readOnly) {
        db.setDatabaseName(path);
    } else {
        // A WAL library is read through its -shm index, which SQLite creates
        // next to the file. Where it cannot (read-only media, a folder
        // without write permission) and no -shm exists, `immutable=1` is the
        // only way to read it: SQLite then takes no locks and ignores the
        // -wal file. That is safe here because no -shm means no program has
        // the library open in WAL mode (SQLite keeps the -shm while it is
        // open and removes it at the last close), and a writer would need
        // this same unwritable folder. A non-empty -wal without -shm is a
        // library that was not closed cleanly: its last changes live in the
        // -wal, which immutable would silently ignore, so it is refused.
        // Otherwise `mode=ro` keeps SQLite's locking, so a writer elsewhere
        // stays visible and consistent.
        const QString folder = file.absolutePath();
        const bool canUseShm
            = QFileInfo::exists(path + QLatin1String("-shm")) || QFileInfo(folder).isWritable();
        QUrlQuery query;
        if (canUseShm) {
            query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
        } else {
            if (QFileInfo(path + QLatin1String("-wal")).size() > 0)
                return Error { Error::Code::Unavailable,
                    tr("The library “%1” was not closed properly, and its last changes cannot be read "
                       "where the folder cannot be written. Open it once from a writable place.")
                        .arg(m_settings.displayName()),
                    path + QLatin1String("-wal"), {} };
            query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
        }
        QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
        uri.setQuery(query);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error { Error::Code::Unavailable,
            tr("The library “%1” cannot be opened.").arg(m_settings.displayName()), db.lastError().text(),
            {} };
    if (auto configured = configureSqlite(db); !configured) {
        db.close();
        return configured.error();
    }
    qCDebug(lcStorage) << "opened" << path << (m_readOnly ? "read-only" : "") << "in thread"
                       << QThread::currentThread();
    return {};
}

void Database::replacePassword(const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
}

Result<void> Database::openPostgres(QSqlDatabase &db) const
{
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    db.setUserName(m_settings.user);
    {
        QMutexLocker lock(&m_mutex);
        db.setPassword(m_password);
    }
    db.setConnectOptions(postgresConnectOptions(m_settings));
    if (!db.open())
        return SqlErrors::classifyConnect(db.lastError(), m_settings.displayName());
    warmUpSearch(db);
    qCDebug(lcStorage) << "connected to" << m_settings.displayName() << "in thread"
                       << QThread::currentThread();
    return {};
}

namespace {
/// Whether this SQLite lets a trigger write into an FTS5 table while
/// trusted_schema is OFF, as the schema's search-index triggers do: a
/// trigger of the same shape on temporary tables is compiled (EXPLAIN runs
/// nothing) and dropped again.
bool triggersMayWriteFullTextTables(QSqlDatabase &db)
{
    QSqlQuery probe(db);
    const bool made = probe.exec(QStringLiteral("CREATE TEMP TABLE omt_trust_probe (x TEXT)"))
        && probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.omt_trust_probe_words USING fts5(x)"))
        && probe.exec(QStringLiteral("CREATE TEMP TRIGGER omt_trust_probe_after_insert AFTER INSERT ON"
                                     " omt_trust_probe BEGIN INSERT INTO omt_trust_probe_words (x)"
                                     " VALUES (new.x); END"));
    const bool allowed
        = made && probe.exec(QStringLiteral("EXPLAIN INSERT INTO omt_trust_probe VALUES ('x')"));
    probe.finish();
    probe.exec(QStringLiteral("DROP TABLE IF EXISTS temp.omt_trust_probe_words"));
    probe.exec(QStringLiteral("DROP TABLE IF EXISTS temp.omt_trust_probe"));
    return allowed;
}
} // namespace

Result<void> Database::configureSqlite(QSqlDatabase &db) const
{
    // WAL lets the GUI read while a worker writes. synchronous=NORMAL is safe
    // from corruption in WAL mode; a power cut can lose the last moments of
    // work, which is the usual desktop trade-off for not fsyncing every click.
    // A 24 MB page cache keeps smart lists over 1,000,000 interactions within
    // their budget (16 MB made them a third slower) and leaves room for the
    // cover cache within the application's memory budget (32 MB did not).
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -24000",
    };
    QSqlQuery query(db);
    // trusted_schema=OFF: a library is a file people pass around, and its
    // views and triggers must not run functions with side effects. The
    // schema itself needs two things SQLite only counts as safe in newer
    // versions: JSON functions in CHECK constraints (from 3.41.0) and FTS5
    // tables written by triggers, which keep the search index (3.40 refuses
    // them, 3.46 accepts them). Where either is refused, OFF would leave
    // the library unreadable and unwritable, so it stays ON there. This
    // program registers no SQL functions of its own and leaves extension
    // loading off, so what such a schema can reach is SQLite's built-ins.
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return SqlErrors::classify(query.lastError(), SqlDialect::Kind::SQLite,
            tr("opening the library %1").arg(m_settings.displayName()));
    const QString version = query.value(0).toString();
    if (QVersionNumber::fromString(version) >= QVersionNumber(3, 41)) {
        if (!query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
            return SqlErrors::classify(query.lastError(), SqlDialect::Kind::SQLite,
                tr("opening the library %1").arg(m_settings.displayName()));
        if (!triggersMayWriteFullTextTables(db)) {
            qCDebug(lcStorage) << "SQLite" << version << "keeps trusted_schema on (FTS5 in triggers)";
            if (!query.exec(QStringLiteral("PRAGMA trusted_schema = ON")))
                return SqlErrors::classify(query.lastError(), SqlDialect::Kind::SQLite,
                    tr("opening the library %1").arg(m_settings.displayName()));
        }
    } else {
        qCDebug(lcStorage) << "SQLite" << version << "keeps trusted_schema on (JSON functions)";
    }
    for (const char *pragma : pragmas) {
        // Switching to WAL writes the file; a read-only library keeps its mode.
        if (m_readOnly && QLatin1String(pragma).contains(QLatin1String("journal_mode")))
            continue;
        if (!query.exec(QString::fromLatin1(pragma)))
            return SqlErrors::classify(query.lastError(), SqlDialect::Kind::SQLite,
                tr("opening the library %1").arg(m_settings.displayName()));
        // Some file systems (network shares) cannot do WAL; SQLite then stays
        // in its old mode and readers block the writer. Worth knowing about.
        if (QLatin1String(pragma).contains(QLatin1String("journal_mode")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "the library" << m_settings.sqlitePath
                                 << "could not switch to WAL mode; it uses" << query.value(0).toString();
    }
    return {};
}

Result<void> Database::checkpoint()
{
    if (kind() != SqlDialect::Kind::SQLite)
        return {};
    auto sql = this->sql();
    if (!sql)
        return sql.error();
    // TRUNCATE waits for writers and readers of older snapshots (up to the
    // busy timeout); a reader that keeps one open leaves the log as it is.
    return sql->runDirect(
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), tr("writing the log into the library"));
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::closeAllConnections()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

} // namespace omt
