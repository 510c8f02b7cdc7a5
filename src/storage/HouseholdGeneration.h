#pragma once

#include "BulkWriter.h"
#include "core/Error.h"
#include "core/GenerationReport.h"
#include "core/LibraryGenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <functional>

namespace omt {

class Database;

/// Writes a generated library (LibraryGenerator) into an empty household
/// server the way its rules want it written (DESIGN §7). Row-level security
/// lets nobody write another member's rows, so each member writes their own:
/// the administrator running it writes the catalogue and stands for the
/// generated owner profile (user 0); every other generated user becomes a
/// member with the one password given (for benchmarks), and their progress
/// and lists go over a connection signed in as them.
///
/// All or nothing, as far as several connections allow: the catalogue
/// commits first (the members' rows refer to it), then every member's part
/// is written in a transaction of its own and all are committed together at
/// the end. When a part fails, the others roll back and the catalogue is
/// deleted again. The member accounts stay; a new run uses them.
class HouseholdGeneration
{
    Q_DECLARE_TR_FUNCTIONS(omt::HouseholdGeneration)

public:
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    /// `admin` is connected as an administrator of the household.
    explicit HouseholdGeneration(Database &admin, int batchSize = BulkWriter::DefaultBatchSize);

    /// The generated usernames (reader1, reader2, …) must be free in the
    /// cluster or already be members of this household.
    Result<GenerationReport> run(
        const GeneratorSpec &spec, const QString &memberPassword, const Progress &progress = {});

private:
    /// The stored id of every generated user, making the members missing.
    Result<QHash<QUuid, QUuid>> makeMembers(
        const LibraryGenerator &generator, const QString &password, GenerationReport &report) const;
    Result<void> writeCatalogue(
        const LibraryGenerator &generator, const Progress &progress, GenerationReport &report) const;
    /// Each member's interactions and lists over their own connection, committed together.
    Result<void> writeMembersParts(const LibraryGenerator &generator, const QHash<QUuid, QUuid> &userIds,
        const QString &password, const Progress &progress, GenerationReport &report) const;
    Result<void> removeCatalogue(const LibraryGenerator &generator) const;

    Database &m_admin;
    int m_batchSize;
};

} // namespace omt
