#pragma once

#include "core/Error.h"
#include "core/LibraryChange.h"

#include <QCoreApplication>
#include <QObject>
#include <QUuid>

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

    /// Starts listening (again, after the connection was lost and reopened);
    /// `listening` or `failed` follows.
    void listen();

    /// What an announcement means for the views now, read in one statement
    /// on the storage worker: items announced that still exist changed (or
    /// came), the others went; lists announced are read again.
    static Result<LibraryChange> resolve(Repositories &repositories, const RemoteAnnouncement &announcement);

Q_SIGNALS:
    void listening();
    void failed(const omt::Error &error);
    void announced(const omt::RemoteAnnouncement &announcement);

private:
    AsyncStorage &m_storage;
    /// Lives in the worker thread while listening: the driver's signal is
    /// connected through it, and it goes when the connection does.
    QObject *m_subscription = nullptr;
};

} // namespace omt
