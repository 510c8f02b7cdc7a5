#include "MediaLines.h"

#include "Console.h"

namespace omt::cli {

void writeMediaLines(QTextStream &out, const QList<MediaSummary> &media)
{
    for (const MediaSummary &m : media) {
        out << m.id.toString(QUuid::WithoutBraces) << '\t' << toDbString(m.type) << '\t'
            << Console::printable(m.title) << '\t'
            << (m.releaseDate.isValid() ? QString::number(m.releaseDate.year()) : QString()) << '\n';
    }
}

} // namespace omt::cli
