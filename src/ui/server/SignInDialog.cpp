#include "SignInDialog.h"

#include "ChangePasswordDialog.h"
#include "models/LibraryOpener.h"
#include "net/CredentialStore.h"
#include "ui/common/GrowToFit.h"
#include "ui_SignInDialog.h"

#include <QPointer>
#include <QPushButton>

namespace omt {

SignInDialog::SignInDialog(
    ConnectionProfile profile, LibraryOpener &opener, CredentialStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SignInDialog>())
    , m_profile(std::move(profile))
    , m_opener(opener)
    , m_keychain(keychain)
{
    // The keychain keeps the password under the profile's id, so it needs one now.
    if (m_profile.id.isNull())
        m_profile.id = QUuid::createUuid();
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("Sign In to %1").arg(m_profile.name));
    m_ui->intro->setText(
        tr("Sign in to the household server <b>%1</b> (%2, database %3).")
            .arg(m_profile.name.toHtmlEscaped(),
                QStringLiteral("%1:%2").arg(m_profile.host).arg(m_profile.port).toHtmlEscaped(),
                m_profile.databaseName.toHtmlEscaped()));
    m_ui->username->setText(m_profile.username);
    m_ui->remember->setChecked(m_profile.rememberPassword);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->keychainNote->hide();
    m_ui->message->hide();
    m_ui->busy->hide();
    if (!m_keychain)
        keychainUnavailable(Error { Error::Code::Unavailable,
            tr("This computer has no keychain OmniMediaTrak can use, so the password is asked for each "
               "time."),
            {}, QStringLiteral("no_keychain") });
    (m_profile.username.isEmpty() ? m_ui->username : m_ui->password)->setFocus();
}

SignInDialog::~SignInDialog() = default;

std::optional<OpenedLibrary> SignInDialog::takeOpened()
{
    return std::exchange(m_opened, std::nullopt);
}

void SignInDialog::signInWithRememberedPassword()
{
    if (!m_keychain || !m_profile.rememberPassword)
        return;
    setBusy(true, tr("Reading the password from the keychain…"));
    m_keychain->read(m_profile.keychainKey(),
        [self = QPointer<SignInDialog>(this)](Result<std::optional<QString>> secret) {
            if (!self)
                return;
            self->setBusy(false);
            if (!secret) {
                self->keychainUnavailable(secret.error());
                return;
            }
            if (!secret->has_value()) {
                self->showMessage(tr("The keychain holds no password for this server any more; type it."));
                return;
            }
            self->m_ui->password->setText(**secret);
            self->signIn(**secret);
        });
}

void SignInDialog::showError(const Error &error)
{
    showMessage(error.message);
}

void SignInDialog::accept()
{
    if (m_ui->username->text().trimmed().isEmpty()) {
        showMessage(tr("Type your user name on this server."));
        m_ui->username->setFocus();
        return;
    }
    signIn(m_ui->password->text());
}

ConnectionSettings SignInDialog::settingsWith(const QString &password) const
{
    ConnectionProfile profile = m_profile;
    profile.username = m_ui->username->text().trimmed();
    return profile.connectionSettings(password);
}

void SignInDialog::signIn(const QString &password)
{
    setBusy(true, tr("Signing in…"));
    LibraryOpener &opener = m_opener;
    m_opener.open(settingsWith(password),
        [self = QPointer<SignInDialog>(this), password, &opener](Result<OpenedLibrary> opened) {
            if (!self || !self->isVisible()) {
                // Given up on while it signed in: the session it opened ends.
                if (opened)
                    opener.close(*opened, [](const Result<void> &) {});
                return;
            }
            self->setBusy(false);
            if (opened) {
                self->signedIn(*opened, password);
                return;
            }
            const Error &error = opened.error();
            if (error.subject == QLatin1String("password_change_required")) {
                self->chooseOwnPassword(password);
                return;
            }
            self->showMessage(error.message);
            if (error.code == Error::Code::AccessDenied && error.subject.isEmpty()) {
                self->m_ui->password->selectAll();
                self->m_ui->password->setFocus();
            }
        });
}

void SignInDialog::chooseOwnPassword(const QString &oneTimePassword)
{
    const ConnectionSettings settings = settingsWith(oneTimePassword);
    LibraryOpener &opener = m_opener;
    auto *dialog = new ChangePasswordDialog(
        ChangePasswordDialog::Reason::FirstSignIn, settings.user,
        [&opener, settings](const QString &password, std::function<void(Result<void>)> done) {
            opener.changePassword(settings, password, std::move(done));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            showMessage(tr("Choose a password of your own to finish signing in; the one-time password "
                           "works only for that."));
            return;
        }
        m_ui->password->setText(dialog->password());
        signIn(dialog->password());
    });
    dialog->open();
}

void SignInDialog::signedIn(OpenedLibrary opened, const QString &password)
{
    m_opened = std::move(opened);
    m_profile.username = m_ui->username->text().trimmed();
    m_profile.rememberPassword = m_ui->remember->isChecked() && m_ui->remember->isEnabled();
    if (!m_keychain) {
        QDialog::accept();
        return;
    }
    auto stored = [self = QPointer<SignInDialog>(this)](const Result<void> &result) {
        if (!self)
            return;
        if (!result)
            self->m_keychainProblem = result.error();
        self->setBusy(false);
        self->QDialog::accept();
    };
    setBusy(true, tr("Signed in."));
    if (m_profile.rememberPassword)
        m_keychain->write(m_profile.keychainKey(), password, stored);
    else
        m_keychain->remove(m_profile.keychainKey(), stored);
}

void SignInDialog::keychainUnavailable(const Error &error)
{
    m_ui->remember->setChecked(false);
    m_ui->remember->setEnabled(false);
    m_ui->keychainNote->setText(error.message);
    m_ui->keychainNote->show();
    growToFit(this);
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    m_ui->busy->setVisible(busy);
    m_ui->busy->setToolTip(what);
    m_ui->busy->setAccessibleName(what);
    m_ui->username->setEnabled(!busy);
    m_ui->password->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->message->setText(what);
        m_ui->message->setVisible(!what.isEmpty());
        growToFit(this);
    }
}

void SignInDialog::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
    growToFit(this);
}

} // namespace omt
