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
    // The subscription lives in the worker thread; it is deleted there,
    // after anything it may still be delivering.
    if (m_subscription)
        m_subscription->deleteLater();
}

void RemoteChanges::listen()
{
    if (m_subscription)
        m_subscription->deleteLater();
    auto *subscription = new QObject;
    subscription->moveToThread(m_storage.workerContext()->thread());
    m_subscription = subscription;
    QPointer<RemoteChanges> self(this);
    m_storage.run(
        [subscription, self](Repositories &r) -> Result<void> {
            auto db = r.database.connection();
            if (!db)
                return db.error();
            QSqlDriver *driver = db->driver();
            const QString channel = QLatin1String(Channel);
            // After a reconnection the driver is a new one; an old
            // subscription is gone with the old connection.
            if (!driver->subscribedToNotifications().contains(channel)
                && !driver->subscribeToNotification(channel))
                return Error { Error::Code::Unavailable,
                    tr("Changes other members make cannot be followed: the server did not accept listening "
                       "for them."),
                    driver->lastError().text(), {} };
            QObject::connect(driver, &QSqlDriver::notification, subscription,
                [self](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
                        return;
                    auto announcement = RemoteAnnouncement::parse(payload.toString());
                    if (!announcement)
                        return;
                    QMetaObject::invokeMethod(
                        self,
                        [self, announcement = *announcement] {
                            if (self)
                                Q_EMIT self->announced(announcement);
                        },
                        Qt::QueuedConnection);
                });
            return {};
        },
        this,
        [this](const Result<void> &started) {
            if (started)
                Q_EMIT listening();
            else
                Q_EMIT failed(started.error());
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
