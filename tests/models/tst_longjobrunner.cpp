#include "TestDatabase.h"
#include "models/JobControl.h"
#include "models/LongJobRunner.h"
#include "models/SampleLibraryJob.h"
#include "storage/AsyncStorage.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace omt;

namespace {
/// A job doing what it is given, on the runner's thread.
class FunctionJob : public LongJob
{
public:
    explicit FunctionJob(std::function<Result<QString>(JobControl &)> work)
        : m_work(std::move(work))
    { }
    Result<QString> run(JobControl &control) override { return m_work(control); }

private:
    std::function<Result<QString>(JobControl &)> m_work;
};

std::unique_ptr<LongJob> job(std::function<Result<QString>(JobControl &)> work)
{
    return std::make_unique<FunctionJob>(std::move(work));
}

/// Reports every 50 µs until canceled (or `reports` reports), then says how it ended.
Result<QString> busyUntilCanceled(JobControl &control, int reports)
{
    for (int i = 1; i <= reports; ++i) {
        if (control.isCanceled())
            return Error { Error::Code::Canceled, QStringLiteral("stopped"), {}, {} };
        control.report(QStringLiteral("counting"), i, reports);
        QThread::usleep(50);
    }
    return QStringLiteral("counted to %1").arg(reports);
}

GeneratorSpec sampleSpec()
{
    GeneratorSpec spec;
    spec.media = 1500;
    spec.interactions = 600;
    spec.users = 1;
    spec.lists = 3;
    spec.seed = 2026;
    return spec;
}
} // namespace

class TestLongJobRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void init() { OMT_FRESH_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void reportsProgressAtAModestRateAndTheOutcome()
    {
        LongJobRunner runner;
        QSignalSpy progress(&runner, &LongJobRunner::progressChanged);
        QSignalSpy finished(&runner, &LongJobRunner::finished);
        std::atomic<bool> onGuiThread { true };
        QThread *gui = QThread::currentThread();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runner.start(job([&](JobControl &control) {
            onGuiThread = QThread::currentThread() == gui;
            return busyUntilCanceled(control, 8000);
        })));
        QVERIFY(runner.isRunning());
        // One job at a time.
        QVERIFY(!runner.start(job([](JobControl &) -> Result<QString> { return QString(); })));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!onGuiThread);
        QVERIFY(!runner.isRunning());
        const auto outcome = finished.at(0).at(0).value<JobOutcome>();
        QCOMPARE(outcome.kind, JobOutcome::Kind::Finished);
        QCOMPARE(outcome.summary, QStringLiteral("counted to 8000"));
        // Thousands of reports, a handful delivered: about one per interval.
        QVERIFY(progress.size() >= 1);
        QVERIFY2(progress.size() <= elapsed / LongJobRunner::ProgressIntervalMs + 2,
            qPrintable(QStringLiteral("%1 reports in %2 ms").arg(progress.size()).arg(elapsed)));
        qint64 last = 0;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto report = signal.at(0).value<JobProgress>();
            QCOMPARE(report.stage, QStringLiteral("counting"));
            QCOMPARE(report.total, 8000);
            QVERIFY(report.done > last);
            last = report.done;
        }

        // A failure is a failure, and the runner takes the next job.
        QVERIFY(runner.start(
            job([](JobControl &) -> Result<QString> { return Error::invalidInput(QStringLiteral("no")); })));
        QTRY_COMPARE(finished.size(), 2);
        const auto failed = finished.at(1).at(0).value<JobOutcome>();
        QCOMPARE(failed.kind, JobOutcome::Kind::Failed);
        QCOMPARE(failed.error.code, Error::Code::InvalidInput);
    }

    void cancelEndsTheJobAsCanceled()
    {
        LongJobRunner runner;
        QSignalSpy progress(&runner, &LongJobRunner::progressChanged);
        QSignalSpy finished(&runner, &LongJobRunner::finished);
        QVERIFY(runner.start(job([](JobControl &control) { return busyUntilCanceled(control, 100000000); })));
        QTRY_VERIFY(progress.size() > 0);
        runner.cancel();
        QVERIFY(runner.isCanceling());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<JobOutcome>().kind, JobOutcome::Kind::Canceled);
        QVERIFY(!runner.isCanceling());
    }

    void destroyingTheRunnerCancelsAndWaitsForTheJob()
    {
        std::atomic<bool> ended { false };
        bool gone = false;
        bool late = false;
        {
            LongJobRunner runner;
            connect(&runner, &LongJobRunner::finished, this, [&] { late = late || gone; });
            connect(&runner, &LongJobRunner::progressChanged, this, [&] { late = late || gone; });
            connect(&runner, &QObject::destroyed, this, [&] { gone = true; });
            QVERIFY(runner.start(job([&](JobControl &control) {
                auto result = busyUntilCanceled(control, 100000000);
                // Undoing takes a while; the runner waits for it.
                QThread::msleep(200);
                ended = true;
                return result;
            })));
            QTest::qWait(30);
        }
        QVERIFY(ended);
        QVERIFY(gone);
        // What the job posted while the runner went is dropped with it.
        QTest::qWait(LongJobRunner::ProgressIntervalMs * 2);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!late);
    }

    void sampleLibraryLetsTheStorageWorkerReadAndWrite()
    {
        // The storage worker answers while the sample library is written,
        // and the job leaves no connection of its thread behind.
        OMT_VERIFY_OK(UserRepository(m_db->database()).ensureOwnerProfile());
        m_db->database().closeThreadConnection();
        const int connections = int(QSqlDatabase::connectionNames().size());
        AsyncStorage storage(m_db->database());
        LongJobRunner runner;
        QSignalSpy progress(&runner, &LongJobRunner::progressChanged);
        QSignalSpy finished(&runner, &LongJobRunner::finished);
        QVERIFY(runner.start(SampleLibraryJob::create(storage, sampleSpec())));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 0 || finished.size() > 0, 30000);

        bool wrote = false;
        bool wroteWhileRunning = false;
        storage.run(
            [](Repositories &r) {
                Media item;
                item.title = QStringLiteral("Added while the sample is written");
                return r.media.create(item);
            },
            this,
            [&](Result<Media> created) {
                OMT_VERIFY_OK(created);
                wrote = true;
                wroteWhileRunning = runner.isRunning();
            });
        QTRY_VERIFY_WITH_TIMEOUT(wrote, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outcome = finished.at(0).at(0).value<JobOutcome>();
        QVERIFY2(outcome.kind == JobOutcome::Kind::Finished, qPrintable(outcome.error.toString()));
        QVERIFY(outcome.summary.contains(QLocale().toString(sampleSpec().media)));
        if (!wroteWhileRunning)
            qWarning("the sample library was written before the storage worker's write came through");
        const auto last = progress.last().at(0).value<JobProgress>();
        QVERIFY(last.done <= last.total);
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), sampleSpec().media + 1);
        m_db->database().closeThreadConnection();
        storage.waitForIdle();
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections + 1); // the storage worker's
    }

    void canceledSampleLibraryLeavesTheLibraryEmpty()
    {
        OMT_VERIFY_OK(UserRepository(m_db->database()).ensureOwnerProfile());
        AsyncStorage storage(m_db->database());
        LongJobRunner runner;
        QSignalSpy progress(&runner, &LongJobRunner::progressChanged);
        QSignalSpy finished(&runner, &LongJobRunner::finished);
        GeneratorSpec spec = sampleSpec();
        spec.media = 6000;
        QVERIFY(runner.start(SampleLibraryJob::create(storage, spec)));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 0 || finished.size() > 0, 30000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<JobOutcome>().kind, JobOutcome::Kind::Canceled);
        QCOMPARE(MediaRepository(m_db->database()).count({}).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLongJobRunner)
#include "tst_longjobrunner.moc"
