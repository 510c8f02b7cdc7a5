#pragma once

#include "Error.h"
#include "Media.h"

namespace omt::MediaValidation {

/// Checks a media item before it is written and returns a message naming
/// the first problem: blank title, malformed class path, country that is not
/// an ISO 3166-1 alpha-2 code, blank external id or creator, a "titles"
/// attribute that is not language codes to titles.
Result<void> validate(const Media &media);

/// Normalises what people type: trims the title, upper-cases the country,
/// drops empty creators.
Media normalized(Media media);

} // namespace omt::MediaValidation
