#pragma once

#include "models/ConnectionProfile.h"
#include "storage/LibraryOpening.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace omt {

class CredentialStore;
class LibraryOpener;

/// Signs a member in to a household server: user name and password, the
/// choice to keep the password in the keychain, the one-time password
/// exchanged for their own at the first sign-in. The server is reached on a
/// worker while the dialog shows that it waits; a refusal is shown in the
/// dialog with what was typed kept, so the person can correct it.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// `keychain` may be null (no keychain in this build or session): the
    /// password is then asked for each time.
    SignInDialog(ConnectionProfile profile, LibraryOpener &opener, CredentialStore *keychain,
        QWidget *parent = nullptr);
    ~SignInDialog() override;

    /// Fills in the password kept in the keychain, if any, and signs in with
    /// it straight away; without one, waits for the person.
    void signInWithRememberedPassword();
    /// Shows why an earlier attempt failed (a profile reopened at start).
    void showError(const Error &error);

    /// The profile as signed in with (user name and the remember choice may
    /// have changed).
    const ConnectionProfile &profile() const { return m_profile; }
    /// The library signed in to, once accepted.
    std::optional<OpenedLibrary> takeOpened();
    /// Keeping or forgetting the password in the keychain failed; the
    /// sign-in itself succeeded.
    std::optional<Error> keychainProblem() const { return m_keychainProblem; }

    void accept() override;

private:
    void signIn(const QString &password);
    void signedIn(OpenedLibrary opened, const QString &password);
    void chooseOwnPassword(const QString &oneTimePassword);
    void keychainUnavailable(const Error &error);
    void setBusy(bool busy, const QString &what = {});
    void showMessage(const QString &text);
    ConnectionSettings settingsWith(const QString &password) const;

    std::unique_ptr<::Ui::SignInDialog> m_ui;
    ConnectionProfile m_profile;
    LibraryOpener &m_opener;
    CredentialStore *m_keychain;
    std::optional<OpenedLibrary> m_opened;
    std::optional<Error> m_keychainProblem;
};

} // namespace omt
