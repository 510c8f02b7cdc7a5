#include "SqlErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace omt::SqlErrors {

namespace {
/// Gives this file's messages the context omt::SqlErrors, which, being a namespace,
/// cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::SqlErrors)
};

QString technicalText(const QSqlError &error)
{
    // PostgreSQL's DETAIL line can quote the whole failing row ("Failing row
    // contains …"), password hashes included: it stays out of messages and logs.
    QString text = error.databaseText().section(QLatin1String("DETAIL:"), 0, 0).trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        text = QStringLiteral("[%1] %2").arg(error.nativeErrorCode(), text);
    return text;
}

Error make(Error::Code code, QString message, const QSqlError &error, QString subject = {})
{
    return Error { code, std::move(message), technicalText(error), std::move(subject) };
}

Error classifySqlite(const QSqlError &error, const QString &context)
{
    const QString text = error.databaseText();
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (.+)$"));
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (\\w+)"));
    static const QRegularExpression notNull(QStringLiteral("NOT NULL constraint failed: [\\w]+\\.(\\w+)"));

    if (const auto m = unique.match(text); m.hasMatch()) {
        // "table.a, table.b" -> "a, b"
        QStringList columns;
        for (const QString &qualified : m.captured(1).split(QStringLiteral(", ")))
            columns.append(qualified.section(QLatin1Char('.'), -1));
        return make(Error::Code::AlreadyExists,
            Messages::tr("That already exists (%1) while %2.")
                .arg(columns.join(QStringLiteral(", ")), context),
            error, columns.join(QStringLiteral(",")));
    }
    if (const auto m = check.match(text); m.hasMatch())
        return make(Error::Code::ConstraintViolation,
            Messages::tr("The value is not allowed (%1) while %2.").arg(m.captured(1), context), error,
            m.captured(1));
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return make(Error::Code::ConstraintViolation,
            Messages::tr("A referenced item does not exist (any more) while %1.").arg(context), error,
            QStringLiteral("foreign_key"));
    if (const auto m = notNull.match(text); m.hasMatch())
        return make(Error::Code::InvalidInput,
            Messages::tr("“%1” is required while %2.").arg(m.captured(1), context), error, m.captured(1));
    if (text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database is busy")))
        return make(Error::Code::Unavailable,
            Messages::tr("The library is busy in another program; try again in a moment (%1).").arg(context),
            error);
    if (isCorrupt(error, SqlDialect::Kind::SQLite))
        return make(Error::Code::Corrupt,
            Messages::tr("The library is damaged: part of its file cannot be read (while %1).").arg(context),
            error);
    if (error.nativeErrorCode() == QLatin1String("26")
        || text.contains(QLatin1String("file is not a database")))
        return make(Error::Code::InvalidInput,
            Messages::tr("The file is not an OmniMediaTrak library, or its beginning is damaged."), error);
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return make(Error::Code::Io,
            Messages::tr("The library is open read-only: nothing can be changed (%1).").arg(context), error);
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O error")))
        return make(Error::Code::Io,
            Messages::tr("The library could not be written to disk while %1.").arg(context), error);
    return make(
        Error::Code::Internal, Messages::tr("The library reported an error while %1.").arg(context), error);
}

Error classifyPostgres(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();

    if (state == QLatin1String("23505")) {
        static const QRegularExpression key(QStringLiteral("Key \\(([^)]+)\\)="));
        QString columns = key.match(text).captured(1);
        columns.remove(QLatin1Char(' '));
        return make(Error::Code::AlreadyExists,
            Messages::tr("That already exists (%1) while %2.").arg(columns, context), error, columns);
    }
    if (state == QLatin1String("23514")) {
        static const QRegularExpression name(QStringLiteral("constraint \"(\\w+)\""));
        const QString constraint = name.match(text).captured(1);
        return make(Error::Code::ConstraintViolation,
            Messages::tr("The value is not allowed (%1) while %2.").arg(constraint, context), error,
            constraint);
    }
    if (state == QLatin1String("23503"))
        return make(Error::Code::ConstraintViolation,
            Messages::tr("A referenced item does not exist (any more) while %1.").arg(context), error,
            QStringLiteral("foreign_key"));
    if (state == QLatin1String("23502")) {
        static const QRegularExpression column(QStringLiteral("column \"(\\w+)\""));
        const QString name = column.match(text).captured(1);
        return make(Error::Code::InvalidInput, Messages::tr("“%1” is required while %2.").arg(name, context),
            error, name);
    }
    if (state.startsWith(QLatin1String("22")))
        return make(Error::Code::InvalidInput,
            Messages::tr("A value has the wrong format while %1.").arg(context), error);
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return make(Error::Code::AccessDenied,
            Messages::tr("The server refused access while %1.").arg(context), error);
    if (state == QLatin1String("42501"))
        return make(Error::Code::AccessDenied,
            Messages::tr("The server refused access while %1.").arg(context), error, state);
    // The household server's own refusals (schema/server/1_security.sql);
    // the subject carries the code for the caller to say what it means.
    if (state.startsWith(QLatin1String("OM")))
        return make(Error::Code::InvalidInput, Messages::tr("The server refused this while %1.").arg(context),
            error, state);
    if (isConnectionLost(error, SqlDialect::Kind::PostgreSQL))
        return make(Error::Code::Unavailable,
            Messages::tr("The connection to the server was lost while %1.").arg(context), error,
            QStringLiteral("connection_lost"));
    return make(
        Error::Code::Internal, Messages::tr("The server reported an error while %1.").arg(context), error);
}
} // namespace

Error classifyConnect(const QSqlError &error, const QString &server)
{
    // A failed connection reaches QPSQL as libpq's text without an SQLSTATE,
    // so the cases are told apart by the server's wording. A missing role is
    // not a missing database, and asking for a password would not help.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    static const QRegularExpression missingRole(QStringLiteral("role \"([^\"]*)\" does not exist"));
    static const QRegularExpression missingDatabase(QStringLiteral("database \"([^\"]*)\" does not exist"));
    const QString detail = technicalText(error);
    if (const auto m = missingRole.match(text); m.hasMatch())
        return Error { Error::Code::NotFound,
            Messages::tr("The server %1 has no user “%2”.").arg(server, m.captured(1)), detail,
            QStringLiteral("role") };
    if (const auto m = missingDatabase.match(text); m.hasMatch())
        return Error { Error::Code::NotFound,
            Messages::tr("There is no database “%2” on the server %1.").arg(server, m.captured(1)), detail,
            QStringLiteral("database") };
    if (text.contains(QLatin1String("is not permitted to log in")))
        return Error { Error::Code::AccessDenied,
            Messages::tr("The account is disabled on the server %1; an administrator can enable it again.")
                .arg(server),
            detail, QStringLiteral("disabled") };
    // TLS: each way a secure connection fails has its own remedy.
    if (text.contains(QLatin1String("does not match host name")))
        return Error { Error::Code::AccessDenied,
            Messages::tr("The server %1 presented a certificate for another name: this may not be your "
                         "server. Check the address, or the certificate the server uses.")
                .arg(server),
            detail, QStringLiteral("tls_mismatch") };
    if (text.contains(QLatin1String("root certificate file"))
        || text.contains(QLatin1String("certificate verify failed"))
        || text.contains(QLatin1String("self-signed certificate"))
        || text.contains(QLatin1String("self signed certificate")))
        return Error { Error::Code::AccessDenied,
            Messages::tr(
                "The certificate of the server %1 cannot be verified: give the file of the authority "
                "that signed it (sslrootcert=FILE in the address).")
                .arg(server),
            detail, QStringLiteral("tls_unverified") };
    if (text.contains(QLatin1String("server does not support SSL")))
        return Error { Error::Code::AccessDenied,
            Messages::tr("The server %1 does not offer an encrypted connection, and this address asks for "
                         "one. Ask the administrator to switch TLS on (ssl = on).")
                .arg(server),
            detail, QStringLiteral("tls_unavailable") };
    if (text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication"))
        || text.contains(QLatin1String("permission denied")))
        return Error { Error::Code::AccessDenied,
            Messages::tr("The server %1 refused the user name or password.").arg(server), detail, {} };
    return Error { Error::Code::Unavailable, Messages::tr("The server %1 cannot be reached.").arg(server),
        detail, QStringLiteral("unreachable") };
}

bool isCorrupt(const QSqlError &error, SqlDialect::Kind kind)
{
    if (kind != SqlDialect::Kind::SQLite)
        return false;
    // SQLITE_CORRUPT is 11 (extended codes 267, 523, 779, 1035 …: 11 in the low byte).
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric && (code & 0xff) == 11)
        return true;
    const QString text = error.databaseText();
    return text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("database corruption"));
}

Error classify(const QSqlError &error, SqlDialect::Kind kind, const QString &context)
{
    return kind == SqlDialect::Kind::SQLite ? classifySqlite(error, context)
                                            : classifyPostgres(error, context);
}

bool isConnectionLost(const QSqlError &error, SqlDialect::Kind kind)
{
    if (kind != SqlDialect::Kind::PostgreSQL)
        return false;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"));
}

} // namespace omt::SqlErrors
