#pragma once

#include "Error.h"
#include "Filter.h"

#include <QByteArray>
#include <QJsonObject>

namespace omt::FilterParser {

/// Reads and fully validates a smart-list document (DESIGN §5). Anything
/// outside the field catalogue, the operators of a field, the value types or
/// the caps in FilterCatalogue is refused as a whole with an InvalidInput
/// error whose message starts with the JSON path of the offending node, e.g.
/// "all[2].any[0].op: …". Unknown keys are errors, never ignored.
Result<SmartFilter> parse(const QJsonObject &document);

/// The same from JSON text, as typed into the editor or read from a file.
Result<SmartFilter> parse(const QByteArray &json);

} // namespace omt::FilterParser
