#pragma once

#include "LongJob.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <functional>

namespace omt {

/// What a running job and its LongJobRunner share across their threads: the
/// request to stop, and the newest progress. The job reports as often as it
/// likes; the runner is woken at most once per report it has not taken yet,
/// so a job reporting every row cannot flood the GUI thread with events.
class JobControl
{
public:
    /// `wake` is called on the job's thread when a report waits to be taken
    /// and none was waiting before; it must only post to the runner's thread.
    explicit JobControl(std::function<void()> wake);

    /// The job asks this between batches.
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    /// Any thread; the job notices at its next check.
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    /// The job's thread: the newest progress, replacing any not taken yet.
    void report(const JobProgress &progress);
    void report(const QString &stage, qint64 done, qint64 total)
    {
        report(JobProgress { stage, done, total });
    }

    /// The runner's thread: the newest progress, and whether there was one
    /// not taken yet; the next report wakes the runner again.
    bool take(JobProgress *progress);

private:
    std::function<void()> m_wake;
    std::atomic<bool> m_canceled { false };
    mutable QMutex m_mutex;
    JobProgress m_progress;
    bool m_waiting = false;
};

} // namespace omt
