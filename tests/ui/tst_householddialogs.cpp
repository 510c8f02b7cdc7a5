// The account dialog (signed-in devices, changing the password) and the
// members dialog (adding, disabling, roles, one-time passwords, activity),
// driven with QTest over a member's own connection to a household server.

#include "HouseholdServer.h"
#include "TestDatabase.h"
#include "TestScreenshots.h"
#include "models/HouseholdAccount.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/ServerAccount.h"
#include "ui/server/AccountDialog.h"
#include "ui/server/ChangePasswordDialog.h"
#include "ui/server/MembersDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTimer>

using namespace omt;
using omt::test::HouseholdServer;
using omt::test::screenshot;

namespace {
constexpr int ServerTimeoutMs = 15000;

/// Answers the next question box with Yes, once it is shown.
void answerYesToTheNextQuestion()
{
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(QMessageBox::Yes)->click();
    });
}

QString cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowOf(QTableWidget *table, const QString &firstColumn)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, 0) == firstColumn)
            return row;
    return -1;
}

/// A member's own connection, its storage worker and account calls.
struct SignedInMember
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AsyncStorage> storage;
    std::unique_ptr<HouseholdAccount> account;
    QByteArray token;
};
} // namespace

class tst_HouseholdDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void theAccountListsTheDevicesSignedIn();
    void changingThePasswordKeepsTheSessionAndReplacesThePassword();
    void anAdministratorAddsAMemberAndSeesTheOneTimePasswordOnce();
    void anAdministratorDisablesEnablesAndPromotes();
    void aMemberWhoIsNotAnAdministratorIsRefused();

private:
    std::unique_ptr<SignedInMember> signIn(const HouseholdServer::Member &member, const QString &device);

    std::unique_ptr<HouseholdServer> m_server;
};

void tst_HouseholdDialogs::initTestCase()
{
    OMT_HOUSEHOLD_SERVER(m_server);
}

std::unique_ptr<SignedInMember> tst_HouseholdDialogs::signIn(
    const HouseholdServer::Member &member, const QString &device)
{
    auto signedIn = std::make_unique<SignedInMember>();
    signedIn->database = m_server->connect(member);
    auto session = ServerAccount(*signedIn->database).signIn(device, QStringLiteral("test 1.0"));
    if (!session || session->status != SignIn::Status::SignedIn)
        return nullptr;
    signedIn->token = session->sessionToken;
    signedIn->database->closeThreadConnection();
    signedIn->storage = std::make_unique<AsyncStorage>(*signedIn->database);
    signedIn->account = std::make_unique<HouseholdAccount>(*signedIn->storage);
    return signedIn;
}

void tst_HouseholdDialogs::theAccountListsTheDevicesSignedIn()
{
    auto member = m_server->addMember(QStringLiteral("devices"));
    OMT_VERIFY_OK(member);
    auto phone = signIn(*member, QStringLiteral("phone"));
    QVERIFY(phone);
    auto laptop = signIn(*member, QStringLiteral("laptop"));
    QVERIFY(laptop);
    {
        Database ending(m_server->settingsFor(member->name, member->password));
        OMT_VERIFY_OK(ServerAccount(ending).signOut(phone->token));
        ending.closeAllConnections();
    }

    User user;
    user.username = member->name;
    AccountDialog dialog(*laptop->account, user, QStringLiteral("Home server"));
    QSignalSpy refreshed(&dialog, &AccountDialog::refreshed);
    dialog.show();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    auto *sessions = dialog.findChild<QTableWidget *>(QStringLiteral("sessions"));
    QCOMPARE(sessions->rowCount(), 2);
    const int laptopRow = rowOf(sessions, QStringLiteral("laptop"));
    const int phoneRow = rowOf(sessions, QStringLiteral("phone"));
    QVERIFY(laptopRow >= 0 && phoneRow >= 0);
    QCOMPARE(cell(sessions, laptopRow, 1), QStringLiteral("test 1.0"));
    QCOMPARE(cell(sessions, laptopRow, 4), QStringLiteral("Still signed in"));
    QVERIFY(cell(sessions, phoneRow, 4) != QLatin1String("Still signed in"));
    QVERIFY(!cell(sessions, phoneRow, 4).isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("who"))->text().contains(member->name));
    screenshot(&dialog, QStringLiteral("account-dialog"));

    QSignalSpy signOut(&dialog, &AccountDialog::signOutRequested);
    dialog.findChild<QPushButton *>(QStringLiteral("signOut"))->click();
    QCOMPARE(signOut.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void tst_HouseholdDialogs::changingThePasswordKeepsTheSessionAndReplacesThePassword()
{
    auto member = m_server->addMember(QStringLiteral("changer"));
    OMT_VERIFY_OK(member);
    auto signedIn = signIn(*member, QStringLiteral("desktop"));
    QVERIFY(signedIn);
    User user;
    user.username = member->name;
    AccountDialog dialog(*signedIn->account, user, QStringLiteral("Home server"));
    dialog.show();
    QSignalSpy changed(&dialog, &AccountDialog::passwordChanged);
    dialog.findChild<QPushButton *>(QStringLiteral("changePassword"))->click();
    auto *change = dialog.findChild<ChangePasswordDialog *>();
    QVERIFY(change);
    QTRY_VERIFY(change->isVisible());
    change->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("brand new"));
    change->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(QStringLiteral("brand new"));
    change->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(changed.wait(ServerTimeoutMs));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("brand new"));

    // The old password is refused, the new one works, and the open session goes on.
    Database old(m_server->settingsFor(member->name, member->password));
    QCOMPARE(old.connection().error().code, Error::Code::AccessDenied);
    Database renewed(m_server->settingsFor(member->name, QStringLiteral("brand new")));
    OMT_VERIFY_OK(renewed.connection());
    renewed.closeAllConnections();
    QSignalSpy refreshed(&dialog, &AccountDialog::refreshed);
    dialog.refresh();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    // A connection the session opens from now on (another thread's) uses the new one.
    bool connected = false;
    QThread *thread = QThread::create([&] {
        connected = signedIn->database->connection().ok();
        signedIn->database->closeThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(ServerTimeoutMs));
    delete thread;
    QVERIFY(connected);
}

void tst_HouseholdDialogs::anAdministratorAddsAMemberAndSeesTheOneTimePasswordOnce()
{
    auto admin = signIn(m_server->admin(), QStringLiteral("admin desk"));
    QVERIFY(admin);
    MembersDialog dialog(*admin->account, m_server->admin().name);
    QSignalSpy refreshed(&dialog, &MembersDialog::refreshed);
    dialog.show();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    auto *members = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    // The administrator cannot disable or demote themselves.
    members->selectRow(rowOf(members, m_server->admin().name));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("toggleEnabled"))->isEnabled());

    const QString name = HouseholdServer::uniqueName(QStringLiteral("kid"));
    dialog.findChild<QLineEdit *>(QStringLiteral("newUsername"))->setText(name);
    dialog.findChild<QPushButton *>(QStringLiteral("addMember"))->click();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    const int row = rowOf(members, name);
    QVERIFY(row >= 0);
    QCOMPARE(cell(members, row, 2), QStringLiteral("Has not chosen a password yet"));
    QCOMPARE(cell(members, row, 3), QStringLiteral("Never"));
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("oneTimePassword"));
    QVERIFY(shown->isVisible());
    screenshot(&dialog, QStringLiteral("members-dialog"));
    // The password shown is the one that signs the new member in.
    const QString plain = QTextDocumentFragment::fromHtml(shown->text()).toPlainText();
    const QString password = plain.section(QLatin1Char('\n'), -1).trimmed();
    QVERIFY2(password.size() >= 20, qPrintable(plain));
    Database newcomer(m_server->settingsFor(name, password));
    OMT_VERIFY_OK(newcomer.connection());
    auto first = ServerAccount(newcomer).signIn(QStringLiteral("tablet"), QStringLiteral("1"));
    OMT_VERIFY_OK(first);
    QCOMPARE(first->status, SignIn::Status::PasswordChangeRequired);
    newcomer.closeAllConnections();
    // The activity lists the new member.
    auto *events = dialog.findChild<QTableWidget *>(QStringLiteral("events"));
    bool listed = false;
    for (int r = 0; r < events->rowCount(); ++r)
        listed
            = listed || (cell(events, r, 1) == name && cell(events, r, 2) == QLatin1String("Member added"));
    QVERIFY(listed);
    // A name the server refuses is explained, and nothing is added.
    dialog.findChild<QLineEdit *>(QStringLiteral("newUsername"))->setText(QStringLiteral("Not A Name"));
    const int before = members->rowCount();
    dialog.findChild<QPushButton *>(QStringLiteral("addMember"))->click();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), ServerTimeoutMs);
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(members->rowCount(), before);
}

void tst_HouseholdDialogs::anAdministratorDisablesEnablesAndPromotes()
{
    auto member = m_server->addMember(QStringLiteral("teen"));
    OMT_VERIFY_OK(member);
    auto admin = signIn(m_server->admin(), QStringLiteral("admin desk"));
    QVERIFY(admin);
    MembersDialog dialog(*admin->account, m_server->admin().name);
    QSignalSpy refreshed(&dialog, &MembersDialog::refreshed);
    dialog.show();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    auto *members = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    auto *toggleEnabled = dialog.findChild<QPushButton *>(QStringLiteral("toggleEnabled"));
    auto *toggleRole = dialog.findChild<QPushButton *>(QStringLiteral("toggleRole"));

    members->selectRow(rowOf(members, member->name));
    QVERIFY(toggleEnabled->isEnabled());
    answerYesToTheNextQuestion();
    toggleEnabled->click();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    QCOMPARE(cell(members, rowOf(members, member->name), 2), QStringLiteral("Disabled"));
    Database refused(m_server->settingsFor(member->name, member->password));
    QCOMPARE(refused.connection().error().subject, QStringLiteral("disabled"));
    // The selection stays on the member, so the button now enables them again.
    QCOMPARE(toggleEnabled->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
    toggleEnabled->click();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    QCOMPARE(cell(members, rowOf(members, member->name), 2), QStringLiteral("Active"));

    toggleRole->click();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    QCOMPARE(cell(members, rowOf(members, member->name), 1), displayName(Role::Admin));
    toggleRole->click();
    QVERIFY(refreshed.wait(ServerTimeoutMs));
    QCOMPARE(cell(members, rowOf(members, member->name), 1), displayName(Role::Member));
}

void tst_HouseholdDialogs::aMemberWhoIsNotAnAdministratorIsRefused()
{
    auto member = m_server->addMember(QStringLiteral("curious"));
    OMT_VERIFY_OK(member);
    auto signedIn = signIn(*member, QStringLiteral("laptop"));
    QVERIFY(signedIn);
    MembersDialog dialog(*signedIn->account, member->name);
    dialog.show();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), ServerTimeoutMs);
    QVERIFY2(message->text().contains(QLatin1String("administrator")), qPrintable(message->text()));
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("members"))->rowCount(), 0);
}

QTEST_MAIN(tst_HouseholdDialogs)
#include "tst_householddialogs.moc"
