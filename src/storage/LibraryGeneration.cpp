#include "LibraryGeneration.h"

#include "Database.h"
#include "SqlValues.h"
#include "StorageLog.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace omt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omt::LibraryGeneration", text);
}

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
        tr("checking that the library is empty"));
    if (!rows)
        return rows.error();
    if (rows->next())
        return Error { Error::Code::AlreadyExists,
            tr("The library already holds items; a generated library is written into an empty one."),
            m_database.settings().displayName(), {} };
    return sql.finishRows(*rows);
}

Result<GenerationReport> LibraryGeneration::run(const GeneratorSpec &spec, const Progress &progress)
{
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    QElapsedTimer total;
    total.start();

    // All or nothing: one transaction for the whole library. Batches that
    // committed on their own left half a library after a kill, which a
    // second run then refused as not empty. Emptiness is checked inside it,
    // so that two runs at once cannot both find the library empty (SQLite:
    // the write lock is taken at the start).
    auto transaction = sql->beginWrite(tr("generating a library"));
    if (!transaction)
        return transaction.error();
    if (auto empty = checkEmpty(*sql); !empty)
        return empty.error();
    GenerationReport report;
    if (auto written = write(*sql, spec, progress, report); !written)
        return written.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();

    // PostgreSQL plans by its statistics, which lag behind a bulk load until
    // autovacuum catches up; gather them now, once the rows are visible (an
    // interruption here loses only the statistics). SQLite is left alone: it
    // plans with the fixed statistics of schema/sqlite/0002, which every
    // library has from its first day, so a generated library is planned
    // exactly like one grown through the app (measured ones would replace them).
    if (m_database.kind() == SqlDialect::Kind::PostgreSQL) {
        if (auto analyzed = sql->runDirect(QStringLiteral("ANALYZE"), tr("gathering statistics")); !analyzed)
            return analyzed.error();
    }

    report.milliseconds = total.elapsed();
    return report;
}

Result<void> LibraryGeneration::write(const SqlConnection &sql, const GeneratorSpec &spec,
    const Progress &progress, GenerationReport &report) const
{
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

    // Users first. A generated username that exists already (the owner
    // profile made by init) keeps its account; its items go to that account.
    stageTimer.start();
    const QString usersStage = tr("users");
    QList<User> users;
    QStringList usernames;
    for (int u = 0; u < spec.users; ++u) {
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
        report.users += stored == u.id ? 1 : 0;
    }
    notify(usersStage, spec.users, spec.users);
    finishStage(usersStage, report.users);

    // The catalogue in one load (the library is empty; see BulkWriter::loadMedia).
    stageTimer.start();
    const QString mediaStage = tr("media");
    notify(mediaStage, 0, spec.media);
    Prefetch<Media> media(spec.media, batch, [&generator](int start, int end) {
        QList<Media> items;
        items.reserve(end - start);
        for (int i = start; i < end; ++i)
            items.append(generator.media(i));
        return items;
    });
    auto loaded = writer.loadMedia([&]() {
        int end = 0;
        QList<Media> items = media.next(&end);
        if (!items.isEmpty())
            notify(mediaStage, end, spec.media);
        return items;
    });
    if (!loaded)
        return loaded.error();
    report.media = *loaded;
    finishStage(mediaStage, report.media);
    report.mediaMilliseconds = report.stages.last().milliseconds;

    // Links and relationships (which only point to items written before).
    stageTimer.start();
    const QString linksStage = tr("links");
    notify(linksStage, 0, spec.media);
    for (int start = 0; start < spec.media; start += batch) {
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
    const QString interactionsStage = tr("interactions");
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
        if (auto written = writer.writeInteractions(items); !written)
            return written.error();
        report.interactions += items.size();
        notify(interactionsStage, interactionsEnd, spec.interactions);
    }
    finishStage(interactionsStage, report.interactions);

    stageTimer.start();
    const QString listsStage = tr("lists");
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
    const QString itemsStage = tr("list items");
    const qint64 itemTotal = generator.totalListItems();
    notify(itemsStage, 0, itemTotal);
    QList<ListItem> items;
    for (int l = 0; l < spec.lists; ++l) {
        items.append(generator.listItems(l));
        if (items.size() < batch && l + 1 < spec.lists)
            continue;
        if (auto written = writer.writeListItems(items); !written)
            return written.error();
        report.listItems += items.size();
        items.clear();
        notify(itemsStage, report.listItems, itemTotal);
    }
    finishStage(itemsStage, report.listItems);

    return {};
}

Result<int> assignCoverUrls(Database &database, const QString &urlPrefix, int distinct)
{
    if (distinct < 1)
        return Error::invalidInput(tr("At least one cover is needed."), QString::number(distinct));
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
        tr("pointing the covers at %1").arg(urlPrefix));
    if (!query)
        return query.error();
    return SqlConnection::rowsAffected(*query);
}

} // namespace omt
