#pragma once

#include "core/ImportProblem.h"
#include "core/ImportTally.h"
#include "importexport/ImportFormats.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace omt {

/// What an import did or, after a dry run, would do: the counts, what was
/// said about the file as a whole, and every row it could not take.
struct ImportReport
{
    QString fileName;
    /// The format read (told from the file when none was given).
    ImportFormat format = ImportFormat::Goodreads;
    ImportTally tally;
    QStringList notices;
    /// The first problems (ImportReader::MaxKeptProblems of them), by line.
    QList<ImportProblem> problems;
    /// All of them, kept or not.
    qint64 problemCount = 0;
};

} // namespace omt
