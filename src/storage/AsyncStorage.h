#pragma once

#include "Repositories.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace omt {

class Database;

/// Runs repository calls on one worker thread (with its own connection) and
/// hands the results back on the thread that made the AsyncStorage (the GUI
/// thread), so that the GUI never waits for the database. Calls run one at a
/// time in the order they were made, so a later call sees what an earlier one
/// wrote.
class AsyncStorage
{
public:
    explicit AsyncStorage(Database &database);
    /// Finishes the calls already queued, then closes the worker's connection.
    ~AsyncStorage();
    AsyncStorage(const AsyncStorage &) = delete;
    AsyncStorage &operator=(const AsyncStorage &) = delete;

    /// Runs `work(Repositories &)` on the worker thread, then `done(result)` on
    /// this object's thread — unless `receiver` (which lives in that thread)
    /// was destroyed in the meantime, in which case the result is dropped.
    template<typename Work, typename Done>
    void run(Work work, QObject *receiver, Done done)
    {
        ++m_jobsStarted;
        Repositories *repositories = m_repositories.get();
        QObject *delivery = &m_delivery;
        QPointer<QObject> guard(receiver);
        start([repositories, delivery, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work(*repositories);
            // The receiver is checked on its own thread, where it can be
            // destroyed: checking here, on the worker, would race with that.
            QMetaObject::invokeMethod(
                delivery,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    /// Blocks until every queued call has finished (tests, shutdown).
    void waitForIdle();
    /// How many calls were made so far: tests check that a change costs
    /// the jobs it should (a reorder one write and no reload).
    quint64 jobsStarted() const { return m_jobsStarted.load(); }

    /// The library the calls run on, for work that runs on a thread of its
    /// own beside this worker (long jobs, models/LongJobRunner).
    Database &database() const { return m_database; }
    /// An object living in the worker thread, for signals that must be
    /// delivered there (the worker runs an event loop between calls: a
    /// PostgreSQL connection's notifications arrive through it).
    QObject *workerContext() const { return m_context; }

private:
    /// Queues `task` on the worker thread, after every task queued before.
    void start(std::function<void()> task);

    Database &m_database;
    QThread m_thread;
    /// Lives in m_thread; queued calls to it run there in order.
    QObject *m_context = nullptr;
    std::unique_ptr<Repositories> m_repositories;
    /// Lives in the thread that made this object; results are delivered through it.
    QObject m_delivery;
    std::atomic<quint64> m_jobsStarted { 0 };
};

} // namespace omt
