#include "ServerUsernames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace omt::ServerUsernames {

namespace {

/// Gives this file's messages the context omt::ServerUsernames.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerUsernames)
};

} // namespace

Result<void> validate(const QString &name)
{
    // The same pattern as auth.add_member in schema/server/1_security.sql.
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{2,31}$"));
    if (!pattern.match(name).hasMatch())
        return Error::invalidInput(
            Messages::tr("“%1” cannot be a server username: use 3 to 32 lower-case letters, digits or "
                         "underscores, not beginning with a digit.")
                .arg(name));
    if (name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("omt_")))
        return Error::invalidInput(
            Messages::tr("“%1” cannot be a server username: names beginning with “pg_” or “omt_” are the "
                         "server's own.")
                .arg(name));
    return {};
}

} // namespace omt::ServerUsernames
