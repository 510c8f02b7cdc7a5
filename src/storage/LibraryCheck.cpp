#include "LibraryCheck.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QMap>
#include <QSqlError>

namespace omt {

namespace {
/// At most this many of SQLite's findings are listed; a badly damaged file
/// has thousands, and the first ones say enough.
constexpr int MaxFileProblems = LibraryCheckReport::MaxFileProblems;

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

LibraryCheck::LibraryCheck(Database &database)
    : m_database(database)
{ }

Result<LibraryCheckReport> LibraryCheck::run(const Progress &progress)
{
    if (m_database.kind() != SqlDialect::Kind::SQLite)
        return Error { Error::Code::InvalidInput,
            tr("Checking is for library files; a PostgreSQL server checks its own data "
               "(pg_amcheck, and its foreign keys are always enforced)."),
            {}, {} };
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("checking the library");
    LibraryCheckReport report;

    // A statement of the check that fails because the file is damaged is a
    // finding, not a failure of the check.
    const auto finding = [&report](const Error &error, const QString &where) -> Result<void> {
        if (error.code != Error::Code::Corrupt)
            return error;
        report.fileProblems.append(
            tr("%1: %2").arg(where, error.detail.isEmpty() ? error.message : error.detail));
        return {};
    };

    auto tables
        = sql->run(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%fts5%' FROM sqlite_schema"
                                  " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                  " ORDER BY name"),
            {}, context);
    if (!tables) {
        if (auto found = finding(tables.error(), QStringLiteral("sqlite_schema")); !found)
            return found.error();
        return report; // not even the list of tables can be read
    }
    QStringList names;
    QStringList fullText;
    while (tables->next()) {
        names.append(tables->value(0).toString());
        if (tables->value(1).toBool())
            fullText.append(names.last());
    }
    if (auto read = sql->finishRows(*tables, context); !read) {
        if (auto found = finding(read.error(), QStringLiteral("sqlite_schema")); !found)
            return found.error();
    }
    report.tables = int(names.size());

    // Steps: the file, each full-text index, each table's foreign keys.
    const int total = 1 + int(fullText.size()) + int(names.size());
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };
    if (progress)
        progress(0, total);

    auto integrity = sql->run(QStringLiteral("PRAGMA integrity_check(%1)").arg(MaxFileProblems), {}, context);
    if (!integrity) {
        if (auto found = finding(integrity.error(), QStringLiteral("integrity_check")); !found)
            return found.error();
    } else {
        // One finding per line; the first line only names the database.
        while (integrity->next()) {
            const QString text = integrity->value(0).toString();
            if (text == QLatin1String("ok"))
                continue;
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("*** ")))
                    report.fileProblems.append(line.trimmed());
            }
        }
        if (auto read = sql->finishRows(*integrity, context); !read) {
            if (auto found = finding(read.error(), QStringLiteral("integrity_check")); !found)
                return found.error();
        }
    }
    step();

    // The full-text index is a table of its own that integrity_check does
    // not compare with the items it indexes; a damaged one finds the wrong
    // items. Its check is written as an INSERT but changes nothing, so it
    // runs in a transaction that is rolled back (and is skipped read-only).
    for (const QString &table : std::as_const(fullText)) {
        if (!m_database.isReadOnly()) {
            const QString name = quoted(table);
            auto transaction = sql->beginWrite(context);
            if (!transaction)
                return transaction.error();
            auto checked = sql->run(
                QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(name), {}, context);
            if (!checked) {
                // FTS5 reports a mismatch as SQLITE_CORRUPT_VTAB.
                if (auto found = finding(checked.error(), table); !found)
                    return found.error();
            }
        }
        step();
    }

    QMap<QString, qint64> dangling;
    for (const QString &table : std::as_const(names)) {
        auto keys = sql->run(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quoted(table)), {}, context);
        if (!keys) {
            if (auto found = finding(keys.error(), table); !found)
                return found.error();
        } else {
            while (keys->next()) {
                dangling[keys->value(0).toString() + QStringLiteral(" → ") + keys->value(2).toString()] += 1;
                ++report.danglingRows;
            }
            if (auto read = sql->finishRows(*keys, context); !read) {
                if (auto found = finding(read.error(), table); !found)
                    return found.error();
            }
        }
        step();
    }
    for (auto it = dangling.cbegin(); it != dangling.cend(); ++it)
        report.referenceProblems.append(tr("%1: %n row(s)", nullptr, int(it.value())).arg(it.key()));
    return report;
}

} // namespace omt
