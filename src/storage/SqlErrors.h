#pragma once

#include "SqlDialect.h"
#include "core/Error.h"

#include <QSqlError>

namespace omt::SqlErrors {

/// Turns a driver error into an Error with a specific code, a readable
/// message and, for constraint violations, the column or constraint name in
/// Error::subject. `context` says what was being done ("saving the item").
Error classify(const QSqlError &error, SqlDialect::Kind kind, const QString &context);

/// Turns a failed PostgreSQL connection attempt into an Error whose message
/// says which of user, password, database or server is wrong. `server` is
/// the address without secrets (ConnectionSettings::displayName).
Error classifyConnect(const QSqlError &error, const QString &server);

/// True when SQLite found the file damaged (SQLITE_CORRUPT).
bool isCorrupt(const QSqlError &error, SqlDialect::Kind kind);

/// True when the connection itself is gone (server restarted, network down):
/// the connection must be reopened before the next statement.
bool isConnectionLost(const QSqlError &error, SqlDialect::Kind kind);

} // namespace omt::SqlErrors
