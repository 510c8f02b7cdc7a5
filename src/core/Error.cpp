#include "Error.h"

namespace omt {

Error Error::invalidInput(QString message, QString detail)
{
    return Error { Code::InvalidInput, std::move(message), std::move(detail), {} };
}

Error Error::notFound(QString message, QString detail)
{
    return Error { Code::NotFound, std::move(message), std::move(detail), {} };
}

Error Error::internal(QString message, QString detail)
{
    return Error { Code::Internal, std::move(message), std::move(detail), {} };
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace omt
