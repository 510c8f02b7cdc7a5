#include "core/LocalizedTitles.h"
#include "core/ProfileSettings.h"

#include <QJsonArray>
#include <QTest>

using namespace omt;

class TestProfileSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyProfileHasTheDefaults()
    {
        const ProfileSettings settings = ProfileSettings::fromJson({});
        QCOMPARE(settings.ratingScale, RatingScale::FiveStars);
        QCOMPARE(settings.startView, StartView::LastUsed);
        QVERIFY(settings.titleLanguage.isEmpty());
    }

    void savedSettingsReadBack()
    {
        ProfileSettings settings;
        settings.ratingScale = RatingScale::HundredPoints;
        settings.startView = StartView::Grid;
        settings.titleLanguage = QStringLiteral("ja");
        const QJsonObject json = settings.writtenInto({});
        QCOMPARE(json.value(QStringLiteral("rating_scale")).toString(), QStringLiteral("100_points"));
        QCOMPARE(json.value(QStringLiteral("default_view")).toString(), QStringLiteral("grid"));
        QCOMPARE(ProfileSettings::fromJson(json), settings);
    }

    void keysOfANewerVersionSurviveASave()
    {
        const QJsonObject stored { { QStringLiteral("theme"), QStringLiteral("dark") },
            { QStringLiteral("title_language"), QStringLiteral("fr") } };
        ProfileSettings settings = ProfileSettings::fromJson(stored);
        settings.titleLanguage.clear();
        settings.ratingScale = RatingScale::TenPoints;
        const QJsonObject written = settings.writtenInto(stored);
        QCOMPARE(written.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QVERIFY(!written.contains(QStringLiteral("title_language")));
        QCOMPARE(written.value(QStringLiteral("rating_scale")).toString(), QStringLiteral("10_points"));
    }

    void unknownValuesFallBackToTheDefaults()
    {
        const ProfileSettings settings = ProfileSettings::fromJson({ { QStringLiteral("rating_scale"), 7 },
            { QStringLiteral("default_view"), QStringLiteral("carousel") },
            { QStringLiteral("title_language"), QStringLiteral("English; DROP") } });
        QCOMPARE(settings, ProfileSettings());
    }

    void ratingsReadOnEachScale()
    {
        QCOMPARE(RatingScales::text(7, RatingScale::FiveStars), QStringLiteral("★★★½"));
        QCOMPARE(RatingScales::text(10, RatingScale::FiveStars), QStringLiteral("★★★★★"));
        QCOMPARE(RatingScales::text(7, RatingScale::TenPoints), QStringLiteral("7/10"));
        QCOMPARE(RatingScales::text(7, RatingScale::HundredPoints), QStringLiteral("70/100"));
        QCOMPARE(RatingScales::spoken(7, RatingScale::FiveStars), QStringLiteral("3½ of 5 stars"));
        QCOMPARE(RatingScales::spoken(1, RatingScale::FiveStars), QStringLiteral("½ of 5 stars"));
        QCOMPARE(RatingScales::spoken(4, RatingScale::FiveStars), QStringLiteral("2 of 5 stars"));
        QCOMPARE(RatingScales::spoken(10, RatingScale::HundredPoints), QStringLiteral("100 of 100"));
    }

    void titleInThePreferredLanguageWhenThereIsOne()
    {
        const QJsonObject titles { { QStringLiteral("en"), QStringLiteral("Spirited Away") },
            { QStringLiteral("de"), QStringLiteral("  ") } };
        const QString original = QStringLiteral("Sen to Chihiro no Kamikakushi");
        QCOMPARE(
            LocalizedTitles::pick(original, titles, QStringLiteral("en")), QStringLiteral("Spirited Away"));
        QCOMPARE(LocalizedTitles::pick(original, titles, QStringLiteral("fr")), original);
        QCOMPARE(LocalizedTitles::pick(original, titles, QStringLiteral("de")), original);
        QCOMPARE(LocalizedTitles::pick(original, titles, QString()), original);
    }

    void malformedTitlesAttributeIsRefusedWithAReason()
    {
        QVERIFY(LocalizedTitles::validate({}));
        QVERIFY(LocalizedTitles::validate(
            { { QStringLiteral("titles"), QJsonObject { { QStringLiteral("en"), QStringLiteral("A") } } } }));

        const auto notObject = LocalizedTitles::validate(
            { { QStringLiteral("titles"), QJsonArray { QStringLiteral("Spirited Away") } } });
        QVERIFY(!notObject);
        QVERIFY(notObject.error().message.contains(QStringLiteral("object")));

        const auto badCode = LocalizedTitles::validate({ { QStringLiteral("titles"),
            QJsonObject { { QStringLiteral("English"), QStringLiteral("A") } } } });
        QVERIFY(!badCode);
        QVERIFY(badCode.error().message.contains(QStringLiteral("English")));

        const auto blank = LocalizedTitles::validate(
            { { QStringLiteral("titles"), QJsonObject { { QStringLiteral("en"), QStringLiteral(" ") } } } });
        QVERIFY(!blank);
        QVERIFY(blank.error().message.contains(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"
