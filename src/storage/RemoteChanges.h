#pragma once

#include "core/Error.h"
#include "core/LibraryChange.h"

#include <QCoreApplication>
#include <QObject>
#include <QUuid>

#include <memory>

namespace omt {

class AsyncStorage;
struct Repositories;

/// What a household server announced: the table a statement changed and the
/// ids of the rows (items for the catalogue tables, lists for the list
/// tables), or none when more changed than one announcement carries.
struct RemoteAnnouncement
{
    QString table;
    QList<QUuid> ids;
    bool tooManyToList = false;

    /// Reads the payload the server's triggers send ({"table": …, "ids": […]});
    /// nullopt for anything else.
    static std::optional<RemoteAnnouncement> parse(const QString &payload);
};

/// Hears what other members change in the catalogue and the public lists of
/// a household server (DESIGN §7): LISTEN on the storage worker's own
/// connection, whose event loop delivers the server's notifications. The
/// worker's own writes are announced to it as well and are left out here:
/// they reach the views through the change feed already.
class RemoteChanges : public QObject
{
    Q_OBJECT

public:
    /// The channel the server's triggers notify.
    static constexpr const char *Channel = "omt_changes";

    explicit RemoteChanges(AsyncStorage &storage, QObject *parent = nullptr);
    ~RemoteChanges() override;

    /// Makes sure the worker's connection listens: subscribes when it does
    /// not (the first time, or on a connection reopened since, which has
    /// forgotten its subscription), and does nothing when it still does.
    /// `listening` or `failed` follows.
    void listen();

    /// What an announcement means for the views now, read in one statement
    /// on the storage worker: items announced that still exist changed (or
    /// came), the others went; lists announced are read again.
    static Result<LibraryChange> resolve(Repositories &repositories, const RemoteAnnouncement &announcement);

Q_SIGNALS:
    /// `renewed`: the subscription was made now, so announcements made
    /// before (while there was none) were missed.
    void listening(bool renewed);
    void failed(const omt::Error &error);
    void announced(const omt::RemoteAnnouncement &announcement);

private:
    AsyncStorage &m_storage;
    /// Used on the worker thread only: the object the driver's signal is
    /// connected through (it lives there), replaced with each subscription.
    struct WorkerSide
    {
        QObject *subscription = nullptr;
        const void *driver = nullptr;
    };
    std::shared_ptr<WorkerSide> m_worker = std::make_shared<WorkerSide>();
};

} // namespace omt
