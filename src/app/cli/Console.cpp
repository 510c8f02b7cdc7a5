#include "Console.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace omt::cli::Console {

namespace {
/// Gives this file's messages the context omt::cli::Console, which, being a namespace,
/// cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::cli::Console)
};

Error noSecret()
{
    return Error { Error::Code::AccessDenied,
        Messages::tr("A password is needed, and none was given on standard input."), {}, {} };
}

/// One line from standard input without its line ending; empty optional at end of input.
std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

#ifdef Q_OS_WIN
Result<QString> readFromConsole()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return noSecret();
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    // ReadConsoleW gives the characters as typed, independent of the code page.
    QString secret;
    wchar_t buffer[256];
    DWORD read = 0;
    bool done = false;
    while (!done && ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr) && read > 0) {
        for (DWORD i = 0; i < read && !done; ++i) {
            if (buffer[i] == L'\r' || buffer[i] == L'\n')
                done = true;
            else
                secret.append(QChar(char16_t(buffer[i])));
        }
    }
    SetConsoleMode(input, mode);
    return secret;
}
#else
Result<QString> readFromTerminal()
{
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const std::optional<QString> line = readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!line)
        return noSecret();
    return *line;
}
#endif
} // namespace

QString printable(const QString &text, Backslashes backslashes)
{
    const bool escapeBackslash = backslashes == Backslashes::Escape;
    const auto needsEscape = [escapeBackslash](char16_t c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c == u'\\' && escapeBackslash)
            || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!needsEscape(code))
            result.append(c);
        else if (code == u'\\')
            result.append(QLatin1String("\\\\"));
        else if (code == u'\t')
            result.append(QLatin1String("\\t"));
        else if (code == u'\n')
            result.append(QLatin1String("\\n"));
        else if (code == u'\r')
            result.append(QLatin1String("\\r"));
        else if (code <= 0xff)
            result.append(QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0')));
        else
            result.append(QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0')));
    }
    return result;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

Result<QString> readSecret(const QString &prompt)
{
    if (!stdinIsTerminal()) {
        const std::optional<QString> line = readLine();
        if (!line)
            return noSecret();
        return *line;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    Result<QString> secret = readFromConsole();
#else
    Result<QString> secret = readFromTerminal();
#endif
    // The user's Enter was not echoed: end the prompt's line ourselves.
    std::fputs("\n", stderr);
    return secret;
}

} // namespace omt::cli::Console
