#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace omt {

class Database;

/// What a check of a library found.
struct LibraryCheckReport
{
    /// SQLite's own findings (pages, indexes, the full-text index), at most
    /// a hundred, in its words.
    QStringList fileProblems;
    /// Rows that point at rows which are not there, one line per table and
    /// missing parent ("interaction_user_media → media_media: 3 rows").
    QStringList referenceProblems;
    /// How many rows point at missing rows.
    qint64 danglingRows = 0;
    /// How many tables were checked.
    int tables = 0;

    bool damaged() const { return !fileProblems.isEmpty() || danglingRows > 0; }
    /// One sentence for a status line, a message box or standard error.
    QString summary() const;
};

/// Checks a SQLite library the way SQLite can: the integrity of every page
/// and index (PRAGMA integrity_check), the full-text index against its
/// table, and every foreign key (PRAGMA foreign_key_check). Reads only,
/// so it also runs on a read-only library. Takes seconds on a large
/// library: run it off the GUI thread.
class LibraryCheck
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryCheck)

public:
    /// Steps done of the steps there are; called on the thread that runs the check.
    using Progress = std::function<void(int done, int total)>;

    explicit LibraryCheck(Database &database);

    /// A damaged library is a report with damaged() set, not an error; an
    /// error means the check itself could not run (no library, a server).
    Result<LibraryCheckReport> run(const Progress &progress = {});

private:
    Database &m_database;
};

} // namespace omt
