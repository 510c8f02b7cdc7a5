#include "HouseholdGeneration.h"

#include "Database.h"
#include "MemberAdministration.h"
#include "SqlConnection.h"
#include "SqlValues.h"
#include "StorageLog.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace omt {

namespace {
/// One member's connection with their open transaction. Heap-held: the
/// transaction points at the connection.
struct MemberPart
{
    std::unique_ptr<Database> ownDatabase; // null for the administrator's own part
    std::optional<SqlConnection> sql;
    std::optional<ScopedTransaction> transaction;
};
} // namespace

HouseholdGeneration::HouseholdGeneration(Database &admin, int batchSize)
    : m_admin(admin)
    , m_batchSize(qMax(1, batchSize))
{ }

Result<GenerationReport> HouseholdGeneration::run(
    const GeneratorSpec &spec, const QString &memberPassword, const Progress &progress)
{
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    QElapsedTimer total;
    total.start();
    auto sql = m_admin.sql();
    if (!sql)
        return sql.error();
    const QString checking = tr("checking that the household server is empty");
    auto state = sql->run(
        QStringLiteral("SELECT auth.is_admin(), EXISTS (SELECT 1 FROM media.media)"), {}, checking);
    if (!state)
        return state.error();
    if (!state->next()) {
        if (auto read = sql->finishRows(*state, checking); !read)
            return read.error();
        return Error::internal(tr("The server did not answer whether it is empty."), {});
    }
    if (!state->value(0).toBool())
        return Error { Error::Code::AccessDenied,
            tr("Only an administrator of the household generates a library on its server: the generated "
               "users become members."),
            m_admin.settings().displayName(), {} };
    if (state->value(1).toBool())
        return Error { Error::Code::AlreadyExists,
            tr("The household server already holds items; a generated library is written into an empty one."),
            m_admin.settings().displayName(), {} };

    const LibraryGenerator generator(spec);
    GenerationReport report;
    auto userIds = makeMembers(generator, memberPassword, report);
    if (!userIds)
        return userIds.error();
    if (auto written = writeCatalogue(generator, progress, report); !written)
        return written.error();
    if (auto written = writeMembersParts(generator, *userIds, memberPassword, progress, report); !written) {
        // The members' parts rolled back; the catalogue goes too, so that
        // the server is as it was (but for the member accounts).
        if (auto removed = removeCatalogue(generator); !removed) {
            Error error = written.error();
            error.message += QLatin1Char(' ')
                + tr("The generated items could not be removed: %1").arg(removed.error().message);
            return error;
        }
        return written.error();
    }
    // The planner's statistics now, rather than when autovacuum gets round to it.
    if (auto analyzed
        = sql->run(QStringLiteral("SELECT auth.refresh_statistics()"), {}, tr("gathering statistics"));
        !analyzed)
        return analyzed.error();
    report.milliseconds = total.elapsed();
    return report;
}

Result<QHash<QUuid, QUuid>> HouseholdGeneration::makeMembers(
    const LibraryGenerator &generator, const QString &password, GenerationReport &report) const
{
    QElapsedTimer timer;
    timer.start();
    auto sql = m_admin.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("reading the household's members");
    auto rows = sql->run(
        QStringLiteral("SELECT username, id, (SELECT auth.uid()) FROM users.members"), {}, context);
    if (!rows)
        return rows.error();
    QHash<QString, QUuid> existing;
    QUuid self;
    while (rows->next()) {
        existing.insert(rows->value(0).toString(), rows->value(1).toUuid());
        self = rows->value(2).toUuid();
    }
    if (auto read = sql->finishRows(*rows, context); !read)
        return read.error();

    // The generated owner profile is whoever runs it.
    QHash<QUuid, QUuid> userIds;
    userIds.insert(generator.user(0).id, self);
    MemberAdministration administration(m_admin);
    for (int u = 1; u < generator.spec().users; ++u) {
        const User user = generator.user(u);
        QUuid stored = existing.value(user.username);
        if (stored.isNull()) {
            auto made = administration.addWithPassword(user.username, Role::Member, password);
            if (!made)
                return made.error();
            stored = made->id;
            ++report.users;
        }
        userIds.insert(user.id, stored);
    }
    report.stages.append({ tr("users"), report.users, timer.elapsed() });
    return userIds;
}

Result<void> HouseholdGeneration::writeCatalogue(
    const LibraryGenerator &generator, const Progress &progress, GenerationReport &report) const
{
    QElapsedTimer timer;
    timer.start();
    auto sql = m_admin.sql();
    if (!sql)
        return sql.error();
    auto transaction = sql->beginWrite(tr("generating the catalogue"));
    if (!transaction)
        return transaction.error();
    // Batch by batch with the indexes in place: only the tables' owner could
    // set them aside as a load into a library file does.
    BulkWriter writer(*sql, m_batchSize);
    const int count = generator.spec().media;
    const QString stage = tr("items");
    for (int start = 0; start < count; start += m_batchSize) {
        const int end = qMin(count, start + m_batchSize);
        QList<Media> media;
        QList<ExternalLink> links;
        QList<Relationship> relationships;
        for (int i = start; i < end; ++i) {
            media.append(generator.media(i));
            links.append(generator.links(i));
            relationships.append(generator.relationships(i));
        }
        // Relationships point from later items to earlier ones: all written by now.
        if (auto written = writer.writeMedia(media); !written)
            return written.error();
        if (auto written = writer.writeLinks(links); !written)
            return written.error();
        if (auto written = writer.writeRelationships(relationships); !written)
            return written.error();
        report.media += media.size();
        report.links += links.size();
        report.relationships += relationships.size();
        if (progress)
            progress(stage, end, count);
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    report.mediaMilliseconds = timer.elapsed();
    report.stages.append({ stage, report.media + report.links + report.relationships, timer.elapsed() });
    return {};
}

Result<void> HouseholdGeneration::writeMembersParts(const LibraryGenerator &generator,
    const QHash<QUuid, QUuid> &userIds, const QString &password, const Progress &progress,
    GenerationReport &report) const
{
    QElapsedTimer timer;
    timer.start();
    const GeneratorSpec &spec = generator.spec();
    const QString context = tr("generating a member's progress and lists");
    const QString stage = tr("interactions and lists");
    const qint64 rowsTotal = spec.interactions + spec.lists + generator.totalListItems();
    qint64 rowsDone = 0;
    const auto notify = [&](qint64 rows) {
        rowsDone += rows;
        if (progress)
            progress(stage, rowsDone, rowsTotal);
    };

    std::vector<std::unique_ptr<MemberPart>> parts;
    int firstInteraction = 0;
    for (int u = 0; u < spec.users; ++u) {
        const User user = generator.user(u);
        const QUuid storedId = userIds.value(user.id);
        auto part = std::make_unique<MemberPart>();
        Database *database = &m_admin;
        if (u > 0) {
            ConnectionSettings settings = m_admin.settings();
            settings.user = user.username;
            settings.password = password;
            part->ownDatabase = std::make_unique<Database>(settings);
            database = part->ownDatabase.get();
        }
        auto sql = database->sql();
        if (!sql)
            return sql.error();
        part->sql.emplace(std::move(*sql));
        auto transaction = part->sql->beginWrite(context);
        if (!transaction)
            return transaction.error();
        part->transaction.emplace(std::move(*transaction));
        const SqlConnection &own = *part->sql;
        BulkWriter writer(own, m_batchSize);

        if (u > 0) {
            // What a member would have filled in themselves.
            if (auto named = own.run(QStringLiteral("UPDATE users.users SET display_name = ?, email = ?"
                                                    " WHERE id = (SELECT auth.uid())"),
                    { user.displayName, user.email }, context);
                !named)
                return named.error();
        }

        const int interactions = generator.interactionsOf(u);
        for (int start = 0; start < interactions; start += m_batchSize) {
            const int end = qMin(interactions, start + m_batchSize);
            QList<Interaction> batch;
            batch.reserve(end - start);
            for (int k = firstInteraction + start; k < firstInteraction + end; ++k) {
                batch.append(generator.interaction(k));
                batch.last().userId = storedId;
            }
            if (auto written = writer.writeInteractions(batch); !written)
                return written.error();
            report.interactions += batch.size();
            notify(batch.size());
        }
        firstInteraction += interactions;

        QList<MediaList> lists;
        QList<ListItem> items;
        for (int l = 0; l < spec.lists; ++l) {
            if (generator.listOwner(l) != u)
                continue;
            lists.append(generator.list(l));
            lists.last().ownerId = storedId;
            items.append(generator.listItems(l));
        }
        if (auto written = writer.writeLists(lists); !written)
            return written.error();
        for (qsizetype start = 0; start < items.size(); start += m_batchSize) {
            const QList<ListItem> batch = items.mid(start, m_batchSize);
            if (auto written = writer.writeListItems(batch); !written)
                return written.error();
        }
        report.lists += lists.size();
        report.listItems += items.size();
        notify(lists.size() + items.size());
        parts.push_back(std::move(part));
    }

    // Every part is written: keep them all. A commit that fails now (the
    // server gone) leaves the parts before it, whose rows the catalogue's
    // removal then takes with it.
    for (const auto &part : parts) {
        if (auto committed = part->transaction->commit(); !committed)
            return committed.error();
    }
    report.stages.append({ stage, rowsDone, timer.elapsed() });
    qCInfo(lcStorage) << "generated the members' parts:" << rowsDone << "rows in" << timer.elapsed() << "ms";
    return {};
}

Result<void> HouseholdGeneration::removeCatalogue(const LibraryGenerator &generator) const
{
    auto sql = m_admin.sql();
    if (!sql)
        return sql.error();
    const QString context = tr("removing a partly generated library");
    constexpr int RemoveBatch = 500;
    // Newest first: relationships point from later items to earlier ones.
    for (int end = generator.spec().media; end > 0; end -= RemoveBatch) {
        QList<QUuid> ids;
        for (int i = qMax(0, end - RemoveBatch); i < end; ++i)
            ids.append(generator.mediaId(i));
        auto deleted = sql->run(QStringLiteral("DELETE FROM %1 WHERE %2")
                                    .arg(sql->table(Table::Media),
                                        sql->dialect().inJsonArray(QStringLiteral("id"), ColumnType::Uuid)),
            { SqlValues::uuidArray(ids) }, context);
        if (!deleted)
            return deleted.error();
    }
    return {};
}

} // namespace omt
