#pragma once

#include "core/Media.h"

#include <QTextStream>

namespace omt::cli {

/// Writes media one per line, tab-separated: id, media type, title, year
/// (empty when unknown); tabs and line breaks in titles become spaces so that
/// every line has exactly four fields. Shared by `search` and `smart`.
void writeMediaLines(QTextStream &out, const QList<MediaSummary> &media);

} // namespace omt::cli
