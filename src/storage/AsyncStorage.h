#pragma once

#include "Repositories.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace omt {

class Database;

/// Runs repository calls on one worker thread (with its own connection) and
/// hands the results back on the caller's thread, so that the GUI never waits
/// for the database. Calls run one at a time in the order they were made, so
/// a later call sees what an earlier one wrote.
class AsyncStorage
{
public:
    explicit AsyncStorage(Database &database);
    /// Finishes the calls already queued, then closes the worker's connection.
    ~AsyncStorage();
    AsyncStorage(const AsyncStorage &) = delete;
    AsyncStorage &operator=(const AsyncStorage &) = delete;

    /// Runs `work(Repositories &)` on the worker thread; returns its future.
    /// GUI code should use the receiver overload below rather than wait on
    /// the future: QFuture::waitForFinished may run a queued task on the
    /// waiting thread.
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, Repositories &>>
    {
        Repositories *repositories = m_repositories.get();
        return QtConcurrent::run(&m_pool, [repositories, work = std::move(work)]() mutable {
            return work(*repositories);
        });
    }

    /// Runs `work` on the worker thread, then `done(result)` on the thread of
    /// `receiver` — unless the receiver was destroyed in the meantime, in
    /// which case the result is dropped.
    template<typename Work, typename Done>
    void run(Work work, QObject *receiver, Done done)
    {
        Repositories *repositories = m_repositories.get();
        QPointer<QObject> guard(receiver);
        m_pool.start([repositories, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work(*repositories);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        });
    }

    /// Blocks until every queued call has finished (tests, shutdown).
    void waitForIdle();

private:
    Database &m_database;
    QThreadPool m_pool;
    std::unique_ptr<Repositories> m_repositories;
};

} // namespace omt
