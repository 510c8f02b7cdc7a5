#pragma once

#include "core/Error.h"
#include "core/LibraryCheckReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace omt {

class Database;

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
