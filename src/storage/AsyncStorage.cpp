#include "AsyncStorage.h"

#include "Database.h"

#include <QSemaphore>

namespace omt {

AsyncStorage::AsyncStorage(Database &database)
    : m_database(database)
    , m_repositories(std::make_unique<Repositories>(database))
{
    // One thread that never expires: its connection stays open between calls
    // and calls run in order.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("omt-storage"));
}

// Waiting uses a semaphore rather than QFuture::waitForFinished, which may
// run a not-yet-started task on the waiting thread and so on the wrong
// connection; and not QThreadPool::waitForDone, which ends the worker thread.

AsyncStorage::~AsyncStorage()
{
    // Queued calls finish first (one thread, first in first out); then the
    // connection is closed in the thread that opened it.
    QSemaphore closed;
    m_pool.start([this, &closed] {
        m_database.closeThreadConnection();
        closed.release();
    });
    closed.acquire();
    m_pool.waitForDone();
}

void AsyncStorage::waitForIdle()
{
    QSemaphore idle;
    m_pool.start([&idle] { idle.release(); });
    idle.acquire();
}

} // namespace omt
