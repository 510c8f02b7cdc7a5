#include "LibraryGeneration.h"

#include "Database.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace omt {

namespace {
/// Makes the batches of [0, total) on a worker thread, one batch ahead of
/// the writer, so that generating overlaps with writing (LibraryGenerator
/// is pure and const, so this is safe).
template<typename T>
class Prefetch
{
public:
    using Make = std::function<QList<T>(int start, int end)>;

    Prefetch(int total, int batch, Make make)
        : m_total(total)
        , m_batch(batch)
        , m_make(std::move(make))
    {
        launch();
    }
    ~Prefetch() { m_future.waitForFinished(); }

    /// The next batch and the index after it; an empty batch at the end.
    QList<T> next(int *end)
    {
        if (m_start >= m_total) {
            *end = m_total;
            return {};
        }
        QList<T> batch = m_future.result();
        m_start = qMin(m_total, m_start + m_batch);
        *end = m_start;
        launch();
        return batch;
    }

private:
    void launch()
    {
        if (m_start >= m_total)
            return;
        const int start = m_start;
        const int end = qMin(m_total, start + m_batch);
        m_future = QtConcurrent::run([make = m_make, start, end] { return make(start, end); });
    }

    int m_total;
    int m_batch;
    Make m_make;
    int m_start = 0;
    QFuture<QList<T>> m_future;
};
} // namespace

LibraryGeneration::LibraryGeneration(Database &database, int batchSize)
    : m_database(database)
    , m_batchSize(qMax(1, batchSize))
{ }

Result<void> LibraryGeneration::checkEmpty(const SqlConnection &sql) const
{
    auto rows = sql.run(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(sql.table(Table::Media)), {},
        LibraryGeneration::tr("checking that the library is empty"));
    if (!rows)
        return rows.error();
    if (rows->next())
        return Error { Error::Code::AlreadyExists,
            LibraryGeneration::tr(
                "The library already holds items; a generated library is written into an empty one."),
            m_database.settings().displayName(), {} };
    return sql.finishRows(*rows);
}

Error LibraryGeneration::canceledError() const
{
    return Error { Error::Code::Canceled,
        LibraryGeneration::tr("Generating the library was canceled; nothing was kept."),
        m_database.settings().displayName(), {} };
}

QString LibraryGeneration::usersStage()
{
    return LibraryGeneration::tr("users");
}

QString LibraryGeneration::itemsStage()
{
    return LibraryGeneration::tr("items");
}

QString LibraryGeneration::listsStage()
{
    return LibraryGeneration::tr("lists");
}

void LibraryGeneration::commitInChunks(int items)
{
    m_chunkItems = qMax(1, items);
}

Result<GenerationReport> LibraryGeneration::run(
    const GeneratorSpec &spec, const Progress &progress, const Canceled &canceled)
{
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    QElapsedTimer total;
    total.start();
    auto report
        = m_chunkItems > 0 ? runInChunks(spec, progress, canceled) : runAtOnce(spec, progress, canceled);
    if (!report)
        return report;
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    if (auto analyzed = analyze(*sql); !analyzed)
        return analyzed.error();
    report->milliseconds = total.elapsed();
    return report;
}

Result<GenerationReport> LibraryGeneration::runAtOnce(
    const GeneratorSpec &spec, const Progress &progress, const Canceled &canceled) const
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    // All or nothing: one transaction for the whole library. Batches that
    // committed on their own left half a library after a kill, which a
    // second run then refused as not empty. Emptiness is checked inside it,
    // so that two runs at once cannot both find the library empty (SQLite:
    // the write lock is taken at the start).
    auto transaction = sql->beginWrite(LibraryGeneration::tr("generating a library"));
    if (!transaction)
        return transaction.error();
    if (auto empty = checkEmpty(*sql); !empty)
        return empty.error();
    GenerationReport report;
    if (auto written = write(*sql, spec, progress, canceled, report); !written)
        return written.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

Result<void> LibraryGeneration::analyze(const SqlConnection &sql) const
{
    // PostgreSQL plans by its statistics, which lag behind a bulk load until
    // autovacuum catches up; gather them now, once the rows are visible (an
    // interruption here loses only the statistics). SQLite is left alone: it
    // plans with the fixed statistics of schema/sqlite/0002, which every
    // library has from its first day, so a generated library is planned
    // exactly like one grown through the app (measured ones would replace them).
    if (sql.kind() != SqlDialect::Kind::PostgreSQL)
        return {};
    return sql.runDirect(QStringLiteral("ANALYZE"), LibraryGeneration::tr("gathering statistics"));
}

Result<void> LibraryGeneration::write(const SqlConnection &sql, const GeneratorSpec &spec,
    const Progress &progress, const Canceled &canceled, GenerationReport &report) const
{
    // Asked between batches; the caller's transaction then rolls everything back.
    const auto stop = [&canceled] { return canceled && canceled(); };
    BulkWriter writer(sql, m_batchSize);
    const LibraryGenerator generator(spec);
    const int batch = writer.batchSize();
    QElapsedTimer stageTimer;
    const auto notify = [&](const QString &stage, qint64 done, qint64 count) {
        if (progress)
            progress(stage, done, count);
    };
    const auto finishStage = [&](const QString &name, qint64 rows) {
        report.stages.append({ name, rows, stageTimer.elapsed() });
        qCInfo(lcStorage) << "generated" << rows << name << "in" << stageTimer.elapsed() << "ms";
    };

    // Users first (an existing owner profile keeps its account).
    stageTimer.start();
    const QString usersStage = LibraryGeneration::tr("users");
    QList<QUuid> madeUsers;
    auto stored = writeUsers(writer, generator, madeUsers);
    if (!stored)
        return stored.error();
    const QHash<QUuid, QUuid> userIds = *stored; // generated id -> stored id
    report.users = madeUsers.size();
    notify(usersStage, spec.users, spec.users);
    finishStage(usersStage, report.users);

    // The catalogue in one load (the library is empty; see BulkWriter::loadMedia).
    stageTimer.start();
    const QString mediaStage = LibraryGeneration::tr("media");
    notify(mediaStage, 0, spec.media);
    Prefetch<Media> media(spec.media, batch, [&generator](int start, int end) {
        QList<Media> items;
        items.reserve(end - start);
        for (int i = start; i < end; ++i)
            items.append(generator.media(i));
        return items;
    });
    bool stoppedLoad = false;
    auto loaded = writer.loadMedia([&]() {
        int end = 0;
        if (stop()) {
            stoppedLoad = true;
            return QList<Media>();
        }
        QList<Media> items = media.next(&end);
        if (!items.isEmpty())
            notify(mediaStage, end, spec.media);
        return items;
    });
    if (!loaded)
        return loaded.error();
    if (stoppedLoad)
        return canceledError();
    report.media = *loaded;
    finishStage(mediaStage, report.media);
    report.mediaMilliseconds = report.stages.last().milliseconds;

    // Links and relationships (which only point to items written before).
    stageTimer.start();
    const QString linksStage = LibraryGeneration::tr("links");
    notify(linksStage, 0, spec.media);
    for (int start = 0; start < spec.media; start += batch) {
        if (stop())
            return canceledError();
        const int end = qMin(spec.media, start + batch);
        QList<ExternalLink> links;
        QList<Relationship> relationships;
        for (int i = start; i < end; ++i) {
            links.append(generator.links(i));
            relationships.append(generator.relationships(i));
        }
        if (auto written = writer.writeLinks(links); !written)
            return written.error();
        if (auto written = writer.writeRelationships(relationships); !written)
            return written.error();
        report.links += links.size();
        report.relationships += relationships.size();
        notify(linksStage, end, spec.media);
    }
    finishStage(linksStage, report.links + report.relationships);

    stageTimer.start();
    const QString interactionsStage = LibraryGeneration::tr("interactions");
    notify(interactionsStage, 0, spec.interactions);
    Prefetch<Interaction> interactions(spec.interactions, batch, [&generator, &userIds](int start, int end) {
        QList<Interaction> items;
        items.reserve(end - start);
        for (int i = start; i < end; ++i) {
            items.append(generator.interaction(i));
            items.last().userId = userIds.value(items.last().userId);
        }
        return items;
    });
    int interactionsEnd = 0;
    for (QList<Interaction> items = interactions.next(&interactionsEnd); !items.isEmpty();
         items = interactions.next(&interactionsEnd)) {
        if (stop())
            return canceledError();
        if (auto written = writer.writeInteractions(items); !written)
            return written.error();
        report.interactions += items.size();
        notify(interactionsStage, interactionsEnd, spec.interactions);
    }
    finishStage(interactionsStage, report.interactions);

    stageTimer.start();
    const QString listsStage = LibraryGeneration::tr("lists");
    QList<MediaList> lists;
    for (int l = 0; l < spec.lists; ++l) {
        lists.append(generator.list(l));
        lists.last().ownerId = userIds.value(lists.last().ownerId);
    }
    if (auto written = writer.writeLists(lists); !written)
        return written.error();
    report.lists = lists.size();
    notify(listsStage, spec.lists, spec.lists);
    finishStage(listsStage, report.lists);

    stageTimer.start();
    const QString itemsStage = LibraryGeneration::tr("list items");
    const qint64 itemTotal = generator.totalListItems();
    notify(itemsStage, 0, itemTotal);
    QList<ListItem> items;
    for (int l = 0; l < spec.lists; ++l) {
        items.append(generator.listItems(l));
        if (items.size() < batch && l + 1 < spec.lists)
            continue;
        if (stop())
            return canceledError();
        if (auto written = writer.writeListItems(items); !written)
            return written.error();
        report.listItems += items.size();
        items.clear();
        notify(itemsStage, report.listItems, itemTotal);
    }
    finishStage(itemsStage, report.listItems);

    return {};
}

Result<GenerationReport> LibraryGeneration::runInChunks(
    const GeneratorSpec &spec, const Progress &progress, const Canceled &canceled) const
{
    const LibraryGenerator generator(spec);
    GenerationReport report;
    Committed committed;
    auto written = writeChunks(generator, progress, canceled, report, committed);
    if (written)
        return report;
    // Failed or canceled: what committed goes again, so that the library is
    // as it was. The error is the run's, whatever removing says.
    if (auto removed = removeCommitted(generator, committed); !removed) {
        qCWarning(lcStorage) << "could not remove a partly generated library:" << removed.error().toString();
        Error error = written.error();
        error.message += QLatin1Char(' ')
            + QCoreApplication::translate("omt::LibraryGeneration",
                "The %n items written before could not be removed: %1", nullptr, committed.media)
                  .arg(removed.error().message);
        error.detail += QStringLiteral("; removing: ") + removed.error().toString();
        return error;
    }
    return written.error();
}

Result<QHash<QUuid, QUuid>> LibraryGeneration::writeUsers(
    BulkWriter &writer, const LibraryGenerator &generator, QList<QUuid> &made) const
{
    // A generated username that exists already (the owner profile) keeps
    // its account, and its items go to that account.
    QList<User> users;
    QStringList usernames;
    for (int u = 0; u < generator.spec().users; ++u) {
        users.append(generator.user(u));
        usernames.append(users.last().username);
    }
    auto existing = writer.userIds(usernames);
    if (!existing)
        return existing.error();
    if (auto written = writer.writeUsers(users); !written)
        return written.error();
    QHash<QUuid, QUuid> userIds; // generated id -> stored id
    for (const User &u : std::as_const(users)) {
        const QUuid stored = existing->value(u.username, u.id);
        userIds.insert(u.id, stored);
        if (stored == u.id)
            made.append(u.id);
    }
    return userIds;
}

Result<void> LibraryGeneration::writeChunks(const LibraryGenerator &generator, const Progress &progress,
    const Canceled &canceled, GenerationReport &report, Committed &committed) const
{
    const GeneratorSpec &spec = generator.spec();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const auto notify = [&](const QString &stage, qint64 done, qint64 count) {
        if (progress)
            progress(stage, done, count);
    };
    const bool sqlite = sql->kind() == SqlDialect::Kind::SQLite;
    // Between chunks, when others may be waiting for the write lock.
    const auto yieldLock = [sqlite](qint64 heldMs) {
        // SQLite has no queue for its write lock: a waiting connection polls
        // (up to every 100 ms), and a writer that begins its next chunk at
        // once would win nearly every time until the waiter's busy timeout
        // ran out. A pause of a third of the time held leaves it a
        // gap it hits within a few polls. PostgreSQL locks rows, not the
        // library: nobody waits there.
        if (sqlite)
            QThread::msleep(ulong(qBound(qint64(5), heldMs / 3, qint64(100))));
    };
    QElapsedTimer stageTimer;
    const auto finishStage = [&](const QString &name, qint64 rows) {
        report.stages.append({ name, rows, stageTimer.elapsed() });
        qCInfo(lcStorage) << "generated" << rows << name << "in" << stageTimer.elapsed() << "ms";
    };

    // Each item's interactions go into its chunk: which chunk each
    // interaction belongs to, computed once (an int per interaction).
    const int chunkItems = m_chunkItems;
    const int chunks = qMax(1, (spec.media + chunkItems - 1) / chunkItems);
    QList<QList<int>> interactionsOfChunk(chunks);
    for (int k = 0; k < spec.interactions; ++k)
        interactionsOfChunk[generator.interactionMedia(k) / chunkItems].append(k);

    // Items with everything attached, a chunk per transaction. The users and
    // the check that the library is empty go into the first one, so that two
    // runs at once cannot both find it empty.
    stageTimer.start();
    const QString usersStage = LibraryGeneration::usersStage();
    const QString itemsStage = LibraryGeneration::itemsStage();
    QHash<QUuid, QUuid> userIds;
    for (int c = 0; c < chunks; ++c) {
        if (canceled && canceled())
            return canceledError();
        const int start = c * chunkItems;
        const int end = qMin(spec.media, start + chunkItems);
        // Made before the transaction begins: nobody waits for this part.
        QList<Media> media;
        QList<ExternalLink> links;
        QList<Relationship> relationships;
        for (int i = start; i < end; ++i) {
            media.append(generator.media(i));
            links.append(generator.links(i));
            relationships.append(generator.relationships(i));
        }
        QList<Interaction> interactions;
        if (c > 0) {
            for (int k : std::as_const(interactionsOfChunk.at(c))) {
                interactions.append(generator.interaction(k));
                interactions.last().userId = userIds.value(interactions.last().userId);
            }
        }

        QElapsedTimer held;
        held.start();
        auto transaction = sql->beginWrite(LibraryGeneration::tr("generating a library"));
        if (!transaction)
            return transaction.error();
        BulkWriter writer(*sql, m_batchSize);
        QList<QUuid> madeUsers;
        if (c == 0) {
            if (auto empty = checkEmpty(*sql); !empty)
                return empty.error();
            auto stored = writeUsers(writer, generator, madeUsers);
            if (!stored)
                return stored.error();
            userIds = *stored;
            for (int k : std::as_const(interactionsOfChunk.at(c))) {
                interactions.append(generator.interaction(k));
                interactions.last().userId = userIds.value(interactions.last().userId);
            }
        }
        if (auto written = writer.writeMedia(media); !written)
            return written.error();
        if (auto written = writer.writeLinks(links); !written)
            return written.error();
        if (auto written = writer.writeRelationships(relationships); !written)
            return written.error();
        if (auto written = writer.writeInteractions(interactions); !written)
            return written.error();
        if (auto done = transaction->commit(); !done)
            return done.error();
        if (c == 0) {
            committed.users = madeUsers;
            report.users = madeUsers.size();
            notify(usersStage, spec.users, spec.users);
            finishStage(usersStage, report.users);
        }
        committed.media = end;
        report.media += media.size();
        report.links += links.size();
        report.relationships += relationships.size();
        report.interactions += interactions.size();
        notify(itemsStage, end, spec.media);
        yieldLock(held.elapsed());
    }
    finishStage(itemsStage, report.media + report.links + report.relationships + report.interactions);
    report.mediaMilliseconds = report.stages.last().milliseconds;

    // Each list with its items in a transaction of its own: a list is seen whole.
    stageTimer.start();
    const QString listsStage = LibraryGeneration::listsStage();
    const qint64 itemTotal = generator.totalListItems();
    notify(listsStage, 0, itemTotal);
    for (int l = 0; l < spec.lists; ++l) {
        if (canceled && canceled())
            return canceledError();
        MediaList list = generator.list(l);
        list.ownerId = userIds.value(list.ownerId);
        const QList<ListItem> items = generator.listItems(l);
        QElapsedTimer held;
        held.start();
        auto transaction = sql->beginWrite(LibraryGeneration::tr("generating a library"));
        if (!transaction)
            return transaction.error();
        BulkWriter writer(*sql, m_batchSize);
        if (auto written = writer.writeLists({ list }); !written)
            return written.error();
        if (auto written = writer.writeListItems(items); !written)
            return written.error();
        if (auto done = transaction->commit(); !done)
            return done.error();
        committed.lists = l + 1;
        report.lists += 1;
        report.listItems += items.size();
        notify(listsStage, report.listItems, itemTotal);
        yieldLock(held.elapsed());
    }
    finishStage(listsStage, report.lists + report.listItems);
    return {};
}

Result<void> LibraryGeneration::removeCommitted(
    const LibraryGenerator &generator, const Committed &committed) const
{
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    const QString context = LibraryGeneration::tr("removing a partly generated library");
    // One statement per batch of ids, a transaction each, so that others
    // get their turn in between as they did while it was written; the
    // cascades take what hangs off each row (links, interactions, list items).
    const auto remove = [&](Table table, const QList<QUuid> &ids) -> Result<void> {
        if (ids.isEmpty())
            return {};
        auto transaction = sql->beginWrite(context);
        if (!transaction)
            return transaction.error();
        auto deleted
            = sql->run(QStringLiteral("DELETE FROM %1 WHERE %2")
                           .arg(d.table(table), d.inJsonArray(QStringLiteral("id"), ColumnType::Uuid)),
                { SqlValues::uuidArray(ids) }, context);
        if (!deleted)
            return deleted.error();
        return transaction->commit();
    };
    constexpr int RemoveBatch = 500;
    // Lists first, each with its items.
    for (int end = committed.lists; end > 0; end -= RemoveBatch) {
        QList<QUuid> ids;
        for (int l = qMax(0, end - RemoveBatch); l < end; ++l)
            ids.append(generator.list(l).id);
        if (auto removed = remove(Table::UserLists, ids); !removed)
            return removed;
    }
    // Newest items first: relationships point from later items to earlier
    // ones, so every state in between still has whole items.
    for (int end = committed.media; end > 0; end -= RemoveBatch) {
        QList<QUuid> ids;
        for (int i = qMax(0, end - RemoveBatch); i < end; ++i)
            ids.append(generator.mediaId(i));
        if (auto removed = remove(Table::Media, ids); !removed)
            return removed;
    }
    return remove(Table::Users, committed.users);
}

Result<int> assignCoverUrls(Database &database, const QString &urlPrefix, int distinct)
{
    if (distinct < 1)
        return Error::invalidInput(
            LibraryGeneration::tr("At least one cover is needed."), QString::number(distinct));
    auto sql = database.sql();
    if (!sql)
        return sql.error();
    const SqlDialect &d = sql->dialect();
    // The same statement on both backends: a window function numbers the
    // items, the UPDATE … FROM joins the numbers back (SQLite 3.33+).
    const QString statement = QStringLiteral(
        "UPDATE %1 AS m SET cover_url = CAST(? AS TEXT) || CAST(numbered.n % CAST(? AS INTEGER) AS TEXT)"
        " || '.jpg', updated_at = %2"
        " FROM (SELECT id, row_number() OVER (ORDER BY sort_title, id) - 1 AS n FROM %1) AS numbered"
        " WHERE m.id = numbered.id")
                                  .arg(d.table(Table::Media), d.param(ColumnType::Timestamp));
    auto query = sql->run(statement, { urlPrefix, distinct, SqlValues::timestamp(Timestamps::now()) },
        LibraryGeneration::tr("pointing the covers at %1").arg(urlPrefix));
    if (!query)
        return query.error();
    return SqlConnection::rowsAffected(*query);
}

} // namespace omt
