#include "MembersDialog.h"

#include "core/Enums.h"
#include "models/HouseholdAccount.h"
#include "ui/common/GrowToFit.h"
#include "ui_MembersDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace omt {

namespace {
QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString eventText(const AccountEvent &event)
{
    QString text;
    if (event.event == QLatin1String("sign_in"))
        text = MembersDialog::tr("Signed in");
    else if (event.event == QLatin1String("sign_out"))
        text = MembersDialog::tr("Signed out");
    else if (event.event == QLatin1String("password_changed"))
        text = MembersDialog::tr("Password changed");
    else if (event.event == QLatin1String("role_changed"))
        text = MembersDialog::tr("Role changed");
    else if (event.event == QLatin1String("member_created"))
        text = MembersDialog::tr("Member added");
    else if (event.event == QLatin1String("member_disabled"))
        text = MembersDialog::tr("Disabled");
    else if (event.event == QLatin1String("member_enabled"))
        text = MembersDialog::tr("Enabled");
    else
        text = event.event;
    if (!event.succeeded)
        text = MembersDialog::tr("%1 — refused (%2)").arg(text, event.reason);
    return text;
}
} // namespace

MembersDialog::MembersDialog(HouseholdAccount &account, QString ownUsername, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::MembersDialog>())
    , m_account(account)
    , m_ownUsername(std::move(ownUsername))
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->intro->setText(tr("Everyone in the household signs in as themselves. A new member gets a one-time "
                            "password to hand them; at their first sign-in they choose their own."));
    for (Role role : allValues<Role>())
        m_ui->newRole->addItem(displayName(role), int(role));
    m_ui->newRole->setCurrentIndex(m_ui->newRole->findData(int(Role::Member)));
    m_ui->oneTimePassword->hide();
    m_ui->message->hide();
    m_ui->members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->events->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->members, &QTableWidget::itemSelectionChanged, this, &MembersDialog::updateButtons);
    connect(m_ui->addMember, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_ui->newUsername, &QLineEdit::returnPressed, this, &MembersDialog::addMember);
    connect(m_ui->toggleEnabled, &QPushButton::clicked, this, &MembersDialog::toggleEnabled);
    connect(m_ui->toggleRole, &QPushButton::clicked, this, &MembersDialog::toggleRole);
    connect(m_ui->resetPassword, &QPushButton::clicked, this, &MembersDialog::resetPassword);
    updateButtons();
    refresh();
}

MembersDialog::~MembersDialog() = default;

void MembersDialog::refresh()
{
    m_account.members(this, [this](Result<QList<ServerMember>> members) {
        if (!members) {
            showMessage(members.error().message);
            return;
        }
        showMembers(*members);
    });
    m_account.recentEvents(EventCount, this, [this](Result<QList<AccountEvent>> events) {
        if (!events) {
            showMessage(events.error().message);
            return;
        }
        showEvents(*events);
        // The storage worker runs calls in order: the members are shown already.
        Q_EMIT refreshed();
    });
}

void MembersDialog::showMembers(const QList<ServerMember> &members)
{
    const ServerMember *selected = selectedMember();
    const QString keep = selected ? selected->username : QString();
    m_members = members;
    m_ui->members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const ServerMember &member = members.at(row);
        const QString status = !member.isActive ? tr("Disabled")
            : member.passwordPending            ? tr("Has not chosen a password yet")
                                                : tr("Active");
        const QStringList cells { member.username, displayName(member.role), status,
            member.lastLoginAt.isValid() ? when(member.lastLoginAt) : tr("Never") };
        for (int column = 0; column < cells.size(); ++column)
            m_ui->members->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (member.username == keep)
            m_ui->members->selectRow(row);
    }
    updateButtons();
}

void MembersDialog::showEvents(const QList<AccountEvent> &events)
{
    m_ui->events->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AccountEvent &event = events.at(row);
        const QStringList cells { when(event.occurredAt), event.username, eventText(event), event.actor,
            event.clientAddress };
        for (int column = 0; column < cells.size(); ++column)
            m_ui->events->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

const ServerMember *MembersDialog::selectedMember() const
{
    const QList<QTableWidgetItem *> items = m_ui->members->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row < m_members.size() ? &m_members.at(row) : nullptr;
}

void MembersDialog::updateButtons()
{
    const ServerMember *member = selectedMember();
    // The server refuses disabling or demoting oneself; the buttons say so first.
    const bool other = member && member->username != m_ownUsername;
    m_ui->toggleEnabled->setEnabled(other);
    m_ui->toggleRole->setEnabled(other);
    m_ui->resetPassword->setEnabled(other);
    m_ui->toggleEnabled->setText(member && !member->isActive ? tr("&Enable") : tr("&Disable"));
    m_ui->toggleRole->setText(
        member && member->role == Role::Admin ? tr("Make &Member") : tr("Make &Administrator"));
}

void MembersDialog::addMember()
{
    const QString username = m_ui->newUsername->text().trimmed();
    if (username.isEmpty()) {
        showMessage(tr("Type the new member's user name."));
        m_ui->newUsername->setFocus();
        return;
    }
    const auto role = Role(m_ui->newRole->currentData().toInt());
    m_ui->addMember->setEnabled(false);
    m_account.addMember(username, role, this, [this](Result<NewMember> added) {
        m_ui->addMember->setEnabled(true);
        if (!added) {
            showMessage(added.error().message);
            return;
        }
        m_ui->newUsername->clear();
        m_ui->message->hide();
        showOneTimePassword(added->username, added->oneTimePassword, added->expiresAt);
        refresh();
    });
}

void MembersDialog::toggleEnabled()
{
    const ServerMember *member = selectedMember();
    if (!member)
        return;
    const QString username = member->username;
    const bool enable = !member->isActive;
    if (!enable) {
        const auto answer = QMessageBox::question(this, tr("Disable Member"),
            tr("Disable %1? They are signed out everywhere and cannot sign in until enabled again. "
               "Their progress, ratings and lists are kept.")
                .arg(username));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_account.setEnabled(username, enable, this, [this](const Result<void> &changed) {
        if (!changed)
            showMessage(changed.error().message);
        refresh();
    });
}

void MembersDialog::toggleRole()
{
    const ServerMember *member = selectedMember();
    if (!member)
        return;
    const Role role = member->role == Role::Admin ? Role::Member : Role::Admin;
    m_account.setRole(member->username, role, this, [this](const Result<void> &changed) {
        if (!changed)
            showMessage(changed.error().message);
        refresh();
    });
}

void MembersDialog::resetPassword()
{
    const ServerMember *member = selectedMember();
    if (!member)
        return;
    const QString username = member->username;
    const auto answer = QMessageBox::question(this, tr("New One-Time Password"),
        tr("Give %1 a new one-time password? Their current password stops working at once.").arg(username));
    if (answer != QMessageBox::Yes)
        return;
    m_account.resetPassword(username, this, [this](Result<NewMember> reset) {
        if (!reset) {
            showMessage(reset.error().message);
            return;
        }
        showOneTimePassword(reset->username, reset->oneTimePassword, reset->expiresAt);
        refresh();
    });
}

void MembersDialog::showOneTimePassword(
    const QString &username, const QString &password, const QDateTime &expiresAt)
{
    // Shown once: the server keeps only its hash.
    m_ui->oneTimePassword->setText(
        tr("One-time password for <b>%1</b>, valid until %2 — give it to them now, it is not shown again:"
           "<br><tt style=\"font-size: large\">%3</tt>")
            .arg(username.toHtmlEscaped(), when(expiresAt), password.toHtmlEscaped()));
    m_ui->oneTimePassword->show();
    growToFit(this);
}

void MembersDialog::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
    growToFit(this);
}

} // namespace omt
