#pragma once

#include <QString>

namespace omt::Isbn {

/// The ISBN-13 of an ISBN as exports write it ("978-0-7564-0473-4",
/// "0756404738", Goodreads' spreadsheet-proof `="0756404738"`), or an empty
/// string when it is none: wrong length or check digit, an ASIN.
QString normalized(QStringView text);

} // namespace omt::Isbn
