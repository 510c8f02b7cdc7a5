#include "ScramVerifier.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace omt {

Result<QString> ScramVerifier::compute(const QSqlDatabase &db, const QString &role, const QString &password)
{
    if (password.isEmpty())
        return Error::invalidInput(tr("A password cannot be empty."));
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL's handle is libpq's connection, named by its struct ("pg_conn*").
    const bool isLibpq
        = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    if (!isLibpq)
        return Error::internal(tr("The password could not be prepared for the server."),
            QStringLiteral("not a PostgreSQL connection: ") + QLatin1String(handle.typeName()));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return Error::internal(
            tr("The password could not be prepared for the server."), QStringLiteral("no libpq connection"));

    // The algorithm is named, so libpq does not ask the server which one it uses.
    char *verifier = PQencryptPasswordConn(
        connection, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Error::internal(tr("The password could not be prepared for the server."),
            QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

} // namespace omt
