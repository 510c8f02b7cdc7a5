#pragma once

#include "core/ProfileSettings.h"

#include <QGroupBox>

class QComboBox;

namespace omt {

/// The part of Preferences kept in the member's profile rather than on this
/// computer: the rating scale, the view a library opens in and the language
/// of titles.
class ProfilePreferences : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProfilePreferences(const ProfileSettings &settings, QWidget *parent = nullptr);

    /// The settings as chosen.
    ProfileSettings settings() const;

    QComboBox *ratingScale() const { return m_ratingScale; }
    QComboBox *startView() const { return m_startView; }
    QComboBox *titleLanguage() const { return m_titleLanguage; }

private:
    void fillTitleLanguages(const QString &current);

    QComboBox *m_ratingScale = nullptr;
    QComboBox *m_startView = nullptr;
    QComboBox *m_titleLanguage = nullptr;
};

} // namespace omt
