// CredentialStore against a real Secret Service: the gnome-keyring that the
// test command starts inside dbus-run-session. Without one (a child process
// pointed at a bus that does not exist) a secret is refused with a clear
// message and leaves no trace under the child's home folder.

#include "TestDatabase.h"
#include "net/CredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

namespace {
constexpr auto ChildVariable = "OMT_TEST_KEYCHAIN_CHILD";
const QString Service = QStringLiteral("OmniMediaTrak tests");

template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> answer;
    bool insideTheCall = true;
    bool answeredInsideTheCall = false;
    call([&](Result<T> result) {
        answeredInsideTheCall = insideTheCall;
        answer = std::move(result);
    });
    insideTheCall = false;
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return Error::internal(QStringLiteral("the keychain did not answer within 20 s"));
    if (answeredInsideTheCall)
        return Error::internal(QStringLiteral("the answer came inside the call"));
    return *answer;
}
} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void aSecretIsStoredReadReplacedAndForgotten();
    void aSecretNeverStoredReadsAsNone();
    void withoutAKeychainNothingIsWrittenAnywhere();

private:
    Result<std::optional<QString>> read(const QString &key)
    {
        return waitFor<std::optional<QString>>([&](auto done) { m_store.read(key, std::move(done)); });
    }
    Result<void> write(const QString &key, const QString &secret)
    {
        return waitFor<void>([&](auto done) { m_store.write(key, secret, std::move(done)); });
    }
    Result<void> remove(const QString &key)
    {
        return waitFor<void>([&](auto done) { m_store.remove(key, std::move(done)); });
    }
    static QString uniqueKey(const QString &stem)
    {
        return stem + QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate64(), 36);
    }

    CredentialStore m_store { Service };
};

void tst_CredentialStore::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariable("OMT_TEST_REQUIRE_KEYRING") == QLatin1String("1"))
            QFAIL("no D-Bus session: run the tests with packaging/dev.sh test, which starts a keyring");
        QSKIP("no D-Bus session with a Secret Service (packaging/dev.sh test starts one)");
    }
}

void tst_CredentialStore::aSecretIsStoredReadReplacedAndForgotten()
{
    const QString key = uniqueKey(QStringLiteral("postgresql://alice@household.example/home"));
    OMT_VERIFY_OK(write(key, QStringLiteral("correct horse battery staple")));
    auto stored = read(key);
    OMT_VERIFY_OK(stored);
    QCOMPARE(stored->value_or(QString()), QStringLiteral("correct horse battery staple"));

    OMT_VERIFY_OK(write(key, QStringLiteral("a new one, ünïcödé")));
    QCOMPARE(read(key).value().value_or(QString()), QStringLiteral("a new one, ünïcödé"));

    OMT_VERIFY_OK(remove(key));
    QVERIFY(!read(key).value().has_value());
    // Forgetting what is not there is not an error.
    OMT_VERIFY_OK(remove(key));
}

void tst_CredentialStore::aSecretNeverStoredReadsAsNone()
{
    auto none = read(uniqueKey(QStringLiteral("never stored")));
    OMT_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void tst_CredentialStore::withoutAKeychainNothingIsWrittenAnywhere()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char *folder : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" })
        environment.insert(QString::fromLatin1(folder), home.filePath(QString::fromLatin1(folder)));
    // A session bus that is not there: no Secret Service, no KWallet.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());

    // The secret is nowhere under the child's home.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret only the keychain may hold"), qPrintable(file.fileName()));
    }
}

/// The child process of withoutAKeychainNothingIsWrittenAnywhere: storing
/// and reading are refused as "no keychain". Exit 0 when they are.
int storeWithoutAKeychain()
{
    CredentialStore store(Service);
    const QString key = QStringLiteral("nowhere");
    auto refused = waitFor<void>([&](auto done) {
        store.write(key, QStringLiteral("secret only the keychain may hold"), std::move(done));
    });
    auto unread = waitFor<std::optional<QString>>([&](auto done) { store.read(key, std::move(done)); });
    for (const Error *error :
        { refused.ok() ? nullptr : &refused.error(), unread.ok() ? nullptr : &unread.error() }) {
        if (!error) {
            qWarning("the keychain answered although there is none");
            return 1;
        }
        if (error->code != Error::Code::Unavailable || error->subject != QLatin1String("no_keychain")
            || !error->message.contains(QLatin1String("asked for each time"))) {
            qWarning("not refused as no keychain: %s", qPrintable(error->toString()));
            return 1;
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return storeWithoutAKeychain();
    tst_CredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
