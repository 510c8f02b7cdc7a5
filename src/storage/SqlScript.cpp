#include "SqlScript.h"

#include <QRegularExpression>

namespace omt::SqlScript {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The word ending just before `end` in `text`, upper-cased.
QString wordBefore(const QString &text, qsizetype end)
{
    qsizetype i = end;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    const qsizetype wordEnd = i;
    while (i > 0 && isWordChar(text.at(i - 1)))
        --i;
    return text.mid(i, wordEnd - i).toUpper();
}

/// A SQLite trigger whose body (BEGIN … END) has semicolons of its own.
bool isTriggerWithBody(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*\\bBEGIN\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return trigger.match(statement).hasMatch();
}
} // namespace

QStringList split(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();

        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Quoted text; a doubled quote is an escaped quote and is handled
            // by simply continuing the scan.
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current.append(QStringView(script).mid(i, stop - i));
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto match = tag.match(script, i);
            if (match.hasMatch()) {
                const QString delimiter = match.captured(0);
                const qsizetype end = script.indexOf(delimiter, i + delimiter.size());
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                current.append(QStringView(script).mid(i, stop - i));
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            // Inside a SQLite trigger body only "END;" ends the statement.
            if (isTriggerWithBody(current) && wordBefore(current, current.size()) != QLatin1String("END")) {
                current.append(c);
                ++i;
                continue;
            }
            finish();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    finish();
    return statements;
}

} // namespace omt::SqlScript
