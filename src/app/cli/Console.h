#pragma once

#include "core/Error.h"

#include <QString>

/// The process's standard streams as a terminal or a pipe.
namespace omt::cli::Console {

bool stdinIsTerminal();
bool stderrIsTerminal();

/// Reads a secret: on a terminal, prompts on standard error and reads with
/// echo off; otherwise reads one line from standard input (scripts and tests
/// pipe it in). Secrets are never taken from the command line.
Result<QString> readSecret(const QString &prompt);

} // namespace omt::cli::Console
