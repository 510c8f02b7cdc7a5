#include "ConnectDialog.h"

#include "models/ConnectionProfiles.h"
#include "ui/common/GrowToFit.h"
#include "ui_ConnectDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace omt {

ConnectDialog::ConnectDialog(ConnectionProfiles &profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConnectDialog>())
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QString &mode : ConnectionProfile::sslModes())
        m_ui->sslMode->addItem(ConnectionProfile::sslModeDescription(mode), mode);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->message->hide();

    connect(m_ui->profiles, &QComboBox::currentIndexChanged, this, &ConnectDialog::showProfile);
    connect(m_ui->host, &QLineEdit::textEdited, this, &ConnectDialog::hostEdited);
    connect(m_ui->sslMode, &QComboBox::activated, this, [this] {
        m_sslModeChosen = true;
        updateSslNote();
    });
    connect(m_ui->allowPlaintext, &QCheckBox::toggled, this, &ConnectDialog::updateSslNote);
    connect(m_ui->browseCaFile, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
    connect(m_ui->removeProfile, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    fillProfiles({});
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::fillProfiles(const QUuid &select)
{
    const QSignalBlocker blocker(m_ui->profiles);
    m_ui->profiles->clear();
    m_ui->profiles->addItem(tr("New server"));
    int selected = 0;
    for (const ConnectionProfile &profile : m_profiles.all()) {
        if (profile.kind != ConnectionProfile::Kind::Server)
            continue;
        m_ui->profiles->addItem(profile.name, profile.id);
        if (profile.id == select)
            selected = m_ui->profiles->count() - 1;
    }
    // The first saved server is the likeliest choice.
    if (select.isNull() && m_ui->profiles->count() > 1)
        selected = 1;
    m_ui->profiles->setCurrentIndex(selected);
    showProfile(selected);
}

void ConnectDialog::selectProfile(const QUuid &id)
{
    const int index = m_ui->profiles->findData(id);
    if (index >= 0)
        m_ui->profiles->setCurrentIndex(index);
}

void ConnectDialog::showProfile(int index)
{
    const QUuid id = m_ui->profiles->itemData(index).toUuid();
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Server;
    if (auto saved = m_profiles.find(id))
        profile = *saved;
    m_profile = profile;
    m_ui->name->setText(profile.name);
    m_ui->host->setText(profile.host);
    m_ui->port->setValue(profile.port);
    m_ui->databaseName->setText(profile.databaseName);
    m_ui->username->setText(profile.username);
    m_ui->sslMode->setCurrentIndex(std::max(0, m_ui->sslMode->findData(profile.sslMode)));
    m_ui->caFile->setText(profile.caFile);
    m_ui->allowPlaintext->setChecked(profile.isPlaintextOverNetwork());
    m_sslModeChosen = !id.isNull();
    m_ui->removeProfile->setEnabled(!id.isNull());
    m_ui->message->hide();
    updateSslNote();
    (id.isNull() ? m_ui->name : m_ui->username)->setFocus();
}

ConnectionProfile ConnectDialog::editedProfile() const
{
    ConnectionProfile profile = m_profile;
    profile.kind = ConnectionProfile::Kind::Server;
    profile.name = m_ui->name->text().trimmed();
    profile.host = m_ui->host->text().trimmed();
    profile.port = m_ui->port->value();
    profile.databaseName = m_ui->databaseName->text().trimmed();
    profile.username = m_ui->username->text().trimmed();
    profile.sslMode = m_ui->sslMode->currentData().toString();
    // Only the verifying modes use a certificate authority (libpq would turn
    // require into verify-ca when given one).
    profile.caFile
        = profile.sslMode.startsWith(QLatin1String("verify")) ? m_ui->caFile->text().trimmed() : QString();
    return profile;
}

void ConnectDialog::hostEdited()
{
    if (!m_sslModeChosen) {
        const QString mode = ConnectionProfile::defaultSslMode(m_ui->host->text().trimmed());
        m_ui->sslMode->setCurrentIndex(m_ui->sslMode->findData(mode));
    }
    updateSslNote();
}

void ConnectDialog::updateSslNote()
{
    const ConnectionProfile profile = editedProfile();
    const QString mode = profile.sslMode;
    const bool plaintextOverNetwork = profile.isPlaintextOverNetwork();
    m_ui->allowPlaintext->setVisible(plaintextOverNetwork);
    m_ui->caFile->setEnabled(mode.startsWith(QLatin1String("verify")));
    m_ui->browseCaFile->setEnabled(mode.startsWith(QLatin1String("verify")));
    QString note;
    if (plaintextOverNetwork)
        note = tr("Anyone on the network between you and %1 could read your password, your ratings and your "
                  "notes. Use this only on a network you trust completely.")
                   .arg(profile.host.isEmpty() ? tr("the server") : profile.host);
    else if (mode == QLatin1String("disable"))
        note = tr("The server is on this computer: nothing crosses a network.");
    else if (mode == QLatin1String("require"))
        note = tr("Encrypted, but any server could pretend to be this one. Prefer a verified connection.");
    else if (mode.startsWith(QLatin1String("verify")) && profile.caFile.isEmpty())
        note = tr("Give the certificate authority file your administrator handed out, unless the server's "
                  "certificate is signed by one this computer trusts (~/.postgresql/root.crt).");
    m_ui->sslNote->setText(note);
    m_ui->sslNote->setVisible(!note.isEmpty());
    growToFit(this);
}

void ConnectDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_ui->caFile->text(),
        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        m_ui->caFile->setText(file);
        updateSslNote();
    }
}

void ConnectDialog::removeProfile()
{
    const QUuid id = m_ui->profiles->currentData().toUuid();
    if (id.isNull())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Server"),
        tr("Remove the server “%1” from this computer? The server and your library on it are not touched.")
            .arg(m_ui->profiles->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    m_profiles.remove(id);
    fillProfiles({});
}

void ConnectDialog::accept()
{
    const ConnectionProfile profile = editedProfile();
    if (auto valid = profile.validate(); !valid) {
        showMessage(valid.error().message);
        return;
    }
    if (profile.isPlaintextOverNetwork() && !m_ui->allowPlaintext->isChecked()) {
        showMessage(
            tr("%1 is not on this computer: choose an encrypted connection, or tick “Send unencrypted "
               "anyway” if you accept the risk.")
                .arg(profile.host));
        return;
    }
    // A password kept for one server is never sent to another: a profile
    // pointed elsewhere asks for it again.
    ConnectionProfile saved = profile;
    if (profile.host != m_profile.host || profile.port != m_profile.port
        || profile.databaseName != m_profile.databaseName || profile.username != m_profile.username)
        saved.rememberPassword = false;
    m_profile = m_profiles.save(saved);
    QDialog::accept();
}

void ConnectDialog::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
    growToFit(this);
}

} // namespace omt
