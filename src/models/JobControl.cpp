#include "JobControl.h"

namespace omt {

JobControl::JobControl(std::function<void()> wake)
    : m_wake(std::move(wake))
{ }

void JobControl::report(const JobProgress &progress)
{
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        m_progress = progress;
        wake = !m_waiting;
        m_waiting = true;
    }
    // Outside the lock: waking posts an event, which takes the event queue's lock.
    if (wake && m_wake)
        m_wake();
}

bool JobControl::take(JobProgress *progress)
{
    QMutexLocker lock(&m_mutex);
    if (!m_waiting)
        return false;
    *progress = m_progress;
    m_waiting = false;
    return true;
}

} // namespace omt
