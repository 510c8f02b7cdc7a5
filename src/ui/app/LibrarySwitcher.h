#pragma once

#include "models/ConnectionProfiles.h"
#include "models/LibraryOpener.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QSettings;

namespace omt {

class CredentialStore;
class LibrarySession;
class SignInDialog;

/// Which library the application shows, and changing it: a library file
/// opened directly, a household server through the sign-in dialog, the
/// recent ones from File → Open Recent, and back to this computer's library
/// on signing out. The profile opened last is reopened at the next start.
///
/// A new library is opened on a worker while the current window stays
/// usable; only when it is ready does its window replace the old one, so a
/// server that cannot be reached costs nothing but a message.
class LibrarySwitcher : public QObject
{
    Q_OBJECT

public:
    /// `keychain` may be null: passwords are then asked for each time.
    LibrarySwitcher(QSettings &settings, CredentialStore *keychain, QObject *parent = nullptr);
    ~LibrarySwitcher() override;

    /// Opens the first library. When it cannot be opened and no window
    /// exists, says why and ends the application with exit code 1 — except
    /// a server, whose sign-in dialog lets the person retry, or go to this
    /// computer's library instead.
    void start(const ConnectionProfile &profile, bool readOnly = false);
    /// Opens `profile`: a file at once, a server after signing in.
    void open(const ConnectionProfile &profile);
    /// Ends the household-server session and opens this computer's library.
    void signOut();

    /// The library shown, or null while the first one opens.
    LibrarySession *session() const { return m_session.get(); }
    /// The sign-in dialog while one is open.
    SignInDialog *signInDialog() const;
    ConnectionProfiles &profiles() { return m_profiles; }

Q_SIGNALS:
    /// A library's window is shown (the first, or one replacing another).
    void libraryShown();
    /// Opening a library failed (shown in the window or a message box).
    void openFailed(const omt::Error &error);

private:
    /// Whether the current library may be left (asks when edits wait for the server).
    bool mayLeave() const;
    void openFile(const ConnectionProfile &profile);
    void signIn(const ConnectionProfile &profile);
    void show(OpenedLibrary opened, const ConnectionProfile &profile);
    void failed(const Error &error);
    void chooseLibraryFile();
    void connectToServer();
    void setUpServer();
    void fillRecentMenu(QMenu *menu);
    void connectWindow();
    void showAccount();
    void showMembers();
    /// Keeps the keychain's copy of the password in step after a change.
    void passwordChanged(const QString &password);

    ConnectionProfiles m_profiles;
    CredentialStore *m_keychain;
    LibraryOpener m_opener;
    std::unique_ptr<LibrarySession> m_session;
    QPointer<SignInDialog> m_signIn;
    /// What the command line asked for the first library file.
    bool m_readOnly = false;
    bool m_createFile = false;
};

} // namespace omt
