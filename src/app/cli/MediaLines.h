#pragma once

#include "core/Media.h"

#include <QTextStream>

namespace omt::cli {

/// Writes media one per line, tab-separated: id, media type, title, year
/// (empty when unknown). Titles are written with Console::printable: tabs
/// and line breaks become \t and \n, so every line has exactly four fields,
/// and no control sequence reaches the terminal. Shared by `search` and `smart`.
void writeMediaLines(QTextStream &out, const QList<MediaSummary> &media);

} // namespace omt::cli
