#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace omt {

/// Turns a password into the SCRAM-SHA-256 verifier PostgreSQL keeps for a
/// role, on the client: the server is sent the verifier, never the password
/// (DESIGN §7). libpq computes it (PQencryptPasswordConn, with its SASLprep
/// of the password), exactly as it will when the member signs in.
class ScramVerifier
{
    Q_DECLARE_TR_FUNCTIONS(omt::ScramVerifier)

public:
    /// `db` is an open PostgreSQL connection of the calling thread; it is
    /// only used for libpq's settings, nothing is sent to the server.
    static Result<QString> compute(const QSqlDatabase &db, const QString &role, const QString &password);
};

} // namespace omt
