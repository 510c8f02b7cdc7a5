#pragma once

#include "BulkWriter.h"
#include "core/Error.h"
#include "core/LibraryGenerator.h"

#include <QList>
#include <QString>

#include <functional>

namespace omt {

class Database;

/// What LibraryGeneration wrote and how long each part took.
struct GenerationReport
{
    struct Stage
    {
        QString name;
        qint64 rows = 0;
        qint64 milliseconds = 0;
        /// The media stage alone: writing the items and indexing them.
        qint64 mediaMilliseconds = 0;
    };

    /// In order: users, media, links (with relationships), interactions, lists, list items.
    QList<Stage> stages;
    qint64 media = 0;
    qint64 links = 0;
    qint64 relationships = 0;
    /// Users written; an existing account with a generated username (the
    /// owner profile made by init) is used instead of a new one.
    qint64 users = 0;
    qint64 interactions = 0;
    qint64 lists = 0;
    qint64 listItems = 0;
    qint64 milliseconds = 0;
    /// The media stage alone: writing the items and indexing them.
    qint64 mediaMilliseconds = 0;

    qint64 rows() const { return media + links + relationships + users + interactions + lists + listItems; }
};

/// Writes a generated library (LibraryGenerator) into an empty, migrated
/// library through BulkWriter, streaming batch by batch so that memory does
/// not grow with the size of the library. All or nothing: everything is
/// written in one transaction, so a run that fails or is interrupted (a
/// killed process, a power cut) leaves the library as it was, and running it
/// again starts afresh.
class LibraryGeneration
{
public:
    /// `stage` is a short translated name ("media"); done/total count its rows.
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    explicit LibraryGeneration(Database &database, int batchSize = BulkWriter::DefaultBatchSize);

    /// Refuses an invalid spec and a library that already holds items.
    Result<GenerationReport> run(const GeneratorSpec &spec, const Progress &progress = {});

private:
    Result<void> checkEmpty(const SqlConnection &sql) const;
    /// Writes everything within the caller's transaction on `sql`.
    Result<void> write(const SqlConnection &sql, const GeneratorSpec &spec, const Progress &progress,
        GenerationReport &report) const;

    Database &m_database;
    int m_batchSize;
};

/// Points the cover of every item at `urlPrefix` + n + ".jpg", n counting
/// the items in title order and wrapping at `distinct` (so any `distinct`
/// neighbours in the title order have different covers), in one statement.
/// For benchmark libraries, whose covers come from a local server whose
/// address changes on every run. Returns the number of items changed.
Result<int> assignCoverUrls(Database &database, const QString &urlPrefix, int distinct);

} // namespace omt
