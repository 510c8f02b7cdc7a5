#include "LibraryImport.h"

#include "BulkWriter.h"
#include "Database.h"
#include "ExternalLinkRepository.h"
#include "ImportLookup.h"
#include "InteractionRepository.h"
#include "LargePageCache.h"
#include "ListRepository.h"
#include "SqlConnection.h"
#include "TableColumns.h"
#include "core/ExternalLinkUrls.h"
#include "core/ImportMerge.h"
#include "core/ListPositions.h"
#include "core/MediaValidation.h"
#include "core/TextKeys.h"
#include "core/Timestamps.h"

#include <QSet>

namespace omt {

using ImportLookup::IdentifierKey;
using ImportLookup::TitleCandidate;
using ImportLookup::TitleKey;

namespace {

/// List names compare without case: "Favorites" and "favorites" from two
/// exports are one list.
QString listKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

/// The identifiers of an item that can be stored, normalised as stored.
QList<IdentifierKey> identifierKeys(const ImportedItem &item)
{
    QList<IdentifierKey> keys;
    for (const ExternalLink &link : item.identifiers) {
        IdentifierKey key { link.source.trimmed().toLower(), link.externalKey.trimmed() };
        if (ExternalLinkUrls::isValidSourceKey(key.source) && !key.key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

TitleKey titleKey(const Media &media)
{
    return TitleKey { media.type, TextKeys::sortKey(media.title) };
}

/// Whether two lists of creators can be of one work: when either is unknown,
/// or they share a name (case and accents aside). "Emma" by Jane Austen is
/// not "Emma" by someone else of the same year.
bool sameCreators(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    for (const QString &name : a) {
        const QString key = TextKeys::sortKey(name);
        for (const QString &other : b) {
            if (TextKeys::sortKey(other) == key)
                return true;
        }
    }
    return false;
}

/// The catalogue item an item of this title is: of the candidates by the
/// same creators, the one of the same year or, when either year is
/// unknown, the only one there is.
QUuid pickByTitle(const QList<TitleCandidate> &all, const Media &media)
{
    QList<TitleCandidate> candidates;
    for (const TitleCandidate &candidate : all) {
        if (sameCreators(candidate.creators, media.creators))
            candidates.append(candidate);
    }
    const QDate &releaseDate = media.releaseDate;
    if (releaseDate.isValid()) {
        for (const TitleCandidate &candidate : candidates) {
            if (candidate.releaseDate.year() == releaseDate.year())
                return candidate.mediaId;
        }
        QList<QUuid> undated;
        for (const TitleCandidate &candidate : candidates) {
            if (!candidate.releaseDate.isValid())
                undated.append(candidate.mediaId);
        }
        return undated.size() == 1 ? undated.first() : QUuid();
    }
    return candidates.size() == 1 ? candidates.first().mediaId : QUuid();
}

} // namespace

/// What one run knows beyond a batch: the person's lists and where each
/// list's next entry goes.
struct ImportRunState
{
    QHash<QString, QUuid> listIds;
    /// Names of the person's smart lists: a shelf of that name gets a list
    /// of its own, named after the source, since rules decide what a smart
    /// list holds.
    QSet<QString> smartListNames;
    /// Each list's last position when the import began: what it adds goes after.
    QHash<QUuid, qint64> startPosition;
    /// The largest position given so far.
    QHash<QUuid, qint64> lastPosition;
    /// Lists made by this import (their entries need no lookup).
    QSet<QUuid> newLists;
};

/// One batch: matched, merged, then written in a constant number of statements.
class LibraryImport::Batch
{
public:
    Batch(const SqlConnection &sql, LibraryImport &import, ImportRunState &run)
        : m_sql(sql)
        , m_import(import)
        , m_run(run)
    { }

    Result<void> add(const QList<ImportedItem> &items, ImportTally &tally);

private:
    Result<void> resolve(const QList<ImportedItem> &items);
    QUuid listFor(const QString &name);
    qint64 nextPosition(const QUuid &listId, qint64 sourcePosition);
    Result<void> write(ImportTally &tally);

    const SqlConnection &m_sql;
    LibraryImport &m_import;
    ImportRunState &m_run;
    QDateTime m_now = Timestamps::now();

    /// Per item: its identifiers as stored, the catalogue item it is (null
    /// when left out) and whether this batch adds it.
    QList<QList<IdentifierKey>> m_identifiers;
    QList<QUuid> m_mediaIds;
    QList<bool> m_isNew;
    QList<Media> m_newMedia;
    QList<ExternalLink> m_newLinks;
    QList<MediaList> m_newLists;
    QHash<QUuid, Interaction> m_states;
    QList<QUuid> m_changedStates;
    QSet<QUuid> m_changed;
    QList<ListItem> m_newEntries;
};

Result<void> LibraryImport::Batch::resolve(const QList<ImportedItem> &items)
{
    QList<IdentifierKey> identifiers;
    QSet<IdentifierKey> seenIdentifiers;
    QList<TitleKey> titles;
    QSet<TitleKey> seenTitles;
    QList<Media> media;
    QList<TitleKey> titleKeys;
    media.reserve(items.size());
    titleKeys.reserve(items.size());
    m_identifiers.reserve(items.size());
    for (const ImportedItem &item : items) {
        m_identifiers.append(identifierKeys(item));
        for (const IdentifierKey &key : m_identifiers.constLast()) {
            if (!seenIdentifiers.contains(key)) {
                seenIdentifiers.insert(key);
                identifiers.append(key);
            }
        }
        media.append(MediaValidation::normalized(item.media));
        titleKeys.append(titleKey(media.constLast()));
        if (!seenTitles.contains(titleKeys.constLast())) {
            seenTitles.insert(titleKeys.constLast());
            titles.append(titleKeys.constLast());
        }
    }
    auto byIdentifier = ImportLookup::itemsByIdentifier(m_sql, identifiers);
    if (!byIdentifier)
        return byIdentifier.error();
    auto byTitle = ImportLookup::itemsByTitle(m_sql, titles);
    if (!byTitle)
        return byTitle.error();

    for (qsizetype i = 0; i < items.size(); ++i) {
        Media &item = media[i];
        if (auto valid = MediaValidation::validate(item); !valid) {
            if (m_import.m_problems.size() < MaxKeptProblems)
                m_import.m_problems.append(ImportProblem { {}, items.at(i).line, valid.error().message });
            m_mediaIds.append(QUuid());
            m_isNew.append(false);
            continue;
        }
        const QList<IdentifierKey> &keys = m_identifiers.at(i);
        QUuid id;
        for (const IdentifierKey &key : keys) {
            id = byIdentifier->value(key);
            if (!id.isNull())
                break;
        }
        const TitleKey &title = titleKeys.at(i);
        if (id.isNull())
            id = pickByTitle(byTitle->value(title), item);
        const bool isNew = id.isNull();
        if (isNew) {
            item.id = id = QUuid::createUuid();
            item.createdAt = item.updatedAt = m_now;
            m_newMedia.append(item);
            // Later rows of this batch find it as they would find a stored one.
            (*byTitle)[title].append(TitleCandidate { id, item.releaseDate, item.creators });
        }
        for (const IdentifierKey &key : keys) {
            if (!byIdentifier->contains(key))
                byIdentifier->insert(key, id);
        }
        m_mediaIds.append(id);
        m_isNew.append(isNew);
    }
    return {};
}

QUuid LibraryImport::Batch::listFor(const QString &name)
{
    QString wanted = name.trimmed();
    if (m_run.smartListNames.contains(listKey(wanted)))
        wanted = QStringLiteral("%1 (%2)").arg(wanted, m_import.m_source);
    const QString key = listKey(wanted);
    if (const auto it = m_run.listIds.constFind(key); it != m_run.listIds.cend())
        return *it;
    MediaList list;
    list.id = QUuid::createUuid();
    list.ownerId = m_import.m_userId;
    list.name = wanted;
    list.createdAt = list.updatedAt = m_now;
    m_newLists.append(list);
    m_run.listIds.insert(key, list.id);
    m_run.newLists.insert(list.id);
    return list.id;
}

qint64 LibraryImport::Batch::nextPosition(const QUuid &listId, qint64 sourcePosition)
{
    // Entries go after what the list held when the import began, in the
    // source's order where it gives one, in the order of the rows otherwise.
    // Positions beyond a billion are typos; capped, the key cannot overflow.
    sourcePosition = qMin(sourcePosition, qint64(1000000000));
    qint64 &last = m_run.lastPosition[listId];
    const qint64 position = sourcePosition > 0
        ? m_run.startPosition.value(listId) + sourcePosition * ListPositions::Step
        : last + ListPositions::Step;
    last = qMax(last, position);
    return position;
}

Result<void> LibraryImport::Batch::add(const QList<ImportedItem> &items, ImportTally &tally)
{
    if (auto resolved = resolve(items); !resolved)
        return resolved.error();

    QList<QUuid> matched;
    QSet<QUuid> seenMatched;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!m_mediaIds.at(i).isNull() && !m_isNew.at(i) && !seenMatched.contains(m_mediaIds.at(i))) {
            seenMatched.insert(m_mediaIds.at(i));
            matched.append(m_mediaIds.at(i));
        }
    }
    auto links = ExternalLinkRepository::forMediaOn(m_sql, matched);
    if (!links)
        return links.error();
    QSet<QString> storedLinks;
    const auto linkName = [](const QUuid &media, const QString &source, const QString &key) -> QString {
        return media.toString(QUuid::WithoutBraces) + QLatin1Char(' ') + source + QLatin1Char(' ') + key;
    };
    for (const ExternalLink &link : *links)
        storedLinks.insert(linkName(link.mediaId, link.source, link.externalKey));
    auto states = InteractionRepository::ofMediaOn(m_sql, m_import.m_userId, matched, true);
    if (!states)
        return states.error();
    for (const Interaction &state : *states)
        m_states.insert(state.mediaId, state);

    // Entries of the lists this batch names that the library holds already.
    QList<QUuid> namedLists;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (m_mediaIds.at(i).isNull())
            continue;
        for (const ImportedListEntry &entry : items.at(i).lists) {
            const QUuid id = listFor(entry.listName);
            if (!m_run.newLists.contains(id) && !namedLists.contains(id))
                namedLists.append(id);
        }
    }
    auto entries = ImportLookup::listEntries(m_sql, namedLists, matched);
    if (!entries)
        return entries.error();

    for (qsizetype i = 0; i < items.size(); ++i) {
        const QUuid mediaId = m_mediaIds.at(i);
        if (mediaId.isNull())
            continue;
        const ImportedItem &item = items.at(i);
        bool created = m_isNew.at(i);
        bool changed = false;
        for (const IdentifierKey &key : m_identifiers.at(i)) {
            const QString name = linkName(mediaId, key.source, key.key);
            if (storedLinks.contains(name))
                continue;
            storedLinks.insert(name);
            m_newLinks.append(ExternalLink { QUuid::createUuid(), mediaId, key.source, key.key, {}, m_now });
            changed = true;
        }
        const auto stored = m_states.constFind(mediaId);
        const bool hadState = stored != m_states.cend();
        auto merged = ImportMerge::merge(
            hadState ? std::optional<Interaction>(*stored) : std::nullopt, item, m_import.m_source, m_now);
        if (merged) {
            merged->userId = m_import.m_userId;
            merged->mediaId = mediaId;
            m_states.insert(mediaId, *merged);
            if (!m_changed.contains(mediaId)) {
                m_changed.insert(mediaId);
                m_changedStates.append(mediaId);
            }
            (hadState ? changed : created) = true;
        }
        for (const ImportedListEntry &entry : item.lists) {
            const QUuid listId = listFor(entry.listName);
            if (entries->contains({ listId, mediaId }))
                continue;
            entries->insert({ listId, mediaId });
            m_newEntries.append(ListItem { listId, mediaId, nextPosition(listId, entry.position), m_now });
            changed = true;
        }
        ++tally.rows;
        if (created)
            ++tally.created;
        else if (changed)
            ++tally.updated;
        else
            ++tally.unchanged;
    }
    return write(tally);
}

Result<void> LibraryImport::Batch::write(ImportTally &tally)
{
    BulkWriter writer(m_sql);
    if (auto written = writer.writeMedia(m_newMedia); !written)
        return written.error();
    if (auto written = writer.writeLinks(m_newLinks); !written)
        return written.error();
    if (auto written = writer.writeLists(m_newLists); !written)
        return written.error();
    QList<Interaction> states;
    states.reserve(m_changedStates.size());
    for (const QUuid &id : std::as_const(m_changedStates))
        states.append(m_states.value(id));
    if (auto written = writer.upsertInteractions(states); !written)
        return written.error();
    if (auto written = writer.writeListItems(m_newEntries); !written)
        return written.error();
    tally.newMedia += m_newMedia.size();
    tally.newLists += m_newLists.size();
    return {};
}

LibraryImport::LibraryImport(Database &database, QUuid userId, QString source)
    : m_database(database)
    , m_userId(userId)
    , m_source(std::move(source))
{ }

LibraryImport::~LibraryImport() = default;

Result<ImportTally> LibraryImport::run(const NextBatch &next, Mode mode)
{
    m_problems.clear();
    auto sql = m_database.sql();
    if (!sql)
        return sql.error();
    auto transaction = sql->beginWrite(tr("importing"));
    if (!transaction)
        return transaction.error();
    auto cache = LargePageCache::raise(*sql, tr("importing"));
    if (!cache)
        return cache.error();

    ImportRunState run;
    auto lists = ListRepository(m_database).listsOf(m_userId);
    if (!lists)
        return lists.error();
    QList<QUuid> listIds;
    for (const MediaList &list : *lists) {
        if (list.type != ListType::Manual) {
            run.smartListNames.insert(listKey(list.name));
            continue;
        }
        run.listIds.insert(listKey(list.name), list.id);
        listIds.append(list.id);
    }
    auto last = ImportLookup::lastPositions(*sql, listIds);
    if (!last)
        return last.error();
    run.startPosition = *last;
    run.lastPosition = *last;

    ImportTally tally;
    while (true) {
        if (m_canceled && m_canceled())
            return Error { Error::Code::Canceled, tr("The import was canceled; nothing was imported."), {},
                {} };
        auto items = next();
        if (!items)
            return items.error();
        if (items->isEmpty())
            break;
        Batch batch(*sql, *this, run);
        if (auto added = batch.add(*items, tally); !added)
            return added.error();
        if (m_progress)
            m_progress(tally.rows);
    }
    if (mode == Mode::DryRun)
        return tally; // the transaction rolls back as it ends
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return tally;
}

} // namespace omt
