#include "MediaValidation.h"

#include "LocalizedTitles.h"
#include "MediaClass.h"

#include <QCoreApplication>

namespace omt::MediaValidation {

namespace {

/// Gives this file's messages the context omt::MediaValidation, which, being a namespace,
/// cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::MediaValidation)
};

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z')
        && code.at(1) >= QLatin1Char('A') && code.at(1) <= QLatin1Char('Z');
}
} // namespace

Result<void> validate(const Media &media)
{
    if (media.title.trimmed().isEmpty())
        return Error::invalidInput(Messages::tr("The title cannot be empty."));
    if (!media.mediaClass.isEmpty() && !MediaClass::isValid(media.mediaClass))
        return Error::invalidInput(Messages::tr(
            "“%1” is not a valid class. Use dot-separated words of letters, digits and underscores, "
            "such as video.film.feature.")
                                       .arg(media.mediaClass));
    if (!media.country.isEmpty() && !isCountryCode(media.country))
        return Error::invalidInput(
            Messages::tr("“%1” is not a country code. Use the two-letter ISO 3166 code, such as GB or JP.")
                .arg(media.country));
    if (!media.externalId.isNull() && media.externalId.trimmed().isEmpty())
        return Error::invalidInput(Messages::tr("The external id cannot be blank."));
    for (const QString &creator : media.creators) {
        if (creator.trimmed().isEmpty())
            return Error::invalidInput(Messages::tr("A creator's name cannot be empty."));
    }
    return LocalizedTitles::validate(media.attributes);
}

Media normalized(Media media)
{
    media.title = media.title.trimmed();
    media.country = media.country.trimmed().toUpper();
    media.mediaClass = media.mediaClass.trimmed();
    if (media.externalId.trimmed().isEmpty())
        media.externalId = QString();
    QStringList creators;
    for (const QString &creator : std::as_const(media.creators)) {
        if (!creator.trimmed().isEmpty())
            creators.append(creator.trimmed());
    }
    media.creators = creators;
    return media;
}

} // namespace omt::MediaValidation
