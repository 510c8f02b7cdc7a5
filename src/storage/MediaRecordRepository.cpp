#include "MediaRecordRepository.h"

#include "Database.h"
#include "ExternalLinkRepository.h"
#include "InteractionRepository.h"
#include "JsonRecords.h"
#include "ListItemRepository.h"
#include "MediaRepository.h"
#include "RelationshipRepository.h"
#include "ServerRefusals.h"
#include "SqlValues.h"
#include "TableColumns.h"
#include "core/ListPositions.h"
#include "core/MediaValidation.h"

#include <QSet>

namespace omt {

namespace {
/// The item a relationship seen from one of its ends belongs to.
QUuid ownerOf(const RelatedMedia &related)
{
    return related.direction == RelatedMedia::Direction::Outgoing ? related.relationship.sourceMediaId
                                                                  : related.relationship.targetMediaId;
}

/// The record's relationships with this item's end set to `mediaId` (a new
/// item gets its id only when it is stored); the other end is the
/// relationship's, or `otherId` when the relationship leaves it empty.
QList<Relationship> relationshipsOf(const QList<RelatedMedia> &related, const QUuid &mediaId)
{
    QList<Relationship> relationships;
    relationships.reserve(related.size());
    for (const RelatedMedia &item : related) {
        Relationship relationship = item.relationship;
        if (item.direction == RelatedMedia::Direction::Outgoing) {
            if (relationship.targetMediaId.isNull())
                relationship.targetMediaId = item.otherId;
            relationship.sourceMediaId = mediaId;
        } else {
            if (relationship.sourceMediaId.isNull())
                relationship.sourceMediaId = item.otherId;
            relationship.targetMediaId = mediaId;
        }
        relationships.append(relationship);
    }
    return relationships;
}

/// The ids without repetitions and null ids, in their first order.
QList<QUuid> distinct(const QList<QUuid> &ids)
{
    QList<QUuid> result;
    QSet<QUuid> seen;
    for (const QUuid &id : ids) {
        if (!id.isNull() && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    return result;
}

/// Every list entry of the items, in list order.
Result<QList<ListItem>> listItemsOf(
    const SqlConnection &sql, const QList<QUuid> &mediaIds, const QString &context)
{
    const SqlDialect &d = sql.dialect();
    auto query = sql.run(
        QStringLiteral("SELECT %1, %2, position, %3 FROM %4 WHERE %5"
                       " ORDER BY list_id, position, media_id")
            .arg(d.select(QStringLiteral("list_id"), ColumnType::Uuid),
                d.select(QStringLiteral("media_id"), ColumnType::Uuid),
                d.select(QStringLiteral("added_at"), ColumnType::Timestamp), d.table(Table::ListItems),
                d.inJsonArray(QStringLiteral("media_id"), ColumnType::Uuid)),
        { SqlValues::uuidArray(mediaIds) }, context);
    if (!query)
        return query.error();
    QList<ListItem> items;
    while (query->next())
        items.append(TableColumns::readListItem(*query));
    if (auto read = sql.finishRows(*query); !read)
        return read.error();
    return items;
}

} // namespace

MediaRecordRepository::MediaRecordRepository(Database &database)
    : m_database(database)
{ }

Result<MediaRecord> MediaRecordRepository::load(const QUuid &mediaId)
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const auto media = MediaRepository::readOn(*sql, { mediaId }, false);
    if (!media)
        return media.error();
    if (media->isEmpty())
        return Error::notFound(tr("The item no longer exists."), SqlValues::uuid(mediaId).toString());
    auto links = ExternalLinkRepository::forMediaOn(*sql, { mediaId });
    if (!links)
        return links.error();
    auto related = RelationshipRepository::forMediaOn(*sql, { mediaId });
    if (!related)
        return related.error();
    // Which lists hold it (the details pane names the person's own).
    auto listItems = listItemsOf(*sql, { mediaId }, tr("reading an item"));
    if (!listItems)
        return listItems.error();
    return MediaRecord { media->first(), std::move(links).value(), std::move(related).value(), {},
        std::move(listItems).value() };
}

Result<MediaRecord> MediaRecordRepository::save(const MediaRecord &record)
{
    // Refused before the write lock is taken; the same check runs again in
    // MediaRepository when the item is written.
    if (auto valid = MediaValidation::validate(MediaValidation::normalized(record.media)); !valid)
        return valid.error();
    const QString context = tr("saving “%1”").arg(record.media.title.trimmed());
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<MediaRecord> {
        // An id the client made (so that undo and redo name the same item) may
        // not be stored yet: then the item is created with it.
        auto media = record.media.id.isNull() ? MediaRepository::createOn(sql, record.media)
                                              : MediaRepository::updateOn(sql, record.media);
        if (!media && media.error().code == Error::Code::NotFound)
            media = MediaRepository::createOn(sql, record.media);
        if (!media)
            return media.error();
        auto links = ExternalLinkRepository::replaceOn(sql, media->id, record.links);
        if (!links)
            return links.error();
        if (auto related
            = RelationshipRepository::replaceOn(sql, media->id, relationshipsOf(record.related, media->id));
            !related)
            return related.error();
        auto related = RelationshipRepository::forMediaOn(sql, { media->id });
        if (!related)
            return related.error();
        return MediaRecord { std::move(media).value(), std::move(links).value(), std::move(related).value(),
            {}, {} };
    });
}

Result<QList<MediaRecord>> MediaRecordRepository::removeMany(const QList<QUuid> &mediaIds)
{
    QList<MediaRecord> records;
    const QList<QUuid> wanted = distinct(mediaIds);
    if (wanted.isEmpty())
        return records;
    const QString context = tr("deleting items");
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<QList<MediaRecord>> {
        const SqlDialect &d = sql.dialect();
        // The items are locked first: on PostgreSQL nothing can then be attached
        // to them between being captured here and deleted below.
        const auto media = MediaRepository::readOn(sql, wanted, true);
        if (!media)
            return media.error();
        // Items someone else deleted meanwhile are simply not there to capture.
        QList<QUuid> ids;
        QHash<QUuid, qsizetype> index;
        for (const Media &item : *media) {
            index.insert(item.id, records.size());
            records.append(MediaRecord { item, {}, {}, {}, {} });
            ids.append(item.id);
        }
        if (ids.isEmpty())
            return records;

        const auto links = ExternalLinkRepository::forMediaOn(sql, ids);
        if (!links)
            return links.error();
        const auto related = RelationshipRepository::forMediaOn(sql, ids);
        if (!related)
            return related.error();
        const auto interactions = InteractionRepository::ofMediaOn(sql, {}, ids, false);
        if (!interactions)
            return interactions.error();
        const auto listItems = listItemsOf(sql, ids, context);
        if (!listItems)
            return listItems.error();

        auto deleted
            = sql.run(QStringLiteral("DELETE FROM %1 WHERE %2")
                          .arg(d.table(Table::Media), d.inJsonArray(QStringLiteral("id"), ColumnType::Uuid)),
                { SqlValues::uuidArray(ids) }, context);
        if (!deleted)
            return deleted.error();
        // The items are locked, so all of them are there to delete; fewer
        // deleted means row-level security kept them (a member, not an
        // administrator, of a household server). The transaction rolls back.
        if (deleted->numRowsAffected() < ids.size())
            return ServerRefusals::catalogueDeletionRefused(
                tr("%1 of %2 items deleted").arg(deleted->numRowsAffected()).arg(ids.size()));
        deleted->finish();

        for (const ExternalLink &link : *links)
            records[index.value(link.mediaId)].links.append(link);
        for (const RelatedMedia &item : *related)
            records[index.value(ownerOf(item))].related.append(item);
        for (const Interaction &interaction : *interactions)
            records[index.value(interaction.mediaId)].interactions.append(interaction);
        for (const ListItem &item : *listItems)
            records[index.value(item.mediaId)].listItems.append(item);
        return records;
    });
}

Result<void> MediaRecordRepository::restoreMany(const QList<MediaRecord> &records)
{
    if (records.isEmpty())
        return {};
    QList<Media> media;
    QList<ExternalLink> links;
    QList<Relationship> relationships;
    QList<Interaction> interactions;
    QList<ListItem> listItems;
    for (const MediaRecord &record : records) {
        if (record.media.id.isNull())
            return Error::invalidInput(tr("Only items that were stored can be put back."));
        media.append(record.media);
        for (ExternalLink link : record.links) {
            link.mediaId = record.media.id;
            links.append(link);
        }
        relationships.append(relationshipsOf(record.related, record.media.id));
        interactions.append(record.interactions);
        listItems.append(record.listItems);
    }

    const QString context = tr("putting items back");
    return m_database.write(context, [&](const SqlConnection &sql) -> Result<void> {
        // The items first: everything else refers to them. What refers to a row
        // that is gone meanwhile (a related item, a user, a list) is left out.
        if (auto restored = MediaRepository::insertExactOn(sql, media); !restored)
            return restored.error();
        if (auto restored = ExternalLinkRepository::insertOn(sql, links); !restored)
            return restored.error();
        if (auto restored = RelationshipRepository::restoreOn(sql, relationships); !restored)
            return restored.error();
        if (auto restored = InteractionRepository::putManyOn(sql, interactions, true); !restored)
            return restored.error();
        if (auto restored = ListItemRepository::restoreItemsOn(sql, listItems, context); !restored)
            return restored.error();
        return {};
    });
}

} // namespace omt
