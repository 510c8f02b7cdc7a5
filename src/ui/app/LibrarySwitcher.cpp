#include "LibrarySwitcher.h"

#include "AppPaths.h"
#include "LibrarySession.h"
#include "StartupError.h"
#include "models/HouseholdAccount.h"
#include "net/CredentialStore.h"
#include "storage/Database.h"
#include "ui/common/StatusNotice.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryWindow.h"
#include "ui/server/AccountDialog.h"
#include "ui/server/ConnectDialog.h"
#include "ui/server/MembersDialog.h"
#include "ui/server/ServerSetupWizard.h"
#include "ui/server/SignInDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace omt {

LibrarySwitcher::LibrarySwitcher(QSettings &settings, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_profiles(settings)
    , m_keychain(keychain)
    , m_opener(LibraryOpener::thisComputer())
{
    // The application ends when the library window is closed, not when a
    // sign-in dialog shown before it closes.
    QApplication::setQuitOnLastWindowClosed(false);
}

LibrarySwitcher::~LibrarySwitcher() = default;

SignInDialog *LibrarySwitcher::signInDialog() const
{
    return m_signIn;
}

void LibrarySwitcher::start(const ConnectionProfile &profile, bool readOnly)
{
    m_readOnly = readOnly;
    // A file named on the command line is made when it does not exist, as
    // "init" would; one chosen later in a file dialog must exist.
    m_createFile = true;
    open(profile);
    // They were for a file; a server's sign-in leaves them unused.
    if (profile.kind == ConnectionProfile::Kind::Server) {
        m_readOnly = false;
        m_createFile = false;
    }
}

bool LibrarySwitcher::mayLeave() const
{
    // Edits waiting for an unreachable server go with the window.
    return !m_session || m_session->window().mayDiscardHeldChanges();
}

void LibrarySwitcher::open(const ConnectionProfile &profile)
{
    if (!mayLeave())
        return;
    if (profile.kind == ConnectionProfile::Kind::Server)
        signIn(profile);
    else
        openFile(profile);
}

void LibrarySwitcher::openFile(const ConnectionProfile &profile)
{
    ConnectionSettings settings = profile.connectionSettings();
    // This computer's own library is made when it is first needed; a file
    // chosen in a dialog must exist, so a mistake is not a new empty library.
    settings.createIfMissing
        = std::exchange(m_createFile, false) || profile.filePath == AppPaths::defaultLibraryPath();
    settings.readOnly = std::exchange(m_readOnly, false);
    if (m_session)
        m_session->window().statusNotice()->showMessage(tr("Opening %1…").arg(profile.name));
    m_opener.open(settings, [this, profile](Result<OpenedLibrary> opened) {
        if (!opened) {
            failed(opened.error());
            return;
        }
        show(*opened, profile);
    });
}

void LibrarySwitcher::signIn(const ConnectionProfile &profile)
{
    if (m_signIn && m_signIn->profile().id == profile.id) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    if (m_signIn) {
        // Another server asked for: that one's sign-in replaces this one's.
        SignInDialog *previous = m_signIn;
        m_signIn = nullptr;
        previous->disconnect(this);
        previous->close();
    }
    QWidget *parent = m_session ? &m_session->window() : nullptr;
    auto *dialog = new SignInDialog(profile, m_opener, m_keychain, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_signIn = nullptr;
        if (result == QDialog::Accepted) {
            auto opened = dialog->takeOpened();
            if (!opened)
                return;
            // After the dialog has finished closing: the window it belongs
            // to is replaced, and the dialog with it.
            QMetaObject::invokeMethod(
                this,
                [this, opened = std::move(*opened), profile = dialog->profile(),
                    problem = dialog->keychainProblem()]() mutable {
                    show(std::move(opened), profile);
                    if (problem)
                        m_session->window().showError(*problem);
                },
                Qt::QueuedConnection);
            return;
        }
        // Without a window yet, giving up on the server opens this computer's library.
        if (!m_session)
            openFile(ConnectionProfile::libraryFile(AppPaths::defaultLibraryPath()));
    });
    dialog->show();
    dialog->signInWithRememberedPassword();
}

void LibrarySwitcher::show(OpenedLibrary opened, const ConnectionProfile &profile)
{

    const bool askedReadOnly = opened.database->settings().readOnly;
    const QString readOnlyReason = askedReadOnly ? tr("The library is open read-only, as asked.")
                                                 : tr("The library file cannot be written (read-only media, "
                                                      "or no permission), so it is open read-only.");
    const ConnectionProfile saved = m_profiles.markOpened(profile);
    // The new window first, so the application never has none.
    auto previous = std::move(m_session);
    m_session = std::make_unique<LibrarySession>(std::move(opened), saved, readOnlyReason);
    connectWindow();
    m_session->window().show();
    if (previous)
        previous->window().prepareToClose();
    previous.reset();
    Q_EMIT libraryShown();
}

void LibrarySwitcher::failed(const Error &error)
{
    Q_EMIT openFailed(error);
    if (m_session) {
        m_session->window().showError(error);
        return;
    }
    showStartupError(error.message);
    QCoreApplication::exit(1);
}

void LibrarySwitcher::connectWindow()
{
    LibraryWindow &window = m_session->window();
    LibraryActions *actions = window.actions();
    connect(actions->openLibrary, &QAction::triggered, this, &LibrarySwitcher::chooseLibraryFile);
    connect(actions->connectToServer, &QAction::triggered, this, &LibrarySwitcher::connectToServer);
    connect(actions->signOut, &QAction::triggered, this, &LibrarySwitcher::signOut);
    connect(actions->setUpServer, &QAction::triggered, this, &LibrarySwitcher::setUpServer);
    connect(actions->account, &QAction::triggered, this, &LibrarySwitcher::showAccount);
    connect(actions->members, &QAction::triggered, this, &LibrarySwitcher::showMembers);
    connect(actions->recentMenu, &QMenu::aboutToShow, this,
        [this, menu = actions->recentMenu] { fillRecentMenu(menu); });
    fillRecentMenu(actions->recentMenu);
    connect(&window, &LibraryWindow::closed, this, [this, window = &window] {
        // A window replaced by another one is closed by the switch, not by the person.
        if (m_session && &m_session->window() == window)
            QCoreApplication::quit();
    });
}

void LibrarySwitcher::chooseLibraryFile()
{
    if (!mayLeave())
        return;
    const QString current = m_session && m_session->profile().kind == ConnectionProfile::Kind::LibraryFile
        ? m_session->profile().filePath
        : AppPaths::defaultLibraryPath();
    const QString path
        = QFileDialog::getOpenFileName(m_session ? &m_session->window() : nullptr, tr("Open Library"),
            QFileInfo(current).absolutePath(), tr("OmniMediaTrak libraries (*.omt);;All files (*)"));
    if (!path.isEmpty())
        openFile(ConnectionProfile::libraryFile(path));
}

void LibrarySwitcher::connectToServer()
{
    if (!mayLeave())
        return;
    auto *dialog = new ConnectDialog(m_profiles, m_session ? &m_session->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session && m_session->profile().kind == ConnectionProfile::Kind::Server)
        dialog->selectProfile(m_session->profile().id);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { signIn(dialog->profile()); });
    dialog->open();
}

void LibrarySwitcher::setUpServer()
{
    auto *wizard = new ServerSetupWizard(m_profiles, m_opener, m_session ? &m_session->window() : nullptr);
    wizard->setObjectName(QStringLiteral("serverSetupWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (const auto profile = wizard->profileToOpen(); profile && mayLeave())
            signIn(*profile);
    });
    wizard->open();
}

void LibrarySwitcher::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QUuid currentId = m_session ? m_session->profile().id : QUuid();
    for (const ConnectionProfile &profile : m_profiles.recent()) {
        QAction *action = menu->addAction(profile.displayName());
        action->setToolTip(profile.kind == ConnectionProfile::Kind::LibraryFile
                ? profile.filePath
                : QStringLiteral("%1:%2/%3").arg(profile.host).arg(profile.port).arg(profile.databaseName));
        action->setCheckable(true);
        action->setChecked(profile.id == currentId);
        connect(action, &QAction::triggered, this, [this, profile] { open(profile); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void LibrarySwitcher::showAccount()
{
    if (!m_session || !m_session->account())
        return;
    auto *dialog = new AccountDialog(
        *m_session->account(), m_session->library().user, m_session->profile().name, &m_session->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::passwordChanged, this, &LibrarySwitcher::passwordChanged);
    // After the dialog has closed: signing out replaces the window it belongs to.
    connect(dialog, &AccountDialog::signOutRequested, this, &LibrarySwitcher::signOut, Qt::QueuedConnection);
    dialog->open();
}

void LibrarySwitcher::showMembers()
{
    if (!m_session || !m_session->account())
        return;
    auto *dialog
        = new MembersDialog(*m_session->account(), m_session->library().user.username, &m_session->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LibrarySwitcher::passwordChanged(const QString &password)
{
    if (!m_keychain || !m_session || !m_session->profile().rememberPassword)
        return;
    m_keychain->write(m_session->profile().keychainKey(), password, [this](const Result<void> &stored) {
        if (!stored && m_session)
            m_session->window().showError(stored.error());
    });
}

void LibrarySwitcher::signOut()
{
    if (!m_session || !m_session->library().isHouseholdServer() || !mayLeave())
        return;
    openFile(ConnectionProfile::libraryFile(AppPaths::defaultLibraryPath()));
}

} // namespace omt
