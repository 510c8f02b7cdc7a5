#pragma once

#include "Filter.h"

#include <QByteArray>
#include <QJsonObject>

namespace omt::FilterWriter {

/// The canonical document for a filter: groups as {"all"|"any": [...]} and
/// {"not": {...}}, sort keys with an explicit "dir", list ids without braces.
/// FilterParser::parse(toJson(f)) gives back f.
QJsonObject toJson(const SmartFilter &filter);

/// toJson() as indented text, for the editor's JSON view and for files.
QByteArray toText(const SmartFilter &filter);

} // namespace omt::FilterWriter
