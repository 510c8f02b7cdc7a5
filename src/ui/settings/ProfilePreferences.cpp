#include "ProfilePreferences.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace omt {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(qMax(0, index));
}

/// "Japanese — 日本語": the language's name in English (as Qt knows it) and in
/// its own.
QString languageLabel(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code; // a code Qt does not know
    QString name = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (native.isEmpty() || native.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return ProfilePreferences::tr("%1 — %2").arg(name, native);
}

} // namespace

ProfilePreferences::ProfilePreferences(const ProfileSettings &settings, QWidget *parent)
    : QGroupBox(tr("Your profile"), parent)
{
    auto *form = new QFormLayout(this);

    m_ratingScale = new QComboBox(this);
    m_ratingScale->setObjectName(QStringLiteral("ratingScale"));
    for (RatingScale scale : { RatingScale::FiveStars, RatingScale::TenPoints, RatingScale::HundredPoints })
        m_ratingScale->addItem(
            tr("%1 (%2)").arg(RatingScales::displayName(scale), RatingScales::text(7, scale)), int(scale));
    selectData(m_ratingScale, int(settings.ratingScale));
    m_ratingScale->setToolTip(tr("How ratings are shown and entered. A rating is kept in ten steps, "
                                 "so changing the scale never changes a rating."));
    form->addRow(tr("Show ratings as:"), m_ratingScale);

    m_startView = new QComboBox(this);
    m_startView->setObjectName(QStringLiteral("startView"));
    m_startView->addItem(tr("The view used last on this computer"), int(StartView::LastUsed));
    m_startView->addItem(tr("Table"), int(StartView::Table));
    m_startView->addItem(tr("Cover grid"), int(StartView::Grid));
    selectData(m_startView, int(settings.startView));
    form->addRow(tr("Open libraries in:"), m_startView);

    m_titleLanguage = new QComboBox(this);
    m_titleLanguage->setObjectName(QStringLiteral("titleLanguage"));
    fillTitleLanguages(settings.titleLanguage);
    m_titleLanguage->setToolTip(tr("Items whose attributes hold titles in other languages (\"titles\": "
                                   "{\"en\": …}) show the one in this language; lists still sort by the "
                                   "catalogue title."));
    form->addRow(tr("Titles in:"), m_titleLanguage);

    auto *where
        = new QLabel(tr("Kept with your account in the library, so they are the same on every computer "
                        "you open it from."),
            this);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(where);
}

ProfileSettings ProfilePreferences::settings() const
{
    ProfileSettings settings;
    settings.ratingScale = RatingScale(m_ratingScale->currentData().toInt());
    settings.startView = StartView(m_startView->currentData().toInt());
    settings.titleLanguage = m_titleLanguage->currentData().toString();
    return settings;
}

void ProfilePreferences::fillTitleLanguages(const QString &current)
{
    // The languages catalogues most often carry titles in, and the one the
    // profile names even when it is not among them.
    QStringList codes = { QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("en"),
        QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("hi"), QStringLiteral("it"),
        QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("nl"), QStringLiteral("pl"),
        QStringLiteral("pt"), QStringLiteral("ru"), QStringLiteral("sv"), QStringLiteral("tr"),
        QStringLiteral("uk"), QStringLiteral("zh") };
    if (!current.isEmpty() && !codes.contains(current))
        codes.append(current);
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : std::as_const(codes))
        languages.append({ languageLabel(code), code });
    QCollator collator;
    std::sort(languages.begin(), languages.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });

    m_titleLanguage->addItem(tr("The catalogue's title"), QString());
    for (const auto &[label, code] : std::as_const(languages))
        m_titleLanguage->addItem(label, code);
    selectData(m_titleLanguage, current);
}

} // namespace omt
