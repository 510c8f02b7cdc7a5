#include "ChangePasswordDialog.h"

#include "ui/common/GrowToFit.h"
#include "ui_ChangePasswordDialog.h"

#include <QPointer>
#include <QPushButton>

namespace omt {

ChangePasswordDialog::ChangePasswordDialog(
    Reason reason, const QString &username, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ChangePasswordDialog>())
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->intro->setText(reason == Reason::FirstSignIn
            ? tr("This is the first time %1 signs in, with a one-time password from an administrator. "
                 "Choose a password of your own: the one-time password stops working.")
                  .arg(username)
            : tr("Choose a new password for %1. It replaces the current one on every computer; "
                 "other computers sign in again with the new one.")
                  .arg(username));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    m_ui->message->hide();
    m_ui->busy->hide();
    m_ui->newPassword->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::password() const
{
    return m_ui->newPassword->text();
}

void ChangePasswordDialog::accept()
{
    if (password().isEmpty()) {
        showMessage(tr("Type the new password."));
        m_ui->newPassword->setFocus();
        return;
    }
    if (password() != m_ui->repeatPassword->text()) {
        showMessage(tr("The two passwords differ. Type the same password twice."));
        m_ui->repeatPassword->selectAll();
        m_ui->repeatPassword->setFocus();
        return;
    }
    setBusy(true);
    m_submit(password(), [self = QPointer<ChangePasswordDialog>(this)](const Result<void> &changed) {
        if (!self)
            return;
        self->setBusy(false);
        if (!changed) {
            self->showMessage(changed.error().message);
            return;
        }
        self->QDialog::accept();
    });
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_ui->busy->setVisible(busy);
    m_ui->newPassword->setEnabled(!busy);
    m_ui->repeatPassword->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->message->hide();
}

void ChangePasswordDialog::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
    growToFit(this);
}

} // namespace omt
