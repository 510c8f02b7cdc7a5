#pragma once

#include <QtGlobal>

namespace omt {

/// What an import did, or would do (a dry run counts the same way).
struct ImportTally
{
    /// Rows read into items, including those that change nothing.
    qint64 rows = 0;
    /// Rows that added something new: an item to the catalogue or to the
    /// person's library.
    qint64 created = 0;
    /// Rows that changed what the person's library already held: a newer
    /// state, a list it was not on yet.
    qint64 updated = 0;
    /// Rows the library already held as they are, or held a newer state of.
    qint64 unchanged = 0;
    /// Items added to the catalogue (fewer than `created` when the catalogue
    /// knew the item but the person's library did not).
    qint64 newMedia = 0;
    /// Lists the import made.
    qint64 newLists = 0;

    friend bool operator==(const ImportTally &, const ImportTally &) = default;
};

} // namespace omt
