#include "AsyncStorage.h"

#include "Database.h"

#include <QSemaphore>

namespace omt {

AsyncStorage::AsyncStorage(Database &database)
    : m_database(database)
    , m_repositories(std::make_unique<Repositories>(database))
{
    // One thread for the object's life: its connection stays open between
    // calls, calls run in order, and between them its event loop delivers
    // what the connection hears (PostgreSQL notifications).
    m_thread.setObjectName(QStringLiteral("omt-storage"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

AsyncStorage::~AsyncStorage()
{
    // Queued calls finish first (one thread, first in first out); then the
    // connection is closed in the thread that opened it.
    QSemaphore closed;
    start([this, &closed] {
        m_database.closeThreadConnection();
        closed.release();
    });
    closed.acquire();
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void AsyncStorage::start(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

void AsyncStorage::waitForIdle()
{
    QSemaphore idle;
    start([&idle] { idle.release(); });
    idle.acquire();
}

} // namespace omt
