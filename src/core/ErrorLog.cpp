#include "ErrorLog.h"

namespace omt {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput: return QStringLiteral("invalid_input");
    case Error::Code::NotFound: return QStringLiteral("not_found");
    case Error::Code::AlreadyExists: return QStringLiteral("already_exists");
    case Error::Code::ConstraintViolation: return QStringLiteral("constraint_violation");
    case Error::Code::Unavailable: return QStringLiteral("unavailable");
    case Error::Code::AccessDenied: return QStringLiteral("access_denied");
    case Error::Code::NewerSchema: return QStringLiteral("newer_schema");
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::Internal: return QStringLiteral("internal");
    case Error::Code::Canceled: return QStringLiteral("canceled");
    }
    return QStringLiteral("code_%1").arg(int(code));
}

void logError(const QLoggingCategory &category, const Error &error, const char *where)
{
    QString line = QString::fromUtf8(where) + QStringLiteral(": ") + error.message + QStringLiteral(" [")
        + errorCodeName(error.code);
    if (!error.subject.isEmpty())
        line += QStringLiteral(", subject ") + error.subject;
    line += QLatin1Char(']');
    if (!error.detail.isEmpty())
        line += QStringLiteral(" -- ") + error.detail;
    if (error.code == Error::Code::Canceled)
        qCInfo(category).noquote() << line;
    else
        qCWarning(category).noquote() << line;
}

} // namespace omt
