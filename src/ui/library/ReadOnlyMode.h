#pragma once

#include <QCoreApplication>
#include <QString>

namespace omt {

class LibraryWindow;

/// Puts a library window in read-only mode for a library that cannot be
/// written (read-only media, no write permission, --read-only): the title
/// and the status bar say so, every action that writes is disabled, and
/// nothing can be dropped, renamed, typed into the tracking panel or
/// opened for editing. Reading, searching, lists and the check still work.
/// Kept out of LibraryWindow, which builds the writable window.
class ReadOnlyMode
{
    Q_DECLARE_TR_FUNCTIONS(omt::ReadOnlyMode)

public:
    /// `reason` says why, for the status bar's tooltip.
    static void apply(LibraryWindow &window, const QString &reason);
};

} // namespace omt
