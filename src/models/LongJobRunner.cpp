#include "LongJobRunner.h"

#include "JobControl.h"

#include <QThread>

namespace omt {

LongJobRunner::LongJobRunner(QObject *parent)
    : QObject(parent)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &LongJobRunner::deliverProgress);
}

LongJobRunner::~LongJobRunner()
{
    // The job posts to this object until its thread ends; events still
    // queued for it when it goes are dropped with it.
    if (m_control)
        m_control->cancel();
    if (m_thread)
        m_thread->wait();
}

bool LongJobRunner::isCanceling() const
{
    return m_control && m_control->isCanceled();
}

bool LongJobRunner::start(std::unique_ptr<LongJob> job)
{
    if (isRunning() || !job)
        return false;
    m_job = std::move(job);
    m_control = std::make_unique<JobControl>(
        [this] { QMetaObject::invokeMethod(this, &LongJobRunner::progressWaiting, Qt::QueuedConnection); });
    m_sinceProgress.invalidate();
    LongJob *work = m_job.get();
    JobControl *control = m_control.get();
    m_thread.reset(QThread::create([this, work, control] {
        Result<QString> result = work->run(*control);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { jobEnded(std::move(result)); },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("omt-job"));
    m_thread->start();
    return true;
}

void LongJobRunner::cancel()
{
    if (m_control)
        m_control->cancel();
}

void LongJobRunner::progressWaiting()
{
    // The first report at once, then at most one per interval; the newest
    // one is taken when it is time, so none is shown late.
    if (!m_control || m_throttle.isActive())
        return;
    const qint64 since = m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : ProgressIntervalMs;
    if (since >= ProgressIntervalMs)
        deliverProgress();
    else
        m_throttle.start(int(ProgressIntervalMs - since));
}

void LongJobRunner::deliverProgress()
{
    JobProgress progress;
    if (!m_control || !m_control->take(&progress))
        return;
    m_sinceProgress.start();
    Q_EMIT progressChanged(progress);
}

void LongJobRunner::jobEnded(Result<QString> result)
{
    // The thread has nothing left to do but end.
    m_thread->wait();
    m_thread.reset();
    m_job.reset();
    m_control.reset();
    m_throttle.stop();
    JobOutcome outcome;
    if (result) {
        outcome.kind = JobOutcome::Kind::Finished;
        outcome.summary = std::move(result).value();
    } else {
        outcome.kind = result.error().code == Error::Code::Canceled ? JobOutcome::Kind::Canceled
                                                                    : JobOutcome::Kind::Failed;
        outcome.error = result.error();
    }
    Q_EMIT finished(outcome);
}

} // namespace omt
