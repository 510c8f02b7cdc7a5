#pragma once

#include "core/Error.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace omt {

/// Asks for a new password twice. The change itself is the caller's
/// (`submit`, usually on a worker): the dialog waits while it runs, closes
/// when it succeeded and shows the server's refusal otherwise, so nothing
/// typed is lost.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        /// Signing in with a one-time password: the member must choose their own.
        FirstSignIn,
        /// From the account dialog.
        OwnChoice,
    };
    using Submit = std::function<void(const QString &password, std::function<void(Result<void>)> done)>;

    ChangePasswordDialog(Reason reason, const QString &username, Submit submit, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QString password() const;

    void accept() override;

private:
    void setBusy(bool busy);
    void showMessage(const QString &text);

    std::unique_ptr<::Ui::ChangePasswordDialog> m_ui;
    Submit m_submit;
};

} // namespace omt
