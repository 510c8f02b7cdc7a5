#pragma once

#include "core/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountDialog;
}

namespace omt {

class HouseholdAccount;

/// File → Account…: who is signed in to which server, changing the
/// password, and the devices signed in to the account (name, program
/// version, when each signed in, was last seen and signed out).
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(
        HouseholdAccount &account, const User &user, const QString &serverName, QWidget *parent = nullptr);
    ~AccountDialog() override;

    /// Reads the signed-in devices again.
    void refresh();

Q_SIGNALS:
    /// The password was changed to `password` (the keychain may keep it).
    void passwordChanged(const QString &password);
    void signOutRequested();
    /// The devices were read (tests).
    void refreshed();

private:
    void changePassword();
    void showMessage(const QString &text);

    std::unique_ptr<::Ui::AccountDialog> m_ui;
    HouseholdAccount &m_account;
    User m_user;
};

} // namespace omt
