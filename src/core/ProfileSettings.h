#pragma once

#include <QJsonObject>
#include <QString>

namespace omt {

/// How ratings are shown and entered. Every rating is stored as 1..10 (the
/// seed's CHECK constraint); the scale only changes what the member sees.
enum class RatingScale {
    /// Five stars in half steps: 7 is three and a half stars.
    FiveStars,
    /// 1 to 10 points: 7 is "7/10".
    TenPoints,
    /// 10 to 100 points in tens: 7 is "70/100".
    HundredPoints,
};

/// Which view a library opens in.
enum class StartView {
    /// The table or the cover grid, whichever this computer used last.
    LastUsed,
    Table,
    Grid,
};

/// A member's preferences kept in users.profile_settings, so they are the
/// same on every computer the member signs in from. Keys this version does
/// not know (written by a newer one) are kept when saving.
struct ProfileSettings
{
    RatingScale ratingScale = RatingScale::FiveStars;
    StartView startView = StartView::LastUsed;
    /// An ISO 639-1 code ("en", "ja"): titles are shown in this language when
    /// an item has one (its attributes' "titles" object); empty shows the
    /// catalogue title.
    QString titleLanguage;

    /// Reads the settings; missing or unknown values fall back to the defaults.
    static ProfileSettings fromJson(const QJsonObject &json);
    /// `stored` with these settings written over it, other keys kept.
    QJsonObject writtenInto(QJsonObject stored) const;

    friend bool operator==(const ProfileSettings &, const ProfileSettings &) = default;
};

namespace RatingScales {
/// The highest value shown on the scale: 5, 10 or 100.
int maximum(RatingScale scale);
/// A stored rating (1..10) as the scale shows it in text: "★★★½", "7/10", "70/100".
QString text(int rating, RatingScale scale);
/// A stored rating as read aloud: "3½ of 5 stars", "7 of 10", "70 of 100".
QString spoken(int rating, RatingScale scale);
/// The scale's name for menus: "5 stars", "10 points", "100 points".
QString displayName(RatingScale scale);
} // namespace RatingScales

} // namespace omt
