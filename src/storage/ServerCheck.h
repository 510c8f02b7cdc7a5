#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace omt {

class Database;

/// One thing `server check` found.
struct ServerFinding
{
    enum class Severity {
        /// As it should be.
        Fine,
        /// Worth doing, not a hole (auth_delay, TLS on a loopback-only server).
        Advice,
        /// Members could read or change what is not theirs, or passwords could be seen.
        Unsafe,
    };
    Severity severity = Severity::Fine;
    QString text;
};

/// What a careful administrator should know about a household server
/// (DESIGN §7): row-level security enabled and forced on every table, no
/// member owning anything or holding BYPASSRLS or CREATE anywhere, how
/// pg_hba.conf authenticates, TLS, and whether auth_delay slows password
/// guessing. Some of it (pg_hba.conf, preloaded libraries) only a superuser
/// can read; an administrator is told so.
class ServerCheck
{
    Q_DECLARE_TR_FUNCTIONS(omt::ServerCheck)

public:
    explicit ServerCheck(Database &database);

    Result<QList<ServerFinding>> run();

private:
    Database &m_database;
};

} // namespace omt
