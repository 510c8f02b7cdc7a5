#pragma once

#include "core/Error.h"
#include "core/ListSnapshot.h"
#include "core/MediaList.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace omt {

class Database;

/// A user's lists: their names, settings and smart rules. The items of a
/// manual list are ListItemRepository's, their order ListOrdering's.
class ListRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::ListRepository)

public:
    explicit ListRepository(Database &database);

    /// Creates a list; a null id gets a fresh one. Smart lists also get their
    /// row in smart_lists with `smartFilter` (must be a non-empty object).
    Result<MediaList> create(MediaList list, const QJsonObject &smartFilter = {});
    /// Saves name, description, visibility and the view refinement.
    Result<MediaList> update(MediaList list);
    Result<MediaList> rename(const QUuid &listId, const QString &name);
    Result<void> remove(const QUuid &listId);
    /// The list, its rule and its items, read in order to put them back later.
    Result<ListSnapshot> snapshot(const QUuid &listId);
    /// Puts a deleted list back as it was: id, timestamps, rule and items at
    /// their positions (items whose media are gone meanwhile are left out).
    Result<MediaList> restore(const ListSnapshot &snapshot);
    Result<MediaList> get(const QUuid &listId);
    /// The owner's lists, by name.
    Result<QList<MediaList>> listsOf(const QUuid &ownerId);

    Result<QJsonObject> smartFilter(const QUuid &listId);
    Result<void> setSmartFilter(const QUuid &listId, const QJsonObject &filter);

private:
    Database &m_database;
};

} // namespace omt
