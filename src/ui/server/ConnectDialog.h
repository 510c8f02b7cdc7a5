#pragma once

#include "models/ConnectionProfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace omt {

class ConnectionProfiles;

/// File → Connect to Server…: picks a saved server or describes a new one
/// (address, database, user, encryption), and saves it. Unencrypted
/// connections over a network take an explicit, warned choice; prefer and
/// allow, which fall back to plaintext silently, are not offered.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ConnectionProfiles &profiles, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Shows `id` when it is a saved server.
    void selectProfile(const QUuid &id);
    /// The server to connect to, saved, once accepted.
    const ConnectionProfile &profile() const { return m_profile; }

    void accept() override;

private:
    void fillProfiles(const QUuid &select);
    void showProfile(int index);
    ConnectionProfile editedProfile() const;
    void hostEdited();
    void updateSslNote();
    void browseCaFile();
    void removeProfile();
    void showMessage(const QString &text);

    std::unique_ptr<::Ui::ConnectDialog> m_ui;
    ConnectionProfiles &m_profiles;
    ConnectionProfile m_profile;
    /// Whether the person chose an encryption mode themselves; until then
    /// it follows the address (none for this computer, verify-full otherwise).
    bool m_sslModeChosen = false;
};

} // namespace omt
