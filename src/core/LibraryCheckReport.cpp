#include "LibraryCheckReport.h"

namespace omt {

QString LibraryCheckReport::summary() const
{
    if (!damaged())
        return tr("The library is intact: %n table(s) checked, no problems found.", nullptr, tables);
    QStringList parts;
    if (!fileProblems.isEmpty())
        parts.append(fileProblems.size() >= MaxFileProblems
                ? tr("at least %1 problems in the file").arg(fileProblems.size())
                : tr("%n problem(s) in the file", nullptr, int(fileProblems.size())));
    if (danglingRows > 0)
        parts.append(tr("%n row(s) pointing at missing rows", nullptr, int(danglingRows)));
    QString text = tr("The library is damaged: %1.").arg(parts.join(tr(" and ")));
    if (!fileProblems.isEmpty())
        text += QLatin1Char(' ') + tr("First: %1.").arg(fileProblems.first());
    return text;
}

} // namespace omt
