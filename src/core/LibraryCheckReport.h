#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace omt {

/// What a check of a library found (storage/LibraryCheck).
struct LibraryCheckReport
{
    // Its sentences belong with the check's own.
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryCheck)

public:
    /// SQLite reports at most this many problems in the file.
    static constexpr int MaxFileProblems = 100;

    /// SQLite's own findings (pages, indexes, the full-text index), at most
    /// MaxFileProblems, in its words.
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

} // namespace omt
