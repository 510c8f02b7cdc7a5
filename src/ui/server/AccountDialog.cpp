#include "AccountDialog.h"

#include "ChangePasswordDialog.h"
#include "core/Enums.h"
#include "models/HouseholdAccount.h"
#include "ui/common/GrowToFit.h"
#include "ui_AccountDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace omt {

namespace {
QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

AccountDialog::AccountDialog(
    HouseholdAccount &account, const User &user, const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AccountDialog>())
    , m_account(account)
    , m_user(user)
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->who->setText(tr("Signed in as <b>%1</b> (%2) on <b>%3</b>.")
                           .arg(user.username.toHtmlEscaped(), displayName(user.role).toHtmlEscaped(),
                               serverName.toHtmlEscaped()));
    m_ui->message->hide();
    m_ui->sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->changePassword, &QPushButton::clicked, this, &AccountDialog::changePassword);
    connect(m_ui->signOut, &QPushButton::clicked, this, [this] {
        Q_EMIT signOutRequested();
        accept();
    });
    refresh();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::refresh()
{
    m_account.sessions(this, [this](Result<QList<AccountSession>> sessions) {
        if (!sessions) {
            showMessage(sessions.error().message);
            return;
        }
        m_ui->sessions->setRowCount(int(sessions->size()));
        for (int row = 0; row < sessions->size(); ++row) {
            const AccountSession &session = sessions->at(row);
            const QStringList cells { session.deviceName, session.clientVersion, when(session.startedAt),
                when(session.lastSeenAt),
                session.endedAt.isValid() ? when(session.endedAt) : tr("Still signed in") };
            for (int column = 0; column < cells.size(); ++column)
                m_ui->sessions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        Q_EMIT refreshed();
    });
}

void AccountDialog::changePassword()
{
    HouseholdAccount &account = m_account;
    auto *dialog = new ChangePasswordDialog(
        ChangePasswordDialog::Reason::OwnChoice, m_user.username,
        [&account, this](const QString &password, std::function<void(Result<void>)> done) {
            account.changePassword(password, this, std::move(done));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(tr("Your password was changed. Other computers sign in with the new one."));
        Q_EMIT passwordChanged(dialog->password());
    });
    dialog->open();
}

void AccountDialog::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
    growToFit(this);
}

} // namespace omt
