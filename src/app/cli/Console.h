#pragma once

#include "core/Error.h"

#include <QString>

/// The process's standard streams as a terminal or a pipe.
namespace omt::cli::Console {

bool stdinIsTerminal();
bool stderrIsTerminal();

/// `text` safe to write to a terminal or a tab-separated line: control
/// characters (C0 including tab and line breaks, DEL, C1), bidirectional
/// overrides and isolates, and line and paragraph separators become visible
/// escapes (\t, \n, \r, \x1b, \u202e), and a backslash becomes \\, so
/// the text can be told apart from an escape. Data from a library (a title
/// holding ESC ]52 would set the clipboard) never reaches a terminal raw.
/// Messages pass `Backslashes::Keep`, so that Windows paths stay readable.
enum class Backslashes { Escape, Keep };
QString printable(const QString &text, Backslashes backslashes = Backslashes::Escape);

/// Reads a secret: on a terminal, prompts on standard error and reads with
/// echo off; otherwise reads one line from standard input (scripts and tests
/// pipe it in). Secrets are never taken from the command line.
Result<QString> readSecret(const QString &prompt);

} // namespace omt::cli::Console
