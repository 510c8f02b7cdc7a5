#include "ListCommands.h"

#include "LibraryService.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QSet>

namespace omt {

namespace {
/// A list itself came, went or changed; `ruleChanged`: what it selects too.
LibraryChange listChanged(const QUuid &listId, bool ruleChanged = false)
{
    LibraryChange change;
    change.listsChanged = { listId };
    if (ruleChanged)
        change.listRulesChanged = { listId };
    return change;
}

/// Items came into or left a manual list.
LibraryChange membershipChanged(const QUuid &listId, const QList<QUuid> &mediaIds)
{
    LibraryChange change;
    change.membershipLists = { listId };
    change.membershipMedia = mediaIds;
    return change;
}

/// Items of a manual list took the positions in `items`.
LibraryChange reordered(const QUuid &listId, const QList<ListItem> &items)
{
    LibraryChange change;
    ListReorder reorder { listId, {} };
    for (const ListItem &item : items)
        reorder.moved.append(item.mediaId);
    change.reorders = { reorder };
    return change;
}
} // namespace

CreateListCommand::CreateListCommand(LibraryService &service, MediaList list, const QJsonObject &smartFilter)
    : m_service(service)
    , m_list(std::move(list))
    , m_smartFilter(smartFilter)
    , m_undone(std::make_shared<std::optional<ListSnapshot>>())
{
    if (m_list.id.isNull())
        m_list.id = QUuid::createUuid();
    setText(QCoreApplication::translate("omt::ListCommands", "Create “%1”").arg(m_list.name));
}

void CreateListCommand::redo()
{
    auto undone = m_undone;
    const MediaList list = m_list;
    const QJsonObject smartFilter = m_smartFilter;
    m_service.write({}, [undone, list, smartFilter](Repositories &r) -> Result<LibraryChange> {
        // Redone after an undo: the list comes back with what it held then.
        if (*undone) {
            if (auto restored = r.lists.restore(**undone); !restored)
                return restored.error();
        } else if (auto created = r.lists.create(list, smartFilter); !created) {
            return created.error();
        }
        return listChanged(list.id);
    });
}

void CreateListCommand::undo()
{
    auto undone = m_undone;
    const QUuid listId = m_list.id;
    m_service.write({}, [undone, listId](Repositories &r) -> Result<LibraryChange> {
        auto snapshot = r.lists.snapshot(listId);
        if (!snapshot)
            return snapshot.error();
        if (auto removed = r.lists.remove(listId); !removed)
            return removed.error();
        *undone = std::move(*snapshot);
        return listChanged(listId);
    });
}

EditListCommand::EditListCommand(LibraryService &service, const MediaList &before,
    const QJsonObject &smartFilterBefore, const MediaList &after, const QJsonObject &smartFilterAfter,
    const QString &text)
    : m_service(service)
    , m_before(before)
    , m_smartFilterBefore(smartFilterBefore)
    , m_after(after)
    , m_smartFilterAfter(smartFilterAfter)
{
    setText(text);
}

void EditListCommand::redo()
{
    save(m_after, m_smartFilterAfter);
}

void EditListCommand::undo()
{
    save(m_before, m_smartFilterBefore);
}

void EditListCommand::save(const MediaList &list, const QJsonObject &smartFilter)
{
    const bool definitionChanged
        = m_before.filterDefinition != m_after.filterDefinition || m_smartFilterBefore != m_smartFilterAfter;
    m_service.write({}, [list, smartFilter, definitionChanged](Repositories &r) -> Result<LibraryChange> {
        if (auto saved = r.lists.update(list); !saved)
            return saved.error();
        if (list.type == ListType::Smart) {
            if (auto saved = r.lists.setSmartFilter(list.id, smartFilter); !saved)
                return saved.error();
        }
        return listChanged(list.id, definitionChanged);
    });
}

DeleteListCommand::DeleteListCommand(LibraryService &service, const QUuid &listId, const QString &text)
    : m_service(service)
    , m_listId(listId)
    , m_deleted(std::make_shared<std::optional<ListSnapshot>>())
{
    setText(text);
}

void DeleteListCommand::redo()
{
    auto deleted = m_deleted;
    const QUuid listId = m_listId;
    m_service.write({}, [deleted, listId](Repositories &r) -> Result<LibraryChange> {
        auto snapshot = r.lists.snapshot(listId);
        if (!snapshot)
            return snapshot.error();
        if (auto removed = r.lists.remove(listId); !removed)
            return removed.error();
        *deleted = std::move(*snapshot);
        return listChanged(listId, true);
    });
}

void DeleteListCommand::undo()
{
    auto deleted = m_deleted;
    m_service.write({}, [deleted](Repositories &r) -> Result<LibraryChange> {
        if (!*deleted)
            return Error::invalidInput(
                QCoreApplication::translate("omt::ListCommands", "The list was not deleted."));
        if (auto restored = r.lists.restore(**deleted); !restored)
            return restored.error();
        return listChanged((*deleted)->list.id, true);
    });
}

RemoveFromListCommand::RemoveFromListCommand(
    LibraryService &service, const QUuid &listId, const QList<QUuid> &mediaIds, const QString &text)
    : m_service(service)
    , m_listId(listId)
    , m_mediaIds(mediaIds)
    , m_removed(std::make_shared<QList<ListItem>>())
{
    setText(text);
}

void RemoveFromListCommand::redo()
{
    auto removed = m_removed;
    const QUuid listId = m_listId;
    const QList<QUuid> ids = m_mediaIds;
    m_service.write(m_mediaIds, [removed, listId, ids](Repositories &r) -> Result<LibraryChange> {
        auto items = r.listItems.itemsAmong(listId, ids);
        if (!items)
            return items.error();
        *removed = *items;
        QList<QUuid> present;
        for (const ListItem &item : std::as_const(*items))
            present.append(item.mediaId);
        if (auto result = r.listItems.removeItems(listId, present); !result)
            return result.error();
        return membershipChanged(listId, present);
    });
}

void RemoveFromListCommand::undo()
{
    auto removed = m_removed;
    const QUuid listId = m_listId;
    m_service.write(m_mediaIds, [removed, listId](Repositories &r) -> Result<LibraryChange> {
        if (auto result = r.listItems.restoreItems(*removed); !result)
            return result.error();
        QList<QUuid> restored;
        for (const ListItem &item : std::as_const(*removed))
            restored.append(item.mediaId);
        return membershipChanged(listId, restored);
    });
}

MoveInListCommand::MoveInListCommand(LibraryService &service, const QUuid &listId,
    const QList<QUuid> &mediaIds, const QUuid &beforeMediaId, const QString &text)
    : m_service(service)
    , m_listId(listId)
    , m_mediaIds(mediaIds)
    , m_beforeMediaId(beforeMediaId)
    , m_positions(std::make_shared<Positions>())
{
    setText(text);
}

void MoveInListCommand::redo()
{
    auto positions = m_positions;
    const QUuid listId = m_listId;
    const QList<QUuid> ids = m_mediaIds;
    const std::optional<QUuid> before
        = m_beforeMediaId.isNull() ? std::nullopt : std::optional<QUuid>(m_beforeMediaId);
    m_service.write(ids, [positions, listId, ids, before](Repositories &r) -> Result<LibraryChange> {
        if (positions->moved) {
            // Redone: exactly the positions the move gave, renumbering included.
            if (auto written = r.listOrder.setPositions(listId, positions->after); !written)
                return written.error();
            return reordered(listId, positions->after);
        }
        // The first time: the move itself, which reports the rows it wrote
        // (usually one) with their positions before and after.
        auto report = r.listOrder.moveItems(listId, ids, before);
        if (!report)
            return report.error();
        positions->before = std::move(report->before);
        positions->after = std::move(report->after);
        positions->moved = true;
        return reordered(listId, positions->after);
    });
}

void MoveInListCommand::undo()
{
    auto positions = m_positions;
    const QUuid listId = m_listId;
    m_service.write(m_mediaIds, [positions, listId](Repositories &r) -> Result<LibraryChange> {
        if (auto written = r.listOrder.setPositions(listId, positions->before); !written)
            return written.error();
        return reordered(listId, positions->before);
    });
}

} // namespace omt
