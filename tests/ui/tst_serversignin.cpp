// The desktop application on a household server: connecting, signing in,
// the forced password change at the first sign-in, refusals shown in the
// dialog, switching libraries, signing out and the keychain — real widgets
// driven with QTest against a household server on the test cluster.

#include "HouseholdServer.h"
#include "TestDatabase.h"
#include "TestScreenshots.h"
#include "models/ConnectionProfiles.h"
#include "models/LibraryTableModel.h"
#include "net/CredentialStore.h"
#include "storage/Database.h"
#include "storage/MediaRepository.h"
#include "storage/MemberAdministration.h"
#include "storage/SqlConnection.h"
#include "ui/app/LibrarySession.h"
#include "ui/app/LibrarySwitcher.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryWindow.h"
#include "ui/server/ChangePasswordDialog.h"
#include "ui/server/ConnectDialog.h"
#include "ui/server/ServerSetupWizard.h"
#include "ui/server/SignInDialog.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/settings/ProfilePreferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;
using omt::test::HouseholdServer;
using omt::test::screenshot;

namespace {
constexpr int ServerTimeoutMs = 15000;

// Guarded: the app's dialogs delete themselves when they close, and a test
// waiting on one must see that instead of reading freed memory.
template<typename Dialog>
QPointer<Dialog> openDialog()
{
    Dialog *found = nullptr;
    const bool appeared = QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible())
                found = dialog;
            for (auto *child : widget->findChildren<Dialog *>())
                if (child->isVisible())
                    found = child;
        }
        return found != nullptr;
    });
    return appeared ? found : nullptr;
}

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->click();
}

/// The message a dialog shows; empty when it shows none or is gone.
QString messageOf(const QPointer<QWidget> &dialog)
{
    if (!dialog)
        return {};
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
    return message->isVisible() ? message->text() : QString();
}

template<typename Dialog>
QString messageOf(const QPointer<Dialog> &dialog)
{
    return messageOf(QPointer<QWidget>(dialog.data()));
}
} // namespace

class tst_ServerSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aMemberConnectsSignsInAndSeesTheHousehold();
    void aWrongPasswordIsShownAndCanBeCorrected();
    void theFirstSignInAsksForAPasswordOfTheirOwn();
    void eachRefusalHasItsOwnMessage();
    void signingOutEndsTheSessionAndOpensThisComputersLibrary();
    void cancellingTheSignInAtStartOpensThisComputersLibrary();
    void plaintextOverANetworkNeedsAnExplicitChoice();
    void aRememberedPasswordSignsInFromTheRecentMenu();
    void anotherMembersCatalogueEditAppearsInTheOpenWindow();
    void profileSettingsFollowTheMemberToAnotherComputer();
    void theSetUpWizardMakesAHouseholdAndSignsInItsAdministrator();
    void theSetUpWizardSaysWhyItCannotGoOn();

private:
    ConnectionProfile serverProfile(const QString &username) const;
    void startLocal();
    void signInThroughDialog(const QString &password);
    QVariant superuserValue(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<HouseholdServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LibrarySwitcher> m_switcher;
    HouseholdServer::Member m_reader;
    /// The catalogue's items by title.
    QHash<QString, Media> m_items;
};

void tst_ServerSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    OMT_HOUSEHOLD_SERVER(m_server);
    auto reader = m_server->addMember(QStringLiteral("reader"));
    OMT_VERIFY_OK(reader);
    m_reader = *reader;
    // Something in the shared catalogue to see.
    for (const QString &title : { QStringLiteral("Dune"), QStringLiteral("Solaris") }) {
        Media media;
        media.title = title;
        media.type = MediaType::Book;
        auto made = MediaRepository(m_server->superuser()).create(media);
        OMT_VERIFY_OK(made);
        m_items.insert(title, *made);
    }
}

void tst_ServerSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_switcher = std::make_unique<LibrarySwitcher>(*m_settings, nullptr);
}

void tst_ServerSignIn::cleanup()
{
    // A case that changed the member's profile leaves the defaults behind,
    // also when it failed half-way.
    if (auto sql = m_server->superuser().sql())
        (void)sql->run(QStringLiteral("UPDATE users.users SET profile_settings = '{}' WHERE username = ?"),
            { m_reader.name }, QStringLiteral("cleaning up"));
    m_switcher.reset();
    m_settings.reset();
    m_dir.reset();
}

ConnectionProfile tst_ServerSignIn::serverProfile(const QString &username) const
{
    const ConnectionSettings settings = m_server->settingsFor(username, {});
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Server;
    profile.name = QStringLiteral("Home server");
    profile.host = settings.host;
    profile.port = settings.port;
    profile.databaseName = settings.databaseName;
    profile.username = username;
    profile.sslMode = QStringLiteral("require");
    return profile;
}

void tst_ServerSignIn::startLocal()
{
    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    m_switcher->start(ConnectionProfile::libraryFile(m_dir->filePath(QStringLiteral("mine.omt"))));
    QVERIFY(shown.wait(ServerTimeoutMs));
    QVERIFY(m_switcher->session());
    QVERIFY(!m_switcher->session()->library().isHouseholdServer());
}

void tst_ServerSignIn::signInThroughDialog(const QString &password)
{
    auto dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    field(dialog, "password")->setText(password);
    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    clickOk(dialog);
    const QPointer<QWidget> watched(dialog);
    QVERIFY2(shown.wait(ServerTimeoutMs), qPrintable(messageOf(watched)));
}

QVariant tst_ServerSignIn::superuserValue(const QString &sql, const QVariantList &values)
{
    auto connection = m_server->superuser().sql();
    if (!connection)
        return {};
    auto query = connection->run(sql, values, QStringLiteral("checking"));
    if (!query || !query->next())
        return {};
    return query->value(0);
}

void tst_ServerSignIn::aMemberConnectsSignsInAndSeesTheHousehold()
{
    startLocal();
    LibraryWindow *local = &m_switcher->session()->window();
    local->actions()->connectToServer->trigger();
    auto connect = openDialog<ConnectDialog>();
    QVERIFY(connect);
    const ConnectionProfile wanted = serverProfile(m_reader.name);
    field(connect, "name")->setText(wanted.name);
    QTest::keyClicks(field(connect, "host"), wanted.host);
    // This computer's server: no encryption needed, and none chosen by default.
    auto *sslMode = connect->findChild<QComboBox *>(QStringLiteral("sslMode"));
    QCOMPARE(sslMode->currentData().toString(), QStringLiteral("disable"));
    connect->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(wanted.port);
    field(connect, "databaseName")->setText(wanted.databaseName);
    field(connect, "username")->setText(wanted.username);
    screenshot(connect, QStringLiteral("connect-dialog"));
    clickOk(connect);

    auto signIn = openDialog<SignInDialog>();
    QVERIFY(signIn);
    QCOMPARE(field(signIn, "username")->text(), m_reader.name);
    field(signIn, "password")->setText(m_reader.password);
    screenshot(signIn, QStringLiteral("sign-in-dialog"));
    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    clickOk(signIn);
    const QPointer<QWidget> watched(signIn);
    QVERIFY2(shown.wait(ServerTimeoutMs), qPrintable(messageOf(watched)));

    LibrarySession *session = m_switcher->session();
    QVERIFY(session->library().isHouseholdServer());
    QCOMPARE(session->library().user.username, m_reader.name);
    QVERIFY(session->window().windowTitle().contains(m_reader.name));
    QVERIFY(session->window().isVisible());
    QVERIFY(session->window().actions()->signOut->isVisible());
    // The household's catalogue is what the window shows.
    QTRY_COMPARE_WITH_TIMEOUT(session->window().libraryModel()->rowCount(), 2, ServerTimeoutMs);
    // The session is listed on the server as this device's.
    QCOMPARE(
        superuserValue(QStringLiteral("SELECT count(*) FROM auth.sessions s JOIN users.users u ON u.id = "
                                      "s.user_id WHERE u.username = ? AND s.ended_at IS NULL"),
            { m_reader.name })
            .toInt(),
        1);
    // The profile was saved, without a password, and is the one reopened next time.
    ConnectionProfiles profiles(*m_settings);
    QCOMPARE(profiles.last()->name, wanted.name);
    QCOMPARE(profiles.last()->username, m_reader.name);
    m_settings->sync();
    QFile saved(m_settings->fileName());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(m_reader.password.toUtf8()));
}

void tst_ServerSignIn::aWrongPasswordIsShownAndCanBeCorrected()
{
    startLocal();
    m_switcher->open(serverProfile(m_reader.name));
    auto dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    field(dialog, "password")->setText(QStringLiteral("not the password"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("refused")), ServerTimeoutMs);
    screenshot(dialog, QStringLiteral("sign-in-wrong-password"));
    // Still the local library, and the dialog waits with the password selected to retype.
    QVERIFY(!m_switcher->session()->library().isHouseholdServer());
    QVERIFY(field(dialog, "password")->hasSelectedText());
    signInThroughDialog(m_reader.password);
    QVERIFY(m_switcher->session()->library().isHouseholdServer());
}

void tst_ServerSignIn::theFirstSignInAsksForAPasswordOfTheirOwn()
{
    auto invited = m_server->addInvitedMember(QStringLiteral("newcomer"));
    OMT_VERIFY_OK(invited);
    startLocal();
    m_switcher->open(serverProfile(invited->name));
    auto signIn = openDialog<SignInDialog>();
    QVERIFY(signIn);
    field(signIn, "password")->setText(invited->password);
    clickOk(signIn);

    auto change = openDialog<ChangePasswordDialog>();
    QVERIFY(change);
    screenshot(change, QStringLiteral("change-password-dialog"));
    field(change, "newPassword")->setText(QStringLiteral("my own secret"));
    field(change, "repeatPassword")->setText(QStringLiteral("my own secert"));
    clickOk(change);
    QVERIFY(messageOf(change).contains(QLatin1String("differ")));
    field(change, "repeatPassword")->setText(QStringLiteral("my own secret"));
    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    clickOk(change);
    const QPointer<QWidget> watched(signIn);
    QVERIFY2(shown.wait(ServerTimeoutMs), qPrintable(messageOf(watched)));
    QCOMPARE(m_switcher->session()->library().user.username, invited->name);

    // The one-time password no longer works; their own does.
    Database withOneTime(m_server->settingsFor(invited->name, invited->password));
    QCOMPARE(withOneTime.connection().error().code, Error::Code::AccessDenied);
    Database withOwn(m_server->settingsFor(invited->name, QStringLiteral("my own secret")));
    OMT_VERIFY_OK(withOwn.connection());
    withOwn.closeAllConnections();
}

void tst_ServerSignIn::eachRefusalHasItsOwnMessage()
{
    startLocal();
    // A member whose account was disabled.
    auto disabled = m_server->addMember(QStringLiteral("away"));
    OMT_VERIFY_OK(disabled);
    {
        Database admin(m_server->settingsFor(m_server->admin().name, m_server->admin().password));
        OMT_VERIFY_OK(MemberAdministration(admin).setEnabled(disabled->name, false));
        admin.closeAllConnections();
    }
    m_switcher->open(serverProfile(disabled->name));
    auto dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    field(dialog, "password")->setText(disabled->password);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("disabled")), ServerTimeoutMs);

    // A database that is not there, and then a server that cannot be reached.
    dialog->reject();
    ConnectionProfile missing = serverProfile(m_reader.name);
    missing.databaseName = QStringLiteral("no_such_household");
    m_switcher->open(missing);
    dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    field(dialog, "password")->setText(m_reader.password);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("no_such_household")), ServerTimeoutMs);

    dialog->reject();
    ConnectionProfile unreachable = serverProfile(m_reader.name);
    unreachable.port = 1;
    m_switcher->open(unreachable);
    dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    field(dialog, "password")->setText(m_reader.password);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("cannot be reached")), ServerTimeoutMs);
    screenshot(dialog, QStringLiteral("sign-in-unreachable"));
    QVERIFY(!m_switcher->session()->library().isHouseholdServer());
}

void tst_ServerSignIn::signingOutEndsTheSessionAndOpensThisComputersLibrary()
{
    startLocal();
    m_switcher->open(serverProfile(m_reader.name));
    signInThroughDialog(m_reader.password);
    const QByteArray token = m_switcher->session()->library().sessionToken;
    QVERIFY(!token.isEmpty());
    const QString openSessions = QStringLiteral(
        "SELECT count(*) FROM auth.sessions WHERE token_hash = sha256(?) AND ended_at IS NULL");

    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    m_switcher->session()->window().actions()->signOut->trigger();
    QVERIFY(shown.wait(ServerTimeoutMs));
    QVERIFY(!m_switcher->session()->library().isHouseholdServer());
    QTRY_COMPARE_WITH_TIMEOUT(superuserValue(openSessions, { token }).toInt(), 0, ServerTimeoutMs);
    // Next time, this computer's library opens first.
    QCOMPARE(ConnectionProfiles(*m_settings).last()->kind, ConnectionProfile::Kind::LibraryFile);
}

void tst_ServerSignIn::cancellingTheSignInAtStartOpensThisComputersLibrary()
{
    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    m_switcher->start(serverProfile(m_reader.name));
    auto dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    QVERIFY(!m_switcher->session());
    dialog->reject();
    QVERIFY(shown.wait(ServerTimeoutMs));
    QVERIFY(!m_switcher->session()->library().isHouseholdServer());
}

void tst_ServerSignIn::plaintextOverANetworkNeedsAnExplicitChoice()
{
    startLocal();
    ConnectionProfiles profiles(*m_settings);
    ConnectDialog dialog(profiles);
    dialog.show();
    field(&dialog, "name")->setText(QStringLiteral("Away"));
    QTest::keyClicks(field(&dialog, "host"), QStringLiteral("nas.example.net"));
    auto *sslMode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    // A server across a network is verified by default.
    QCOMPARE(sslMode->currentData().toString(), QStringLiteral("verify-full"));
    for (int i = 0; i < sslMode->count(); ++i) {
        QVERIFY(sslMode->itemData(i).toString() != QLatin1String("prefer"));
        QVERIFY(sslMode->itemData(i).toString() != QLatin1String("allow"));
    }
    field(&dialog, "databaseName")->setText(QStringLiteral("household"));
    field(&dialog, "username")->setText(QStringLiteral("someone"));
    sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("disable")));
    Q_EMIT sslMode->activated(sslMode->currentIndex());
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowPlaintext"));
    QVERIFY(allow->isVisible());
    screenshot(&dialog, QStringLiteral("connect-plaintext-warning"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(messageOf(&dialog).contains(QLatin1String("unencrypted")));
    QVERIFY(profiles.all().isEmpty() || profiles.all().first().kind != ConnectionProfile::Kind::Server);
    allow->setChecked(true);
    clickOk(&dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.profile().sslMode, QStringLiteral("disable"));
    QVERIFY(profiles.find(dialog.profile().id).has_value());
}

void tst_ServerSignIn::aRememberedPasswordSignsInFromTheRecentMenu()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariable("OMT_TEST_REQUIRE_KEYRING") == QLatin1String("1"))
            QFAIL("no D-Bus session: run the tests with packaging/dev.sh test, which starts a keyring");
        QSKIP("no D-Bus session with a Secret Service (packaging/dev.sh test starts one)");
    }
    CredentialStore keychain(QStringLiteral("OmniMediaTrak tests"));
    m_switcher = std::make_unique<LibrarySwitcher>(*m_settings, &keychain);
    startLocal();
    m_switcher->open(serverProfile(m_reader.name));
    auto dialog = openDialog<SignInDialog>();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
    signInThroughDialog(m_reader.password);
    const ConnectionProfile remembered = m_switcher->session()->profile();
    QVERIFY(remembered.rememberPassword);

    QSignalSpy shown(m_switcher.get(), &LibrarySwitcher::libraryShown);
    m_switcher->session()->window().actions()->signOut->trigger();
    QVERIFY(shown.wait(ServerTimeoutMs));

    // Open Recent lists the server; choosing it signs in with the kept password.
    QMenu *recent = m_switcher->session()->window().actions()->recentMenu;
    Q_EMIT recent->aboutToShow();
    QAction *server = nullptr;
    for (QAction *action : recent->actions())
        if (action->text().contains(m_reader.name))
            server = action;
    QVERIFY(server);
    server->trigger();
    const bool signedIn = shown.wait(ServerTimeoutMs);
    QVERIFY2(signedIn, qPrintable(messageOf(m_switcher->signInDialog())));
    QVERIFY(m_switcher->session()->library().isHouseholdServer());

    // The password is in the keychain, under the profile's key, not in the settings.
    m_switcher.reset();
    bool done = false;
    Result<std::optional<QString>> kept = std::optional<QString>();
    keychain.read(remembered.keychainKey(), [&](Result<std::optional<QString>> result) {
        kept = std::move(result);
        done = true;
    });
    QTRY_VERIFY(done);
    OMT_VERIFY_OK(kept);
    QCOMPARE(kept->value_or(QString()), m_reader.password);
    keychain.remove(remembered.keychainKey(), [&](Result<void>) { done = false; });
    QTRY_VERIFY(!done);
}

namespace {
QStringList titles(LibraryTableModel *model)
{
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->data(model->index(row, LibraryTableModel::Title)).toString());
    return shown;
}
} // namespace

void tst_ServerSignIn::anotherMembersCatalogueEditAppearsInTheOpenWindow()
{
    startLocal();
    m_switcher->open(serverProfile(m_reader.name));
    signInThroughDialog(m_reader.password);
    LibraryTableModel *model = m_switcher->session()->window().libraryModel();
    QTRY_VERIFY_WITH_TIMEOUT(titles(model).contains(QStringLiteral("Solaris")), ServerTimeoutMs);
    const int before = model->rowCount();

    // Another member, on a computer of their own, adds an item and renames one.
    auto other = m_server->addMember(QStringLiteral("sibling"));
    OMT_VERIFY_OK(other);
    auto elsewhere = m_server->connect(*other);
    Media added;
    added.title = QStringLiteral("Hyperion");
    added.type = MediaType::Book;
    QElapsedTimer sinceWrite;
    sinceWrite.start();
    auto hyperion = MediaRepository(*elsewhere).create(added);
    OMT_VERIFY_OK(hyperion);
    QTRY_VERIFY_WITH_TIMEOUT(titles(model).contains(QStringLiteral("Hyperion")), 5000);
    qInfo() << "another member's new item shown after" << sinceWrite.elapsed() << "ms";
    QCOMPARE(model->rowCount(), before + 1);

    auto solaris = MediaRepository(*elsewhere).get(m_items.value(QStringLiteral("Solaris")).id);
    OMT_VERIFY_OK(solaris);
    Media renamed = *solaris;
    renamed.title = QStringLiteral("Solaris (1961)");
    OMT_VERIFY_OK(MediaRepository(*elsewhere).update(renamed));
    QTRY_VERIFY_WITH_TIMEOUT(titles(model).contains(QStringLiteral("Solaris (1961)")), 5000);
    QVERIFY(!titles(model).contains(QStringLiteral("Solaris")));

    // Deleting (an administrator's right) takes the row away.
    auto admin = m_server->connect(m_server->admin());
    OMT_VERIFY_OK(MediaRepository(*admin).remove(hyperion->id));
    QTRY_VERIFY_WITH_TIMEOUT(!titles(model).contains(QStringLiteral("Hyperion")), 5000);
    elsewhere->closeAllConnections();
    admin->closeAllConnections();
    // Put the catalogue back for the other cases.
    auto restore = m_server->connect(*other);
    OMT_VERIFY_OK(MediaRepository(*restore).update(*solaris));
    restore->closeAllConnections();
}

void tst_ServerSignIn::profileSettingsFollowTheMemberToAnotherComputer()
{
    startLocal();
    m_switcher->open(serverProfile(m_reader.name));
    signInThroughDialog(m_reader.password);
    LibraryWindow *window = &m_switcher->session()->window();
    window->actions()->preferences->trigger();
    auto preferences = openDialog<PreferencesDialog>();
    QVERIFY(preferences);
    QComboBox *scale = preferences->profilePreferences()->ratingScale();
    scale->setCurrentIndex(scale->findData(int(RatingScale::HundredPoints)));
    QComboBox *language = preferences->profilePreferences()->titleLanguage();
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!preferences, ServerTimeoutMs);
    // Stored with the member on the server, under the member's own row-level rights.
    QCOMPARE(superuserValue(QStringLiteral("SELECT profile_settings ->> 'rating_scale' FROM users.users"
                                           " WHERE username = ?"),
                 { m_reader.name })
                 .toString(),
        QStringLiteral("100_points"));

    // Another computer: settings of its own, the same member.
    m_switcher.reset();
    m_settings.reset();
    QTemporaryDir otherComputer;
    m_settings = std::make_unique<QSettings>(
        otherComputer.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_switcher = std::make_unique<LibrarySwitcher>(*m_settings, nullptr);
    m_switcher->start(serverProfile(m_reader.name));
    signInThroughDialog(m_reader.password);
    m_switcher->session()->window().actions()->preferences->trigger();
    preferences = openDialog<PreferencesDialog>();
    QVERIFY(preferences);
    QCOMPARE(RatingScale(preferences->profilePreferences()->ratingScale()->currentData().toInt()),
        RatingScale::HundredPoints);
    QCOMPARE(
        preferences->profilePreferences()->titleLanguage()->currentData().toString(), QStringLiteral("ja"));
    screenshot(preferences, QStringLiteral("preferences-dialog"));
    preferences->reject();
    m_switcher.reset();
    m_settings.reset();
}

void tst_ServerSignIn::theSetUpWizardMakesAHouseholdAndSignsInItsAdministrator()
{
    startLocal();
    const ConnectionSettings superuser = m_server->superuser().settings();
    const QString database = HouseholdServer::uniqueName(QStringLiteral("wizard")).toLower();
    const QString admin = HouseholdServer::uniqueName(QStringLiteral("head"));
    const QString adminPassword = QStringLiteral("the head's own password");
    auto dropDatabase = qScopeGuard([&] {
        m_switcher.reset();
        if (auto sql = m_server->superuser().sql()) {
            (void)sql->runDirect(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database),
                QStringLiteral("cleaning up"));
            (void)sql->runDirect(
                QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(admin), QStringLiteral("cleaning up"));
        }
    });

    m_switcher->session()->window().actions()->setUpServer->trigger();
    auto wizard = openDialog<ServerSetupWizard>();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ServerSetupWizard::ServerPage));
    field(wizard, "host")->setText(superuser.host);
    wizard->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(superuser.port);
    field(wizard, "databaseName")->setText(database);
    field(wizard, "superuser")->setText(superuser.user);
    auto *sslMode = wizard->findChild<QComboBox *>(QStringLiteral("sslMode"));
    sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
    auto *serverMessage = wizard->findChild<QLabel *>(QStringLiteral("serverMessage"));

    // A wrong superuser password is said on the page, which stays.
    field(wizard, "superuserPassword")->setText(QStringLiteral("not it"));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(
        serverMessage->isVisible() && serverMessage->text().contains(QStringLiteral("password")),
        ServerTimeoutMs);
    QCOMPARE(wizard->currentId(), int(ServerSetupWizard::ServerPage));

    field(wizard, "superuserPassword")->setText(superuser.password);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(ServerSetupWizard::AdministratorPage), ServerTimeoutMs);
    const QString survey = wizard->findChild<QLabel *>(QStringLiteral("surveyText"))->text();
    QVERIFY2(survey.contains(QStringLiteral("no database")), qPrintable(survey));

    // Passwords that differ are caught before anything is made.
    field(wizard, "adminName")->setText(admin);
    field(wizard, "adminPassword")->setText(adminPassword);
    field(wizard, "adminPasswordAgain")->setText(QStringLiteral("something else"));
    wizard->next();
    auto *adminMessage = wizard->findChild<QLabel *>(QStringLiteral("administratorMessage"));
    QVERIFY(adminMessage->isVisible());
    QVERIFY(adminMessage->text().contains(QStringLiteral("differ")));
    QCOMPARE(wizard->currentId(), int(ServerSetupWizard::AdministratorPage));
    field(wizard, "adminPasswordAgain")->setText(adminPassword);
    screenshot(wizard, QStringLiteral("server-setup-wizard"));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ServerSetupWizard::DonePage), 60000);
    const QString report = wizard->findChild<QLabel *>(QStringLiteral("report"))->text();
    QVERIFY2(report.contains(QStringLiteral("is set up")) && report.contains(admin), qPrintable(report));
    screenshot(wizard, QStringLiteral("server-setup-wizard-done"));
    // No password stays in the wizard once it is done with them.
    QVERIFY(field(wizard, "superuserPassword")->text().isEmpty());
    QVERIFY(field(wizard, "adminPassword")->text().isEmpty());

    // Finishing with "connect now" signs in as the new administrator.
    QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("connectNow"))->isChecked());
    wizard->accept();
    auto signIn = openDialog<SignInDialog>();
    QVERIFY(signIn);
    QCOMPARE(field(signIn, "username")->text(), admin);
    signInThroughDialog(adminPassword);
    LibrarySession *session = m_switcher->session();
    QVERIFY(session->library().isHouseholdServer());
    QCOMPARE(session->library().user.username, admin);
    QCOMPARE(session->library().user.role, Role::Admin);
    QVERIFY(session->window().actions()->members->isVisible());
    QCOMPARE(session->profile().databaseName, database);
    QCOMPARE(session->profile().username, admin);
}

void tst_ServerSignIn::theSetUpWizardSaysWhyItCannotGoOn()
{
    const ConnectionSettings superuser = m_server->superuser().settings();
    // A database already holding something else.
    const QString foreign = HouseholdServer::uniqueName(QStringLiteral("other_app")).toLower();
    auto dropForeign = qScopeGuard([&] {
        if (auto sql = m_server->superuser().sql())
            (void)sql->runDirect(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(foreign),
                QStringLiteral("cleaning up"));
    });
    {
        auto sql = m_server->superuser().sql();
        OMT_VERIFY_OK(sql);
        OMT_VERIFY_OK(
            sql->runDirect(QStringLiteral("CREATE DATABASE \"%1\"").arg(foreign), QStringLiteral("test")));
        ConnectionSettings other = superuser;
        other.databaseName = foreign;
        Database otherApp(other);
        auto otherSql = otherApp.sql();
        OMT_VERIFY_OK(otherSql);
        OMT_VERIFY_OK(otherSql->runDirect(
            QStringLiteral("CREATE TABLE invoices (id integer)"), QStringLiteral("test")));
    }
    ConnectionProfiles profiles(*m_settings);
    LibraryOpener opener(LibraryOpener::thisComputer());
    ServerSetupWizard wizard(profiles, opener);
    wizard.show();
    auto *serverMessage = wizard.findChild<QLabel *>(QStringLiteral("serverMessage"));
    auto *sslMode = wizard.findChild<QComboBox *>(QStringLiteral("sslMode"));
    auto next = [&] {
        wizard.next();
        // Looking at the server ends with the next page or a message.
        return QTest::qWaitFor(
            [&] {
                return wizard.currentPage()->isEnabled()
                    && (wizard.currentId() != ServerSetupWizard::ServerPage || serverMessage->isVisible());
            },
            ServerTimeoutMs);
    };
    field(&wizard, "host")->setText(superuser.host);
    wizard.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(superuser.port);
    sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));

    // A member is not the superuser.
    field(&wizard, "databaseName")->setText(superuser.databaseName);
    field(&wizard, "superuser")->setText(m_reader.name);
    field(&wizard, "superuserPassword")->setText(m_reader.password);
    QVERIFY(next());
    QVERIFY2(serverMessage->text().contains(QStringLiteral("superuser")), qPrintable(serverMessage->text()));
    QCOMPARE(wizard.currentId(), int(ServerSetupWizard::ServerPage));

    // Another application's database is left alone.
    field(&wizard, "databaseName")->setText(foreign);
    field(&wizard, "superuser")->setText(superuser.user);
    field(&wizard, "superuserPassword")->setText(superuser.password);
    QVERIFY(next());
    QVERIFY2(serverMessage->text().contains(QStringLiteral("1 table")), qPrintable(serverMessage->text()));
    QCOMPARE(wizard.currentId(), int(ServerSetupWizard::ServerPage));

    // Across a network only to a verified server.
    field(&wizard, "host")->setText(QStringLiteral("nas.example.net"));
    sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
    QVERIFY(next());
    QVERIFY2(serverMessage->text().contains(QStringLiteral("verified")), qPrintable(serverMessage->text()));

    // The household's own database: an update, with an administrator already.
    field(&wizard, "host")->setText(superuser.host);
    sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
    field(&wizard, "databaseName")->setText(superuser.databaseName);
    QVERIFY(next());
    QCOMPARE(wizard.currentId(), int(ServerSetupWizard::AdministratorPage));
    const QString survey = wizard.findChild<QLabel *>(QStringLiteral("surveyText"))->text();
    QVERIFY2(survey.contains(QStringLiteral("up-to-date"))
            && survey.contains(QStringLiteral("administrator already")),
        qPrintable(survey));
    auto *adminMessage = wizard.findChild<QLabel *>(QStringLiteral("administratorMessage"));
    // A name the server would refuse is refused before anything is done.
    field(&wizard, "adminName")->setText(QStringLiteral("Alice"));
    field(&wizard, "adminPassword")->setText(QStringLiteral("pw"));
    field(&wizard, "adminPasswordAgain")->setText(QStringLiteral("pw"));
    wizard.next();
    QVERIFY2(adminMessage->text().contains(QStringLiteral("username")), qPrintable(adminMessage->text()));
    // A member's name, on a worker: said, and nothing changes.
    field(&wizard, "adminName")->setText(m_reader.name);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(
        adminMessage->text().contains(QStringLiteral("already a member")), ServerTimeoutMs);
    QCOMPARE(wizard.currentId(), int(ServerSetupWizard::AdministratorPage));
    QCOMPARE(
        superuserValue(QStringLiteral("SELECT role FROM users.users WHERE username = ?"), { m_reader.name })
            .toString(),
        QStringLiteral("member"));
}

QTEST_MAIN(tst_ServerSignIn)
#include "tst_serversignin.moc"
