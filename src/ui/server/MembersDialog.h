#pragma once

#include "core/ServerMember.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class MembersDialog;
}

namespace omt {

class HouseholdAccount;

/// File → Members… for administrators: the household's members with their
/// role, whether they can sign in and when they last did; adding a member
/// (their one-time password is shown once, here), disabling and enabling,
/// changing a role, a new one-time password, and the recent account
/// activity. Every change is the server's to allow; a refusal is shown.
class MembersDialog : public QDialog
{
    Q_OBJECT

public:
    /// How many account events the dialog lists.
    static constexpr int EventCount = 50;

    MembersDialog(HouseholdAccount &account, QString ownUsername, QWidget *parent = nullptr);
    ~MembersDialog() override;

    /// Reads the members and the recent activity again (two statements).
    void refresh();

Q_SIGNALS:
    /// The members and events were read (tests).
    void refreshed();

private:
    void showMembers(const QList<ServerMember> &members);
    void showEvents(const QList<AccountEvent> &events);
    void updateButtons();
    const ServerMember *selectedMember() const;
    void addMember();
    void toggleEnabled();
    void toggleRole();
    void resetPassword();
    void showOneTimePassword(const QString &username, const QString &password, const QDateTime &expiresAt);
    void showMessage(const QString &text);

    std::unique_ptr<::Ui::MembersDialog> m_ui;
    HouseholdAccount &m_account;
    QString m_ownUsername;
    QList<ServerMember> m_members;
};

} // namespace omt
