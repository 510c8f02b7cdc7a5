#pragma once

#include "LongJob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace omt {

class JobControl;

/// Runs one long job at a time on a thread of its own, beside the storage
/// worker, so that reads and edits do not wait behind it. Progress and the
/// outcome arrive as signals on the thread that made the runner (the GUI
/// thread), progress at most every ProgressIntervalMs.
///
/// Destroying the runner cancels the job and waits for it to end (it undoes
/// its work first); nothing is signalled after that, so the window that
/// owns the runner can go at any time.
class LongJobRunner : public QObject
{
    Q_OBJECT

public:
    /// Ten reports a second: a bar that moves smoothly, and next to no work
    /// for the GUI thread.
    static constexpr int ProgressIntervalMs = 100;

    explicit LongJobRunner(QObject *parent = nullptr);
    ~LongJobRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Whether the running job was asked to stop (and has not ended yet).
    bool isCanceling() const;

    /// Starts `job`; refuses (returns false) while another one runs.
    bool start(std::unique_ptr<LongJob> job);
    /// Asks the running job to stop; finished() tells when it has (with
    /// Canceled, or Finished when it was done before it noticed).
    void cancel();

Q_SIGNALS:
    void progressChanged(const omt::JobProgress &progress);
    void finished(const omt::JobOutcome &outcome);

private:
    void progressWaiting();
    void deliverProgress();
    void jobEnded(Result<QString> result);

    std::unique_ptr<LongJob> m_job;
    std::unique_ptr<JobControl> m_control;
    std::unique_ptr<QThread> m_thread;
    QTimer m_throttle;
    QElapsedTimer m_sinceProgress;
};

} // namespace omt
