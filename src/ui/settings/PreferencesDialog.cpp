#include "PreferencesDialog.h"

#include "CoverPreferences.h"
#include "ProfilePreferences.h"
#include "models/MemberProfile.h"
#include "net/CoverLoader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omt {

PreferencesDialog::PreferencesDialog(
    CoverLoader &covers, MemberProfile &profile, bool profileWritable, QWidget *parent)
    : QDialog(parent)
    , m_covers(covers)
    , m_profile(profile)
{
    setWindowTitle(tr("Preferences"));
    m_profilePreferences = new ProfilePreferences(profile.settings(), this);
    m_profileError = new QLabel(this);
    m_profileError->setObjectName(QStringLiteral("profileError"));
    m_profileError->setWordWrap(true);
    m_profileError->hide();
    if (!profileWritable) {
        m_profilePreferences->setEnabled(false);
        m_profilePreferences->setToolTip(
            tr("The library is open read-only: your profile cannot be changed in it."));
    }

    const CoverPreferences preferences = CoverPreferences::load();

    auto *group = new QGroupBox(tr("Covers"), this);
    auto *form = new QFormLayout(group);
    m_diskLimit = new QSpinBox(group);
    m_diskLimit->setObjectName(QStringLiteral("diskCacheLimit"));
    m_diskLimit->setRange(CoverPreferences::MinDiskMegabytes, CoverPreferences::MaxDiskMegabytes);
    m_diskLimit->setSingleStep(100);
    m_diskLimit->setSuffix(tr(" MB"));
    m_diskLimit->setValue(preferences.diskMegabytes);
    m_diskLimit->setToolTip(tr("Downloaded covers beyond this are removed, the least recently shown first."));
    form->addRow(tr("Downloaded covers on disk:"), m_diskLimit);

    m_usage = new QLabel(tr("Measuring…"), group);
    m_usage->setObjectName(QStringLiteral("diskCacheUsage"));
    m_clear = new QPushButton(tr("Clear"), group);
    m_clear->setObjectName(QStringLiteral("clearCoverCache"));
    m_clear->setToolTip(tr("Remove every downloaded cover; they are downloaded again when shown."));
    auto *usageRow = new QHBoxLayout;
    usageRow->addWidget(m_usage, 1);
    usageRow->addWidget(m_clear);
    form->addRow(tr("In use:"), usageRow);

    m_memoryLimit = new QSpinBox(group);
    m_memoryLimit->setObjectName(QStringLiteral("memoryCacheLimit"));
    m_memoryLimit->setRange(CoverPreferences::MinMemoryMegabytes, CoverPreferences::MaxMemoryMegabytes);
    m_memoryLimit->setSingleStep(16);
    m_memoryLimit->setSuffix(tr(" MB"));
    m_memoryLimit->setValue(preferences.memoryMegabytes);
    m_memoryLimit->setToolTip(tr("Covers ready to paint are kept in memory up to this size."));
    form->addRow(tr("Covers in memory:"), m_memoryLimit);

    auto *own = new QLabel(
        tr("Covers you set from a file or the clipboard are yours: they are kept in %1 and never removed.")
            .arg(QDir::toNativeSeparators(covers.settings().userCoverFolder)),
        group);
    own->setWordWrap(true);
    own->setForegroundRole(QPalette::PlaceholderText);
    own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(own);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profilePreferences);
    layout->addWidget(m_profileError);
    layout->addWidget(group);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(&covers, &CoverLoader::diskCacheMeasured, this, &PreferencesDialog::showUsage);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_clear->setEnabled(false);
        m_usage->setText(tr("Clearing…"));
        m_covers.clearDiskCache();
    });
    covers.measureDiskCache();
}

void PreferencesDialog::showUsage(qint64 bytes, int covers, const QString &error)
{
    m_clear->setEnabled(covers > 0);
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    QString text = tr("%1 in %n cover(s)", nullptr, covers).arg(size);
    if (!error.isEmpty())
        text += u'\n' + error;
    m_usage->setText(text);
}

void PreferencesDialog::accept()
{
    const ProfileSettings chosen = m_profilePreferences->settings();
    if (chosen == m_profile.settings()) {
        applyCoverLimits();
        QDialog::accept();
        return;
    }
    // The profile lives in the library (on a server, over the network):
    // the dialog waits for it and stays open, with what was chosen and
    // nothing applied, when the save fails.
    m_saving = true;
    m_buttons->setEnabled(false);
    m_profilePreferences->setEnabled(false);
    m_profileError->hide();
    m_profile.save(chosen, this, [this](const Result<void> &saved) {
        m_saving = false;
        m_buttons->setEnabled(true);
        m_profilePreferences->setEnabled(true);
        if (saved) {
            applyCoverLimits();
            QDialog::accept();
            return;
        }
        m_profileError->setText(tr("Your profile settings were not saved: %1").arg(saved.error().message));
        m_profileError->show();
    });
}

void PreferencesDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void PreferencesDialog::applyCoverLimits()
{
    CoverPreferences preferences;
    preferences.diskMegabytes = m_diskLimit->value();
    preferences.memoryMegabytes = m_memoryLimit->value();
    preferences.save();
    m_covers.setDiskCacheBytes(qint64(preferences.diskMegabytes) * 1024 * 1024);
    m_covers.setMemoryCacheBytes(qint64(preferences.memoryMegabytes) * 1024 * 1024);
}

} // namespace omt
