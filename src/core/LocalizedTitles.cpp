#include "LocalizedTitles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace omt::LocalizedTitles {

namespace {

/// Gives this file's messages the context omt::LocalizedTitles.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::LocalizedTitles)
};

} // namespace

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

QString pick(const QString &title, const QJsonObject &titles, const QString &language)
{
    if (language.isEmpty() || titles.isEmpty())
        return title;
    const QString localized = titles.value(language).toString().trimmed();
    return localized.isEmpty() ? title : localized;
}

Result<void> validate(const QJsonObject &attributes)
{
    const auto value = attributes.constFind(AttributeKey);
    if (value == attributes.constEnd())
        return {};
    if (!value->isObject())
        return Error::invalidInput(Messages::tr("The attribute “titles” must be an object of language codes "
                                                "and titles, such as {\"en\": \"Spirited Away\"}."));
    const QJsonObject titles = value->toObject();
    for (auto it = titles.constBegin(); it != titles.constEnd(); ++it) {
        if (!isLanguageCode(it.key()))
            return Error::invalidInput(
                Messages::tr("“%1” in “titles” is not a language code. Use the two-letter ISO 639-1 code in "
                             "lower case, such as en or ja.")
                    .arg(it.key()));
        if (!it->isString() || it->toString().trimmed().isEmpty())
            return Error::invalidInput(
                Messages::tr("The title in “titles” for %1 must be non-empty text.").arg(it.key()));
    }
    return {};
}

} // namespace omt::LocalizedTitles
