#include "MediaLines.h"

namespace omt::cli {

namespace {
QString field(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}
} // namespace

void writeMediaLines(QTextStream &out, const QList<MediaSummary> &media)
{
    for (const MediaSummary &m : media) {
        out << m.id.toString(QUuid::WithoutBraces) << '\t' << toDbString(m.type) << '\t' << field(m.title)
            << '\t' << (m.releaseDate.isValid() ? QString::number(m.releaseDate.year()) : QString()) << '\n';
    }
}

} // namespace omt::cli
