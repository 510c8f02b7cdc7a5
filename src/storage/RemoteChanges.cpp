#include "RemoteChanges.h"

#include "AsyncStorage.h"
#include "Database.h"
#include "Repositories.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace omt {

std::optional<RemoteAnnouncement> RemoteAnnouncement::parse(const QString &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString table = object.value(QStringLiteral("table")).toString();
    if (table.isEmpty())
        return std::nullopt;
    RemoteAnnouncement announcement;
    announcement.table = table;
    const QJsonValue ids = object.value(QStringLiteral("ids"));
    if (ids.isNull()) {
        announcement.tooManyToList = true;
        return announcement;
    }
    const QJsonArray list = ids.toArray();
    for (const auto &id : list) {
        const QUuid uuid = QUuid::fromString(id.toString());
        if (uuid.isNull())
            return std::nullopt;
        announcement.ids.append(uuid);
    }
    return announcement;
}

RemoteChanges::RemoteChanges(AsyncStorage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{ }

RemoteChanges::~RemoteChanges()
{
    // The subscription lives in the worker thread and goes there, after
    // anything it may still be delivering.
    m_storage.run(
        [worker = m_worker](Repositories &) {
            delete worker->subscription;
            worker->subscription = nullptr;
            return true;
        },
        nullptr, [](bool) {});
}

void RemoteChanges::listen()
{
    QPointer<RemoteChanges> self(this);
    m_storage.run(
        [self, worker = m_worker](Repositories &r) -> Result<bool> {
            auto db = r.database.connection();
            if (!db)
                return db.error();
            QSqlDriver *driver = db->driver();
            const QString channel = QLatin1String(Channel);
            // A connection closed and opened again forgets its subscriptions.
            if (worker->subscription && worker->driver == driver
                && driver->subscribedToNotifications().contains(channel))
                return false;
            if (!driver->subscribedToNotifications().contains(channel)
                && !driver->subscribeToNotification(channel))
                return Error { Error::Code::Unavailable,
                    tr("Changes other members make cannot be followed: the server did not accept listening "
                       "for them."),
                    driver->lastError().text(), {} };
            delete worker->subscription;
            worker->subscription = new QObject;
            worker->driver = driver;
            QObject::connect(driver, &QSqlDriver::notification, worker->subscription,
                [self](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
                        return;
                    auto announcement = RemoteAnnouncement::parse(payload.toString());
                    if (!announcement)
                        return;
                    // Posted to the application, which outlives this object;
                    // whether it still exists is asked on its own thread.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, announcement = *announcement] {
                            if (self)
                                Q_EMIT self->announced(announcement);
                        },
                        Qt::QueuedConnection);
                });
            return true;
        },
        this,
        [this](const Result<bool> &renewed) {
            if (renewed)
                Q_EMIT listening(*renewed);
            else
                Q_EMIT failed(renewed.error());
        });
}

Result<LibraryChange> RemoteChanges::resolve(
    Repositories &repositories, const RemoteAnnouncement &announcement)
{
    LibraryChange change;
    change.origin = LibraryChange::Origin::Remote;
    if (announcement.tooManyToList) {
        change.everything = true;
        return change;
    }
    if (announcement.table == QLatin1String("user_lists")) {
        // Another member's public list: its name, its items or its rule.
        change.listsChanged = announcement.ids;
        change.listRulesChanged = announcement.ids;
        change.membershipLists = announcement.ids;
        return change;
    }
    auto sql = repositories.database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &dialect = repositories.database.dialect();
    auto query = sql->run(
        QStringLiteral("SELECT id FROM %1 WHERE %2")
            .arg(dialect.table(Table::Media), dialect.inJsonArray(QStringLiteral("id"), ColumnType::Uuid)),
        { SqlValues::uuidArray(announcement.ids) }, tr("reading what another member changed"));
    if (!query)
        return query.error();
    QSet<QUuid> existing;
    while (query->next())
        existing.insert(query->value(0).toUuid());
    for (const QUuid &id : announcement.ids)
        (existing.contains(id) ? change.mediaUpdated : change.mediaRemoved).append(id);
    // An item that came or went, or changed type, moves the sidebar's counts.
    change.catalogueCountsChanged = announcement.table == QLatin1String("media");
    return change;
}

} // namespace omt
