#include "ProfileSettings.h"

#include "LocalizedTitles.h"

#include <QCoreApplication>

namespace omt {

namespace {

/// Gives this file's messages the context omt::ProfileSettings.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::ProfileSettings)
};

// The stored spellings: stable, whatever the display names become.
const QString RatingScaleKey = QStringLiteral("rating_scale");
const QString StartViewKey = QStringLiteral("default_view");
const QString TitleLanguageKey = QStringLiteral("title_language");

QString ratingScaleValue(RatingScale scale)
{
    switch (scale) {
    case RatingScale::FiveStars: return QStringLiteral("5_stars");
    case RatingScale::TenPoints: return QStringLiteral("10_points");
    case RatingScale::HundredPoints: return QStringLiteral("100_points");
    }
    return {};
}

QString startViewValue(StartView view)
{
    switch (view) {
    case StartView::LastUsed: return QStringLiteral("last_used");
    case StartView::Table: return QStringLiteral("table");
    case StartView::Grid: return QStringLiteral("grid");
    }
    return {};
}

} // namespace

ProfileSettings ProfileSettings::fromJson(const QJsonObject &json)
{
    ProfileSettings settings;
    const QString scale = json.value(RatingScaleKey).toString();
    for (RatingScale candidate :
        { RatingScale::FiveStars, RatingScale::TenPoints, RatingScale::HundredPoints })
        if (scale == ratingScaleValue(candidate))
            settings.ratingScale = candidate;
    const QString view = json.value(StartViewKey).toString();
    for (StartView candidate : { StartView::LastUsed, StartView::Table, StartView::Grid })
        if (view == startViewValue(candidate))
            settings.startView = candidate;
    const QString language = json.value(TitleLanguageKey).toString();
    if (LocalizedTitles::isLanguageCode(language))
        settings.titleLanguage = language;
    return settings;
}

QJsonObject ProfileSettings::writtenInto(QJsonObject stored) const
{
    stored.insert(RatingScaleKey, ratingScaleValue(ratingScale));
    stored.insert(StartViewKey, startViewValue(startView));
    if (titleLanguage.isEmpty())
        stored.remove(TitleLanguageKey);
    else
        stored.insert(TitleLanguageKey, titleLanguage);
    return stored;
}

namespace RatingScales {

int maximum(RatingScale scale)
{
    switch (scale) {
    case RatingScale::FiveStars: return 5;
    case RatingScale::TenPoints: return 10;
    case RatingScale::HundredPoints: return 100;
    }
    return 10;
}

QString text(int rating, RatingScale scale)
{
    switch (scale) {
    case RatingScale::FiveStars: {
        QString stars(rating / 2, QChar(0x2605));
        if (rating % 2)
            stars += QChar(0x00BD);
        return stars;
    }
    case RatingScale::TenPoints: return Messages::tr("%1/10").arg(rating);
    case RatingScale::HundredPoints: return Messages::tr("%1/100").arg(rating * 10);
    }
    return QString::number(rating);
}

QString spoken(int rating, RatingScale scale)
{
    switch (scale) {
    case RatingScale::FiveStars: {
        const QString whole = rating / 2 > 0 || rating % 2 == 0 ? QString::number(rating / 2) : QString();
        return Messages::tr("%1 of 5 stars").arg(whole + (rating % 2 ? QString(QChar(0x00BD)) : QString()));
    }
    case RatingScale::TenPoints: return Messages::tr("%1 of 10").arg(rating);
    case RatingScale::HundredPoints: return Messages::tr("%1 of 100").arg(rating * 10);
    }
    return QString::number(rating);
}

QString displayName(RatingScale scale)
{
    switch (scale) {
    case RatingScale::FiveStars: return Messages::tr("5 stars");
    case RatingScale::TenPoints: return Messages::tr("10 points");
    case RatingScale::HundredPoints: return Messages::tr("100 points");
    }
    return {};
}

} // namespace RatingScales

} // namespace omt
