#include "ServerRefusals.h"

namespace omt {

Error ServerRefusals::reword(Error error, const QString &username)
{
    const QString &state = error.subject;
    auto with = [&](Error::Code code, const QString &message) {
        error.code = code;
        error.message = message;
        return error;
    };
    if (state == QLatin1String("OM001"))
        return with(Error::Code::InvalidInput,
            tr("“%1” cannot be a server username: use 3 to 32 lower-case letters, digits or underscores, "
               "not beginning with a digit.")
                .arg(username));
    if (state == QLatin1String("OM002"))
        return with(Error::Code::InvalidInput,
            tr("“%1” cannot be a server username: names beginning with “pg_” or “omt_” are the server's own.")
                .arg(username));
    if (state == QLatin1String("OM003"))
        return with(Error::Code::AlreadyExists,
            tr("The username “%1” is taken on this server (a PostgreSQL role of that name exists; "
               "usernames are unique across the server).")
                .arg(username));
    if (state == QLatin1String("OM004"))
        return with(Error::Code::NotFound, tr("There is no member “%1” in this household.").arg(username));
    if (state == QLatin1String("OM005"))
        return with(Error::Code::InvalidInput,
            tr("%1 is the household's last administrator; make someone else an administrator first.")
                .arg(username));
    if (state == QLatin1String("OM006"))
        return with(
            Error::Code::InvalidInput, tr("You cannot disable your own account; another administrator can."));
    if (state == QLatin1String("OM007"))
        return with(Error::Code::Internal, tr("The server refused the password as it was sent."));
    if (state == QLatin1String("OM008"))
        return with(Error::Code::AccessDenied,
            tr("The one-time password of %1 has expired; ask an administrator for a new one.").arg(username));
    if (state == QLatin1String("42501"))
        return with(Error::Code::AccessDenied, tr("Only an administrator of this household may do this."));
    return error;
}

Error ServerRefusals::catalogueDeletionRefused(const QString &detail)
{
    return Error { Error::Code::AccessDenied,
        tr("Only an administrator of the household can delete items from the shared catalogue; nothing "
           "was deleted."),
        detail, QStringLiteral("catalogue_deletion") };
}

} // namespace omt
