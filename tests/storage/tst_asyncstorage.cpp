#include "TestDatabase.h"
#include "storage/AsyncStorage.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace omt;

class TestAsyncStorage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void init() { OMT_FRESH_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void resultsArriveOnTheCallersThread()
    {
        AsyncStorage storage(m_db->database());
        QObject receiver;
        QThread *workThread = nullptr;
        QThread *deliveryThread = nullptr;
        std::optional<Result<Media>> delivered;

        Media media;
        media.title = QStringLiteral("Neuromancer");
        storage.run(
            [&workThread, media](Repositories &repositories) {
                workThread = QThread::currentThread();
                return repositories.media.create(media);
            },
            &receiver,
            [&](Result<Media> result) {
                deliveryThread = QThread::currentThread();
                delivered = std::move(result);
            });

        QTRY_VERIFY(delivered.has_value());
        OMT_VERIFY_OK(*delivered);
        QCOMPARE((*delivered)->title, QStringLiteral("Neuromancer"));
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(deliveryThread, QThread::currentThread());
        // What the worker wrote is visible to this thread's own connection.
        MediaRepository here(m_db->database());
        QCOMPARE(here.get((*delivered)->id).value().title, QStringLiteral("Neuromancer"));
    }

    void callsRunInOrderAndSeeEarlierWrites()
    {
        AsyncStorage storage(m_db->database());
        QObject receiver;
        QStringList log;
        for (int i = 0; i < 20; ++i) {
            Media media;
            media.title = QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'));
            storage.run([media](Repositories &r) { return r.media.create(media); }, &receiver,
                [&log](Result<Media> result) {
                    log.append(result.ok() ? result->title : result.error().message);
                });
        }
        int counted = -1;
        storage.run([](Repositories &r) { return r.media.count({}); }, &receiver,
            [&counted](Result<int> result) { counted = result.value(); });
        QTRY_COMPARE(counted, 20);
        QCOMPARE(log.size(), 20);
        QCOMPARE(log.first(), QStringLiteral("Item 00"));
        QCOMPARE(log.last(), QStringLiteral("Item 19"));
    }

    void failuresArriveAsValues()
    {
        AsyncStorage storage(m_db->database());
        QObject receiver;
        std::optional<Error> failure;
        storage.run([](Repositories &r) { return r.media.get(QUuid::createUuid()); }, &receiver,
            [&failure](Result<Media> result) {
                if (!result)
                    failure = result.error();
            });
        QTRY_VERIFY(failure.has_value());
        QCOMPARE(failure->code, Error::Code::NotFound);
    }

    void resultsForADestroyedReceiverAreDropped()
    {
        AsyncStorage storage(m_db->database());
        bool called = false;
        {
            QObject receiver;
            storage.run([](Repositories &r) { return r.media.count({}); }, &receiver,
                [&called](Result<int>) { called = true; });
        }
        storage.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestAsyncStorage)
#include "tst_asyncstorage.moc"
