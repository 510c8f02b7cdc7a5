#include "Database.h"

#include "SqlErrors.h"
#include "StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::Database", text);
}

QString driverName(SqlDialect::Kind kind)
{
    return kind == SqlDialect::Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}
} // namespace

Database::Database(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_dialect(SqlDialect::create(m_settings.backend))
    , m_namePrefix(QStringLiteral("omt-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    closeAllConnections();
}

QString Database::threadConnectionName() const
{
    // Not the OS thread id: the OS reuses those, and a new thread would find a
    // dead thread's connection under its name.
    static std::atomic<quint64> lastThreadNumber{0};
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
            return Error{Error::Code::Unavailable,
                         kind() == SqlDialect::Kind::SQLite
                             ? tr("SQLite support (the Qt SQL driver QSQLITE) is not installed.")
                             : tr("PostgreSQL support (the Qt SQL driver QPSQL) is not installed."),
                         QStringLiteral("available drivers: ") + QSqlDatabase::drivers().join(QLatin1Char(' ')),
                         {}};
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
    return SqlConnection(std::move(db).value(), *m_dialect);
}

Result<void> Database::open(QSqlDatabase &db) const
{
    if (kind() == SqlDialect::Kind::SQLite) {
        const QFileInfo file(m_settings.sqlitePath);
        if (!file.exists() && !m_settings.createIfMissing)
            return Error{Error::Code::NotFound, tr("There is no library at “%1”.").arg(m_settings.displayName()),
                         {}, {}};
        if (!file.exists() && !QDir().mkpath(file.absolutePath()))
            return Error{Error::Code::Io, tr("The folder for the library could not be created."),
                         file.absolutePath(), {}};
        db.setDatabaseName(m_settings.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{Error::Code::Unavailable, tr("The library “%1” cannot be opened.").arg(m_settings.displayName()),
                         db.lastError().text(), {}};
        if (auto configured = configureSqlite(db); !configured) {
            db.close();
            return configured.error();
        }
        qCDebug(lcStorage) << "opened" << m_settings.sqlitePath << "in thread" << QThread::currentThread();
        return {};
    }

    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    db.setUserName(m_settings.user);
    db.setPassword(m_settings.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;sslmode=%2;application_name=OmniMediaTrak")
                             .arg(m_settings.connectTimeoutSeconds)
                             .arg(m_settings.sslMode));
    if (!db.open()) {
        const QString text = db.lastError().databaseText() + db.lastError().driverText();
        const bool denied = text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication"))
            || text.contains(QLatin1String("permission denied"));
        const bool missingDatabase = text.contains(QLatin1String("does not exist"));
        Error error{denied ? Error::Code::AccessDenied
                           : (missingDatabase ? Error::Code::NotFound : Error::Code::Unavailable),
                    denied ? tr("The server %1 refused the user name or password.").arg(m_settings.displayName())
                           : missingDatabase ? tr("The database on %1 does not exist.").arg(m_settings.displayName())
                                             : tr("The server %1 cannot be reached.").arg(m_settings.displayName()),
                    db.lastError().text().trimmed(), {}};
        return error;
    }
    qCDebug(lcStorage) << "connected to" << m_settings.displayName() << "in thread" << QThread::currentThread();
    return {};
}

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
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return SqlErrors::classify(query.lastError(), SqlDialect::Kind::SQLite,
                                       tr("opening the library %1").arg(m_settings.displayName()));
        // Some file systems (network shares) cannot do WAL; SQLite then stays
        // in its old mode and readers block the writer. Worth knowing about.
        if (QLatin1String(pragma).contains(QLatin1String("journal_mode")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "the library" << m_settings.sqlitePath << "could not switch to WAL mode; it uses"
                                 << query.value(0).toString();
    }
    return {};
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
