#pragma once

#include "core/Error.h"
#include "core/MediaRecord.h"

#include <QCoreApplication>

namespace omt {

class Database;

/// Media items together with everything attached to them, each operation in
/// one transaction and a constant number of statements: the edit dialog's
/// load and save, and delete with undo.
class MediaRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(omt::MediaRecordRepository)

public:
    explicit MediaRecordRepository(Database &database);

    /// The item, its external links and its relationships in both directions
    /// (interactions and list items are left empty: editing does not touch them).
    Result<MediaRecord> load(const QUuid &mediaId);
    /// Creates the item when it is not stored yet (a null id gets a fresh
    /// one) or updates it, and makes its links and relationships exactly those
    /// of the record: one transaction, validated first (MediaValidation).
    /// Returns the stored record.
    Result<MediaRecord> save(const MediaRecord &record);
    /// Deletes the items and returns, for each, everything that went with it
    /// (links, relationships, every user's interaction, list positions), in
    /// the order of `mediaIds`; items already gone are left out.
    Result<QList<MediaRecord>> removeMany(const QList<QUuid> &mediaIds);
    /// Puts removed items back as they were: same ids and timestamps, links,
    /// relationships, interactions and list positions. Rows whose other end
    /// has gone meanwhile (a deleted list, user or related item) are left out.
    Result<void> restoreMany(const QList<MediaRecord> &records);

private:
    Database &m_database;
};

} // namespace omt
