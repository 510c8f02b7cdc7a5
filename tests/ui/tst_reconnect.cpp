// A household server that stops and starts again while the app is signed
// in: the window says the connection is lost, keeps an edit made meanwhile,
// reconnects, saves the edit and follows other members' changes again. The
// test runs a PostgreSQL cluster of its own (pg-cluster.sh), since it stops
// the server with pg_ctl.

#include "HouseholdServer.h"
#include "TestDatabase.h"
#include "TestScreenshots.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "storage/Database.h"
#include "storage/MediaRepository.h"
#include "ui/app/LibrarySession.h"
#include "ui/app/LibrarySwitcher.h"
#include "ui/library/LibraryWindow.h"
#include "ui/server/ConnectionBanner.h"
#include "ui/server/SignInDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace omt;
using omt::test::HouseholdServer;
using omt::test::screenshot;

namespace {
constexpr int ServerTimeoutMs = 20000;

/// Runs pg-cluster.sh `command` on `dir`; returns its error output when it failed.
QString cluster(const QString &command, const QString &dir)
{
    QProcess script;
    script.start(QStringLiteral("bash"), { QStringLiteral(OMT_PG_CLUSTER_SCRIPT), command, dir });
    if (!script.waitForFinished(120000) || script.exitCode() != 0)
        return QString::fromLocal8Bit(script.readAllStandardError()) + QStringLiteral(" (pg-cluster.sh ")
            + command + QLatin1Char(')');
    return {};
}

QStringList titles(LibraryTableModel *model)
{
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->data(model->index(row, LibraryTableModel::Title)).toString());
    return shown;
}
} // namespace

class tst_Reconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void anEditMadeWhileTheServerIsDownIsSavedAfterReconnecting();

private:
    /// Whether the superuser finds the item (reconnecting after the restart).
    bool serverHasItem(const QUuid &id);

    QString m_clusterDir;
    std::unique_ptr<HouseholdServer> m_server;
};

void tst_Reconnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("OMT_TEST_REQUIRE_PG") != QLatin1String("1")
        && !qEnvironmentVariableIsSet("OMT_TEST_PG_URL"))
        QSKIP("PostgreSQL tests are not configured (packaging/dev.sh test runs them)");
    // A path postgres can reach when the test runs as root: /tmp, not a private temporary folder.
    m_clusterDir
        = QDir::temp().filePath(QStringLiteral("omt-reconnect-%1")
                                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const QString failed = cluster(QStringLiteral("start"), m_clusterDir);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QFile env(m_clusterDir + QStringLiteral("/env"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(env.readAll());
    static const QRegularExpression line(QStringLiteral("export (\\w+)='([^']*)'"));
    for (auto match = line.globalMatch(text); match.hasNext();) {
        const auto m = match.next();
        qputenv(m.captured(1).toUtf8().constData(), m.captured(2).toUtf8());
    }
    OMT_HOUSEHOLD_SERVER(m_server);
}

void tst_Reconnect::cleanupTestCase()
{
    // Reconnects the superuser, whose connection the restart ended, so that
    // the test database is dropped cleanly.
    if (m_server)
        (void)serverHasItem(QUuid::createUuid());
    m_server.reset();
    if (!m_clusterDir.isEmpty())
        QCOMPARE(cluster(QStringLiteral("stop"), m_clusterDir), QString());
}

bool tst_Reconnect::serverHasItem(const QUuid &id)
{
    // The first statement after the restart finds the old connection gone.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto found = MediaRepository(m_server->superuser()).get(id);
        if (found)
            return true;
        if (found.error().code == Error::Code::NotFound)
            return false;
    }
    return false;
}

void tst_Reconnect::anEditMadeWhileTheServerIsDownIsSavedAfterReconnecting()
{
    auto reader = m_server->addMember(QStringLiteral("reader"));
    OMT_VERIFY_OK(reader);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LibrarySwitcher switcher(settings, nullptr);
    QSignalSpy shown(&switcher, &LibrarySwitcher::libraryShown);
    const ConnectionSettings server = m_server->settingsFor(reader->name, {});
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Server;
    profile.name = QStringLiteral("Home server");
    profile.host = server.host;
    profile.port = server.port;
    profile.databaseName = server.databaseName;
    profile.username = reader->name;
    profile.sslMode = QStringLiteral("require");
    switcher.start(profile);
    QTRY_VERIFY(switcher.signInDialog() && switcher.signInDialog()->isVisible());
    SignInDialog *dialog = switcher.signInDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(reader->password);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(shown.wait(ServerTimeoutMs));
    LibraryWindow &window = switcher.session()->window();
    auto *banner = window.findChild<ConnectionBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // The server stops; an item added meanwhile is kept, and the window says so.
    QCOMPARE(cluster(QStringLiteral("pause"), m_clusterDir), QString());
    MediaRecord record;
    record.media.id = QUuid::createUuid();
    record.media.title = QStringLiteral("Written While Offline");
    record.media.type = MediaType::Book;
    window.undoStack()->push(new SaveMediaCommand(window.service(), std::nullopt, record));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QLatin1String("1 change")), ServerTimeoutMs);
    // A second edit of the same item waits behind the first, and is saved after it.
    MediaRecord renamed = record;
    renamed.media.title = QStringLiteral("Renamed While Offline");
    window.undoStack()->push(new SaveMediaCommand(window.service(), record, renamed));
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QLatin1String("2 change")), ServerTimeoutMs);
    QVERIFY2(banner->text().contains(QLatin1String("lost")), qPrintable(banner->text()));
    screenshot(&window, QStringLiteral("connection-lost-banner"));
    QCOMPARE(window.service().heldWriteCount(), 2);
    // Closing the window now would lose the edit: it asks, and keeping it open keeps it.
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr);
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(window.service().heldWriteCount(), 2);

    // It starts again: the next attempt (or Try Now) reconnects and saves the edit.
    QCOMPARE(cluster(QStringLiteral("resume"), m_clusterDir), QString());
    banner->findChild<QPushButton *>()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(titles(window.libraryModel()).contains(renamed.media.title), ServerTimeoutMs);
    QCOMPARE(window.service().heldWriteCount(), 0);
    QVERIFY(serverHasItem(record.media.id));
    QCOMPARE(MediaRepository(m_server->superuser()).get(record.media.id)->title, renamed.media.title);

    // And the window follows other members again, over the new connection.
    auto other = m_server->addMember(QStringLiteral("sibling"));
    OMT_VERIFY_OK(other);
    auto elsewhere = m_server->connect(*other);
    Media added;
    added.title = QStringLiteral("Announced After The Restart");
    added.type = MediaType::Book;
    OMT_VERIFY_OK(MediaRepository(*elsewhere).create(added));
    elsewhere->closeAllConnections();
    QTRY_VERIFY_WITH_TIMEOUT(titles(window.libraryModel()).contains(added.title), ServerTimeoutMs);
}

QTEST_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
