#pragma once

#include <QString>

namespace omt {

/// Something an import could not take as it was: a row it skipped or a whole
/// file it refused, with where and why, for the preview and the report.
struct ImportProblem
{
    QString file;
    /// The line the row starts on; 0 when the problem concerns the whole file.
    int line = 0;
    QString message;

    friend bool operator==(const ImportProblem &, const ImportProblem &) = default;
};

} // namespace omt
