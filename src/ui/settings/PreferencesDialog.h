#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace omt {

class CoverLoader;
class MemberProfile;
class ProfilePreferences;

/// Edit → Preferences: the member's profile settings (kept in the library),
/// and how much room covers may take on disk and in memory, what the cache
/// holds now, and clearing it. OK applies the cover limits at once and
/// closes once a changed profile is saved; a failed save is shown in place.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `profileWritable` is false for a library opened read-only: the
    /// profile is shown but cannot be changed there.
    PreferencesDialog(
        CoverLoader &covers, MemberProfile &profile, bool profileWritable, QWidget *parent = nullptr);

    ProfilePreferences *profilePreferences() const { return m_profilePreferences; }
    /// Why the profile could not be saved; hidden when it was.
    QLabel *profileError() const { return m_profileError; }
    QSpinBox *diskLimit() const { return m_diskLimit; }
    QSpinBox *memoryLimit() const { return m_memoryLimit; }
    QLabel *usage() const { return m_usage; }
    QPushButton *clearButton() const { return m_clear; }

    void accept() override;
    /// Refused while the profile is being saved, which would apply anyway.
    void reject() override;

private:
    void showUsage(qint64 bytes, int covers, const QString &error);
    void applyCoverLimits();

    CoverLoader &m_covers;
    MemberProfile &m_profile;
    ProfilePreferences *m_profilePreferences = nullptr;
    QLabel *m_profileError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
    QSpinBox *m_diskLimit = nullptr;
    QSpinBox *m_memoryLimit = nullptr;
    QLabel *m_usage = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace omt
