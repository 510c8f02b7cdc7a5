#include "SqlConnection.h"

#include "LibraryHealth.h"
#include "SqlErrors.h"
#include "StorageLog.h"

#include <QSqlError>

namespace omt {

namespace {

/// At most this much of a failed statement goes to the log.
constexpr qsizetype MaxLoggedStatement = 1000;

/// Logs a failed statement where it is seen by default (omt.storage shows
/// warnings): what was being done, the database's error and the statement.
/// The statement holds placeholders; its bound values stay out of the log,
/// as they can be personal data or secrets.
void logFailure(const char *what, const QSqlQuery &query, const QString &context, const Error &error)
{
    QString statement = query.lastQuery().simplified();
    if (statement.size() > MaxLoggedStatement)
        statement = statement.left(MaxLoggedStatement) + QStringLiteral(" …");
    qCWarning(lcStorage).noquote() << what << "while" << context << "|" << error.detail << "|" << statement;
}

} // namespace

SqlConnection::SqlConnection(
    QSqlDatabase db, const SqlDialect &dialect, LibraryHealth *health, std::atomic<quint64> *statements)
    : m_db(std::move(db))
    , m_dialect(&dialect)
    , m_health(health)
    , m_statements(statements)
{ }

void SqlConnection::countExecution() const
{
    if (m_statements)
        m_statements->fetch_add(1, std::memory_order_relaxed);
}

Error SqlConnection::classify(const QSqlError &error, const QString &context) const
{
    if (SqlErrors::isConnectionLost(error, kind())) {
        // The next call reopens it (Database::connection).
        QSqlDatabase db = m_db;
        db.close();
    }
    Error result = SqlErrors::classify(error, kind(), context);
    if (result.code == Error::Code::Corrupt && m_health)
        m_health->reportDamage(result.detail);
    return result;
}

Result<void> SqlConnection::finishRows(const QSqlQuery &query, const QString &context) const
{
    if (!query.lastError().isValid())
        return {};
    const QString doing = context.isEmpty() ? tr("reading the library") : context;
    Error result = classify(query.lastError(), doing);
    logFailure("reading rows failed", query, doing, result);
    return result;
}

Error SqlConnection::failure(QSqlQuery &&query, const QString &context) const
{
    Error result = classify(query.lastError(), context);
    logFailure("statement failed", query, context, result);
    // QSqlQuery is move-only from Qt 6.5 on.
    if (m_failedInTransaction)
        m_failedInTransaction->push_back(std::move(query));
    return result;
}

Result<QSqlQuery> SqlConnection::run(
    const QString &sql, const QVariantList &values, const QString &context) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(std::move(query), context);
    for (const QVariant &value : values)
        query.addBindValue(value);
    countExecution();
    if (!query.exec())
        return failure(std::move(query), context);
    return query;
}

Result<void> SqlConnection::runDirect(const QString &sql, const QString &context) const
{
    QSqlQuery query(m_db);
    countExecution();
    if (!query.exec(sql))
        return failure(std::move(query), context);
    return {};
}

Result<void> SqlConnection::runBatch(
    const QString &sql, const QList<QVariantList> &rows, const QString &context) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(std::move(query), context);
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            query.bindValue(int(i), row.at(i));
        countExecution();
        if (!query.exec())
            return failure(std::move(query), context);
    }
    return {};
}

Result<ScopedTransaction> SqlConnection::beginWrite(const QString &context) const
{
    if (auto begun = runDirect(m_dialect->beginWriteTransaction(), context); !begun)
        return begun.error();
    m_failedInTransaction = std::make_unique<std::vector<QSqlQuery>>();
    return ScopedTransaction(*this, context);
}

void SqlConnection::endTransaction() const
{
    // Freed now that the transaction is over (see m_failedInTransaction).
    m_failedInTransaction.reset();
}

ScopedTransaction::ScopedTransaction(const SqlConnection &connection, QString context)
    : m_connection(&connection)
    , m_context(std::move(context))
{ }

ScopedTransaction::ScopedTransaction(ScopedTransaction &&other) noexcept
    : m_connection(other.m_connection)
    , m_context(std::move(other.m_context))
    , m_active(std::exchange(other.m_active, false))
{ }

ScopedTransaction::~ScopedTransaction()
{
    if (!m_active)
        return;
    auto rolledBack = m_connection->runDirect(QStringLiteral("ROLLBACK"), m_context);
    m_connection->endTransaction();
    if (!rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().toString();
}

Result<void> ScopedTransaction::commit()
{
    m_active = false;
    auto committed = m_connection->runDirect(QStringLiteral("COMMIT"), m_context);
    if (!committed) {
        // A failed COMMIT can leave the transaction open (SQLite: busy) and
        // with it the write lock; end it so the connection stays usable.
        auto rolledBack = m_connection->runDirect(QStringLiteral("ROLLBACK"), m_context);
        if (!rolledBack)
            qCDebug(lcStorage) << "rollback after a failed commit:" << rolledBack.error().toString();
    }
    m_connection->endTransaction();
    return committed;
}

} // namespace omt
