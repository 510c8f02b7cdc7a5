#include "LibraryTableModel.h"

#include "ListContents.h"
#include "MediaIdsMime.h"
#include "ModelRoles.h"
#include "storage/AsyncStorage.h"

#include <QCollator>
#include <QLocale>
#include <QMimeData>
#include <QPointer>

#include <algorithm>

namespace omt {

namespace {
// Beyond this many rows from the nearest known cursor a page waits for the
// page anchors instead of reading past the rows in between.
constexpr int MaxSkippedRows = 2 * LibraryTableModel::PageSize;

/// The user's interactions attached to the given media, in their order.
Result<QList<LibraryRow>> withInteractions(
    Repositories &r, const QUuid &userId, const QList<MediaSummary> &media)
{
    QList<QUuid> ids;
    ids.reserve(media.size());
    for (const MediaSummary &item : media)
        ids.append(item.id);
    QHash<QUuid, Interaction> interactions;
    if (!userId.isNull() && !ids.isEmpty()) {
        auto found = r.interactions.forMedia(userId, ids);
        if (!found)
            return found.error();
        interactions = std::move(*found);
    }
    QList<LibraryRow> rows;
    rows.reserve(media.size());
    for (const MediaSummary &item : media) {
        LibraryRow row { item, std::nullopt };
        if (const auto it = interactions.constFind(item.id); it != interactions.cend())
            row.interaction = *it;
        rows.append(std::move(row));
    }
    return rows;
}

QString progressText(const LibraryRow &row)
{
    if (!row.interaction)
        return {};
    const int progress = row.interaction->progress;
    switch (progressUnit(row.media.type)) {
    case ProgressUnit::Pages: return LibraryTableModel::tr("%n page(s)", nullptr, progress);
    case ProgressUnit::Episodes: return LibraryTableModel::tr("%n episode(s)", nullptr, progress);
    case ProgressUnit::Chapters: return LibraryTableModel::tr("%n chapter(s)", nullptr, progress);
    case ProgressUnit::Minutes: return LibraryTableModel::tr("%n min", nullptr, progress);
    case ProgressUnit::Percent: return LibraryTableModel::tr("%1%").arg(progress);
    case ProgressUnit::Plays: return LibraryTableModel::tr("%n play(s)", nullptr, progress);
    }
    return QString::number(progress);
}

QString ratingText(int rating)
{
    // Five stars in half steps: 7 of 10 is three and a half stars.
    QString stars(rating / 2, QChar(0x2605));
    if (rating % 2)
        stars += QChar(0x00BD);
    return stars;
}
} // namespace

struct LibraryTableModel::Load
{
    int rowCount = 0;
    QList<LibraryRow> rows;
    PageCursor next;
    /// Lists: see ListContents.
    int matched = 0;
    bool hasRefinement = false;
};

LibraryTableModel::LibraryTableModel(AsyncStorage &storage, const QUuid &userId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_userId(userId)
    , m_covers(new RowCovers(this))
{
    connect(m_covers, &RowCovers::coverChanged, this, &LibraryTableModel::coverChanged);
    connect(this, &QAbstractItemModel::modelReset, m_covers, &RowCovers::forgetRows);
}

LibraryTableModel::~LibraryTableModel() = default;

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LibraryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LibraryTableModel::flags(const QModelIndex &index) const
{
    // Drops go between rows (the root), never onto a row: the view then
    // draws the line where the items will go.
    if (!index.isValid())
        return isReorderable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
}

QStringList LibraryTableModel::mimeTypes() const
{
    return { MediaIdsMime::type() };
}

QMimeData *LibraryTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QUuid> ids;
    QStringList titles;
    for (int row : std::as_const(rows)) {
        // A drag must carry every item it shows: rows never loaded (a
        // select-all over a huge library) would need reading first, so such
        // a selection is not dragged at all (Add to List reads them).
        const LibraryRow *value = loadedRowAt(row);
        if (!value)
            return nullptr;
        ids.append(value->media.id);
        titles.append(value->media.title);
    }
    if (ids.isEmpty())
        return nullptr;
    return MediaIdsMime::encode(ids, titles);
}

Qt::DropActions LibraryTableModel::supportedDragActions() const
{
    // Copy: onto a list in the sidebar; move: within a manual list.
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions LibraryTableModel::supportedDropActions() const
{
    return isReorderable() ? Qt::MoveAction | Qt::CopyAction : Qt::IgnoreAction;
}

bool LibraryTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (!isReorderable() || parent.isValid() || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    // Only items of this list can be reordered in it.
    const QList<QUuid> ids = MediaIdsMime::decode(data);
    if (ids.isEmpty())
        return false;
    return std::all_of(ids.cbegin(), ids.cend(), [this](const QUuid &id) { return rowOf(id).has_value(); });
}

bool LibraryTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<QUuid> ids = MediaIdsMime::decode(data);
    Q_EMIT moveRequested(ids, moveAnchor(ids, row < 0 ? m_rowCount : row));
    // The rows move once the write is done (applyPlacement). The dragging
    // view may then call removeRows, which this model does not do.
    return true;
}

QUuid LibraryTableModel::moveAnchor(const QList<QUuid> &mediaIds, int row) const
{
    const QSet<QUuid> moved(mediaIds.cbegin(), mediaIds.cend());
    for (int r = qMax(0, row); r < m_rowCount && r < m_allRows.size(); ++r) {
        const QUuid id = m_allRows.at(r).media.id;
        if (!moved.contains(id))
            return id;
    }
    return {};
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Title: return tr("Title");
        case Type: return tr("Type");
        case Year: return tr("Year");
        case Creators: return tr("Creators");
        case Status: return tr("Status");
        case Progress: return tr("Progress");
        case Rating: return tr("Rating");
        case Class: return tr("Class");
        case Country: return tr("Country");
        case Added: return tr("Added");
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == Year || section == Progress) ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !isSortable(section) && m_source.kind == LibrarySource::Kind::Catalogue)
        return tr("The library can be sorted by title, year and date added.");
    return {};
}

bool LibraryTableModel::isSortable(int column)
{
    return column == Title || column == Year || column == Added;
}

const LibraryRow *LibraryTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (!isPaged())
        return row < m_allRows.size() ? &m_allRows.at(row) : nullptr;
    if (const LibraryRow *cached = m_cache.row(row))
        return cached;
    requestPage(m_cache.pageOf(row));
    return nullptr;
}

const LibraryRow *LibraryTableModel::loadedRowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (!isPaged())
        return row < m_allRows.size() ? &m_allRows.at(row) : nullptr;
    return m_cache.peek(row);
}

void LibraryTableModel::idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
    std::function<void(Result<QList<QUuid>>)> done) const
{
    QList<QUuid> ids;
    bool complete = true;
    for (const auto &[first, last] : ranges) {
        for (int row = first; row <= last && complete; ++row) {
            if (const LibraryRow *value = loadedRowAt(row))
                ids.append(value->media.id);
            else
                complete = false;
        }
    }
    if (complete) {
        done(ids);
        return;
    }
    // Rows not in memory: read just their ids, from the closest known cursor
    // before each range, in pages of the repository's largest size.
    struct Range
    {
        PageCursor start;
        int skip = 0;
        int count = 0;
    };
    QList<Range> reads;
    for (const auto &[first, last] : ranges) {
        const KeysetCursors::Start start = m_cursors.nearestBefore(first);
        reads.append(Range { start.cursor, first - (start.afterRow + 1), last - first + 1 });
    }
    const MediaQuery query = m_source.query;
    const quint64 layout = m_layoutVersion;
    auto *self = const_cast<LibraryTableModel *>(this);
    QPointer<QObject> guard(receiver);
    m_storage.run(
        [query, reads](Repositories &r) -> Result<QList<QUuid>> {
            constexpr int Batch = 5000;
            QList<QUuid> found;
            for (const Range &range : reads) {
                PageCursor cursor = range.start;
                int skip = range.skip;
                int wanted = range.count;
                while (wanted > 0) {
                    auto page = r.media.page(query, cursor, Batch);
                    if (!page)
                        return page.error();
                    for (const MediaSummary &item : std::as_const(page->rows)) {
                        if (skip > 0) {
                            --skip;
                        } else if (wanted > 0) {
                            found.append(item.id);
                            --wanted;
                        }
                    }
                    if (page->next.isStart())
                        break;
                    cursor = page->next;
                }
            }
            return found;
        },
        self,
        [self, ranges, layout, guard, done](Result<QList<QUuid>> found) {
            if (!guard)
                return;
            if (layout != self->m_layoutVersion) {
                // Rows moved meanwhile: the ranges mean other items now.
                self->idsOfRows(ranges, guard, done);
                return;
            }
            done(std::move(found));
        });
}

QUuid LibraryTableModel::mediaIdAt(int row) const
{
    const LibraryRow *value = rowAt(row);
    return value ? value->media.id : QUuid();
}

std::optional<int> LibraryTableModel::rowOf(const QUuid &mediaId) const
{
    if (isPaged())
        return m_cache.rowOf(mediaId);
    for (qsizetype i = 0; i < m_allRows.size(); ++i) {
        if (m_allRows.at(i).media.id == mediaId)
            return int(i);
    }
    return std::nullopt;
}

QVariant LibraryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryRow *row = rowAt(index.row());
    if (!row) {
        if (role == LoadingRole)
            return true;
        return {};
    }
    const MediaSummary &media = row->media;
    switch (role) {
    case Qt::DisplayRole: return displayData(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Creators)
            return displayData(*row, index.column());
        return {};
    case Qt::TextAlignmentRole: return headerData(index.column(), Qt::Horizontal, role);
    case MediaIdRole: return media.id;
    case MediaTypeRole: return int(media.type);
    case MediaSummaryRole: return QVariant::fromValue(media);
    case StatusRole: return row->interaction ? QVariant(int(row->interaction->status)) : QVariant();
    case RatingRole:
        return row->interaction && row->interaction->rating ? QVariant(*row->interaction->rating)
                                                            : QVariant();
    case ProgressRole: return row->interaction ? QVariant(row->interaction->progress) : QVariant();
    case YearRole: return media.releaseDate.isValid() ? QVariant(media.releaseDate.year()) : QVariant();
    case LoadingRole: return false;
    case Qt::DecorationRole:
        return index.column() == Title ? m_covers->thumbnail(media, index.row()) : QVariant();
    case CoverRole: return m_covers->cover(media, index.row());
    case CoverStateRole: return int(m_covers->state(media));
    default: return {};
    }
}

void LibraryTableModel::setCoverLoader(CoverLoader *loader)
{
    m_covers->setLoader(loader);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(
            index(0, Title), index(m_rowCount - 1, Title), { Qt::DecorationRole, CoverRole, CoverStateRole });
}

void LibraryTableModel::setCoverSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio)
{
    m_covers->setSizes(thumbnail, cover, devicePixelRatio);
    m_covers->forgetRows();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(
            index(0, Title), index(m_rowCount - 1, Title), { Qt::DecorationRole, CoverRole, CoverStateRole });
}

void LibraryTableModel::coverChanged(const QString &url, const QSet<int> &rows)
{
    // Rows are numbered as they were when they asked; one that has moved
    // since asks again when it is painted.
    for (int row : rows) {
        const LibraryRow *value = loadedRowAt(row);
        if (value && value->media.coverUrl == url)
            Q_EMIT dataChanged(
                index(row, Title), index(row, Title), { Qt::DecorationRole, CoverRole, CoverStateRole });
    }
}

QVariant LibraryTableModel::displayData(const LibraryRow &row, int column) const
{
    const MediaSummary &media = row.media;
    switch (Column(column)) {
    case Title: return media.title;
    case Type: return displayName(media.type);
    case Year: return media.releaseDate.isValid() ? QString::number(media.releaseDate.year()) : QString();
    case Creators: return media.creators.join(QStringLiteral(", "));
    case Status: return row.interaction ? displayName(row.interaction->status) : QString();
    case Progress: return progressText(row);
    case Rating:
        return row.interaction && row.interaction->rating ? ratingText(*row.interaction->rating) : QString();
    case Class: return media.mediaClass;
    case Country: return media.country;
    case Added: return QLocale().toString(media.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

void LibraryTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_source.isOrderedList())
        return;
    if (m_source.kind == LibrarySource::Kind::Search) {
        m_loadedSortColumn = column;
        m_loadedSortOrder = order;
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        sortLoadedRows();
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    if (!isSortable(column))
        return;
    LibrarySource source = m_requestedSource;
    source.query.sortKey = column == Year ? MediaSortKey::ReleaseDate
        : column == Added                 ? MediaSortKey::CreatedAt
                                          : MediaSortKey::Title;
    source.query.direction
        = order == Qt::AscendingOrder ? SortDirection::Ascending : SortDirection::Descending;
    setSource(source);
}

void LibraryTableModel::sortLoadedRows()
{
    // Only persistent indexes of the rows need updating; search results are
    // at most SearchLimit rows, so this is cheap.
    const QModelIndexList before = persistentIndexList();
    QList<QUuid> beforeIds;
    for (const QModelIndex &index : before)
        beforeIds.append(index.row() < m_allRows.size() ? m_allRows.at(index.row()).media.id : QUuid());
    if (m_loadedSortColumn >= 0) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const int column = m_loadedSortColumn;
        const bool ascending = m_loadedSortOrder == Qt::AscendingOrder;
        std::stable_sort(m_allRows.begin(), m_allRows.end(), [&](const LibraryRow &a, const LibraryRow &b) {
            int c = 0;
            if (column == Year)
                c = a.media.releaseDate < b.media.releaseDate   ? -1
                    : b.media.releaseDate < a.media.releaseDate ? 1
                                                                : 0;
            else if (column == Added)
                c = a.media.createdAt < b.media.createdAt   ? -1
                    : b.media.createdAt < a.media.createdAt ? 1
                                                            : 0;
            else if (column == Rating || column == Progress) {
                const int va = column == Rating ? (a.interaction ? a.interaction->rating.value_or(0) : 0)
                                                : (a.interaction ? a.interaction->progress : -1);
                const int vb = column == Rating ? (b.interaction ? b.interaction->rating.value_or(0) : 0)
                                                : (b.interaction ? b.interaction->progress : -1);
                c = va < vb ? -1 : vb < va ? 1 : 0;
            } else
                c = collator.compare(displayData(a, column).toString(), displayData(b, column).toString());
            return ascending ? c < 0 : c > 0;
        });
    }
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const std::optional<int> row = rowOf(beforeIds.at(i));
        after.append(row ? index(*row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
}

void LibraryTableModel::setSource(const LibrarySource &source)
{
    if (source == m_requestedSource && (m_loadInFlight || m_sourceGeneration > 0))
        return;
    requestSource(source);
}

void LibraryTableModel::requestSource(const LibrarySource &source)
{
    m_requestedSource = source;
    // One load at a time: fast typing queues only the newest text.
    if (m_loadInFlight) {
        m_sourcePending = true;
        return;
    }
    startLoad(source);
}

void LibraryTableModel::reload()
{
    requestSource(m_requestedSource);
}

void LibraryTableModel::startLoad(const LibrarySource &source)
{
    m_loadInFlight = true;
    m_sourcePending = false;
    setLoading(true);
    const QUuid userId = m_userId;
    m_storage.run(
        [source, userId](Repositories &r) -> Result<Load> {
            Load load;
            switch (source.kind) {
            case LibrarySource::Kind::Catalogue: {
                auto count = r.media.count(source.query);
                if (!count)
                    return count.error();
                auto page = r.media.page(source.query, PageCursor {}, PageSize);
                if (!page)
                    return page.error();
                auto rows = withInteractions(r, userId, page->rows);
                if (!rows)
                    return rows.error();
                return Load { *count, std::move(*rows), page->next };
            }
            case LibrarySource::Kind::Search: {
                auto found = r.media.search(source.searchText, SearchLimit);
                if (!found)
                    return found.error();
                auto rows = withInteractions(r, userId, *found);
                if (!rows)
                    return rows.error();
                const int count = int(rows->size());
                return Load { count, std::move(*rows), {} };
            }
            case LibrarySource::Kind::List:
            case LibrarySource::Kind::SmartList: {
                auto contents = ListContents::read(r, source, userId);
                if (!contents)
                    return contents.error();
                auto rows = withInteractions(r, userId, contents->media);
                if (!rows)
                    return rows.error();
                const int count = int(rows->size());
                return Load { count, std::move(*rows), {}, contents->matched, contents->hasRefinement };
            }
            }
            return load;
        },
        this, [this, source](Result<Load> load) { finishLoad(source, std::move(load)); });
}

void LibraryTableModel::finishLoad(const LibrarySource &source, Result<Load> load)
{
    m_loadInFlight = false;
    // Something was asked for while this load ran: newer typing, or a reload
    // after a write this load may not have seen. Only the newest request counts.
    if (m_sourcePending) {
        startLoad(m_requestedSource);
        return;
    }
    setLoading(false);
    if (!load) {
        Q_EMIT errorOccurred(load.error().message);
        return;
    }
    beginResetModel();
    ++m_sourceGeneration;
    ++m_layoutVersion;
    if (source.kind != m_source.kind)
        m_loadedSortColumn = -1;
    m_source = source;
    m_rowCount = load->rowCount;
    m_matched = source.isOrderedList() ? load->matched : load->rowCount;
    m_listHasRefinement = load->hasRefinement;
    m_cache.clear();
    m_cursors.clear();
    m_pagesInFlight.clear();
    m_pagesWaitingForAnchors.clear();
    m_anchorsInFlight = false;
    m_anchorsLoaded = false;
    m_allRows.clear();
    if (isPaged()) {
        m_cursors.put(int(load->rows.size()) - 1, load->next);
        m_cache.putPage(0, load->rows);
    } else {
        m_allRows = std::move(load->rows);
        if (m_loadedSortColumn >= 0)
            sortLoadedRows();
    }
    endResetModel();
    Q_EMIT loaded();
}

void LibraryTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LibraryTableModel::requestPage(int page) const
{
    if (m_pagesInFlight.contains(page) || m_pagesWaitingForAnchors.contains(page))
        return;
    const KeysetCursors::Start start = m_cursors.nearestBefore(page * PageSize);
    if (page * PageSize - (start.afterRow + 1) > MaxSkippedRows && !m_anchorsLoaded) {
        m_pagesWaitingForAnchors.insert(page);
        requestAnchors();
        return;
    }
    fetchCataloguePage(page);
}

void LibraryTableModel::fetchCataloguePage(int page) const
{
    const int firstRow = page * PageSize;
    const KeysetCursors::Start start = m_cursors.nearestBefore(firstRow);
    const int skip = firstRow - (start.afterRow + 1);
    const int limit = qMin(PageSize, m_rowCount - firstRow);
    if (limit <= 0)
        return;
    m_pagesInFlight.insert(page);
    const MediaQuery query = m_source.query;
    const QUuid userId = m_userId;
    const quint64 layout = m_layoutVersion;
    auto *self = const_cast<LibraryTableModel *>(this);
    m_storage.run(
        [query, userId, cursor = start.cursor, skip, limit](
            Repositories &r) -> Result<std::pair<QList<LibraryRow>, PageCursor>> {
            auto fetched = r.media.page(query, cursor, skip + limit);
            if (!fetched)
                return fetched.error();
            QList<MediaSummary> media = fetched->rows.mid(skip);
            auto rows = withInteractions(r, userId, media);
            if (!rows)
                return rows.error();
            return std::pair { std::move(*rows), fetched->next };
        },
        self,
        [self, page, layout](Result<std::pair<QList<LibraryRow>, PageCursor>> fetched) {
            if (layout != self->m_layoutVersion) {
                // The rows moved while this page was read; a view that still
                // shows it asks again (the move made it repaint).
                return;
            }
            self->m_pagesInFlight.remove(page);
            if (!fetched) {
                Q_EMIT self->errorOccurred(fetched.error().message);
                return;
            }
            self->m_cursors.put(page * PageSize + int(fetched->first.size()) - 1, fetched->second);
            self->storePage(page, std::move(fetched->first));
        });
}

void LibraryTableModel::requestAnchors() const
{
    if (m_anchorsInFlight)
        return;
    m_anchorsInFlight = true;
    const MediaQuery query = m_source.query;
    const quint64 layout = m_layoutVersion;
    auto *self = const_cast<LibraryTableModel *>(this);
    m_storage.run([query](Repositories &r) { return r.media.pageAnchors(query, PageSize); }, self,
        [self, layout](Result<QList<PageCursor>> anchors) {
            if (layout != self->m_layoutVersion) {
                self->m_anchorsInFlight = false;
                self->requestWaitingPages();
                return;
            }
            self->m_anchorsInFlight = false;
            if (!anchors) {
                Q_EMIT self->errorOccurred(anchors.error().message);
                return;
            }
            self->m_anchorsLoaded = true;
            for (qsizetype i = 0; i < anchors->size(); ++i)
                self->m_cursors.put(int(i + 1) * PageSize - 1, anchors->at(i));
            const QSet<int> waiting = std::exchange(self->m_pagesWaitingForAnchors, {});
            for (int page : waiting)
                self->fetchCataloguePage(page);
        });
}

void LibraryTableModel::requestWaitingPages() const
{
    // Pages that waited for anchors that came too late: ask again; they wait
    // for fresh anchors if they still need them.
    const QSet<int> waiting = std::exchange(m_pagesWaitingForAnchors, {});
    for (int page : waiting)
        requestPage(page);
}

void LibraryTableModel::storePage(int page, QList<LibraryRow> rows)
{
    const int firstRow = page * PageSize;
    const int lastRow = qMin(m_rowCount, firstRow + int(rows.size())) - 1;
    m_cache.putPage(page, rows);
    if (lastRow >= firstRow)
        Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

std::function<ViewPlacement(Repositories &, const QList<QUuid> &)> LibraryTableModel::placementQuery() const
{
    const LibrarySource source = m_source;
    const quint64 generation = m_sourceGeneration;
    const QUuid userId = m_userId;
    if (source.isOrderedList()) {
        // Lists: the whole order as it is now (ids only: one index walk),
        // plus the rows of the written items and of items new to the view.
        QSet<QUuid> shown;
        shown.reserve(m_allRows.size());
        for (const LibraryRow &row : m_allRows)
            shown.insert(row.media.id);
        return [source, generation, userId, shown](Repositories &r, const QList<QUuid> &ids) {
            ViewPlacement placement;
            placement.generation = generation;
            auto order = ListContents::order(r, source, userId);
            if (!order) {
                placement.reload = true;
                return placement;
            }
            QList<QUuid> wanted = ids;
            for (const QUuid &id : std::as_const(*order)) {
                if (!shown.contains(id))
                    wanted.append(id);
            }
            if (wanted.size() > ListContents::MaxSmartListRows) {
                placement.reload = true;
                return placement;
            }
            auto media = r.media.summaries(wanted);
            if (!media) {
                placement.reload = true;
                return placement;
            }
            if (auto rows = withInteractions(r, userId, *media)) {
                for (const LibraryRow &row : *rows)
                    placement.values.insert(row.media.id, row);
            }
            placement.rowCount = int(order->size());
            placement.order = std::move(*order);
            return placement;
        };
    }
    if (source.kind != LibrarySource::Kind::Catalogue) {
        // Search results keep their rows; placement only refreshes values.
        return [generation, userId](Repositories &r, const QList<QUuid> &ids) {
            ViewPlacement placement;
            placement.generation = generation;
            auto media = r.media.summaries(ids);
            if (!media)
                return placement;
            if (auto rows = withInteractions(r, userId, *media)) {
                for (const LibraryRow &row : *rows)
                    placement.values.insert(row.media.id, row);
            }
            return placement;
        };
    }
    return [source, generation, userId](Repositories &r, const QList<QUuid> &ids) {
        ViewPlacement placement;
        placement.generation = generation;
        placement.rowCount = -1;
        if (ids.size() > MaxPlacedItems) {
            placement.reload = true;
            return placement;
        }
        if (auto count = r.media.count(source.query))
            placement.rowCount = *count;
        QList<QUuid> shown;
        for (const QUuid &id : ids) {
            if (auto rank = r.media.rankOf(source.query, id)) {
                placement.rows.insert(id, *rank);
                shown.append(id);
            }
        }
        if (auto media = r.media.summaries(shown)) {
            if (auto rows = withInteractions(r, userId, *media)) {
                for (const LibraryRow &row : *rows)
                    placement.values.insert(row.media.id, row);
            }
        }
        return placement;
    };
}

void LibraryTableModel::applyPlacement(
    const QList<QUuid> &ids, const ViewPlacement &before, const ViewPlacement &after)
{
    if (before.generation != m_sourceGeneration) {
        // The view loaded (another source, or the same again) while the
        // write was queued: whether the load saw the write is unknown, so load again.
        reload();
        return;
    }
    if (before.reload || after.reload) {
        reload();
        return;
    }
    if (after.order) {
        if (!applyOrder(*after.order, after.values)) {
            reload();
            return;
        }
        for (const QUuid &id : ids) {
            const std::optional<int> row = rowOf(id);
            const auto value = after.values.constFind(id);
            if (row && value != after.values.cend()) {
                m_allRows[*row] = *value;
                emitRowChanged(*row);
            }
        }
        return;
    }
    if (!isPaged()) {
        // Search results: rows of removed items go, the others are refreshed.
        for (const QUuid &id : ids) {
            const std::optional<int> row = rowOf(id);
            if (!row)
                continue;
            if (const auto value = after.values.constFind(id); value != after.values.cend()) {
                m_allRows[*row] = *value;
                emitRowChanged(*row);
            } else {
                beginRemoveRows({}, *row, *row);
                m_allRows.removeAt(*row);
                --m_rowCount;
                endRemoveRows();
            }
        }
        return;
    }
    // A single item that keeps its place only changes its values.
    if (ids.size() == 1 && before.rows.contains(ids.first())
        && after.rows.value(ids.first(), -1) == before.rows.value(ids.first())
        && after.rowCount == m_rowCount) {
        const int row = before.rows.value(ids.first());
        m_cache.updateRows(ids.first(), [&](LibraryRow &value) { value = after.values.value(ids.first()); });
        emitRowChanged(row);
        return;
    }
    // Otherwise: every written item leaves its old row (bottom up), then
    // enters its new one (top down), each with exact signals.
    QList<int> oldRows;
    for (const QUuid &id : ids) {
        if (before.rows.contains(id))
            oldRows.append(before.rows.value(id));
    }
    std::sort(oldRows.begin(), oldRows.end(), std::greater<>());
    for (int row : oldRows)
        removeRowAt(row);
    QList<std::pair<int, QUuid>> newRows;
    for (const QUuid &id : ids) {
        if (after.rows.contains(id) && after.values.contains(id))
            newRows.append({ after.rows.value(id), id });
    }
    std::sort(newRows.begin(), newRows.end());
    for (const auto &[row, id] : newRows)
        insertRowAt(row, after.values.value(id));
    if (after.rowCount >= 0 && after.rowCount != m_rowCount) {
        // Someone else changed the library too (a shared server): start over.
        reload();
    }
}

bool LibraryTableModel::applyOrder(const QList<QUuid> &order, const QHash<QUuid, LibraryRow> &values)
{
    const QSet<QUuid> wanted(order.cbegin(), order.cend());
    QSet<QUuid> present;
    for (const LibraryRow &row : std::as_const(m_allRows)) {
        if (wanted.contains(row.media.id))
            present.insert(row.media.id);
    }
    for (const QUuid &id : order) {
        if (!present.contains(id) && !values.contains(id))
            return false;
    }

    // 1. Rows no longer shown go, bottom up.
    for (int row = int(m_allRows.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_allRows.at(row).media.id)) {
            beginRemoveRows({}, row, row);
            m_allRows.removeAt(row);
            --m_rowCount;
            endRemoveRows();
        }
    }

    // 2. The rows that stay take their new order, as one layout change so
    // that selections and the current row follow their items.
    QList<QUuid> staying;
    staying.reserve(present.size());
    for (const QUuid &id : order) {
        if (present.contains(id))
            staying.append(id);
    }
    bool reordered = false;
    for (qsizetype i = 0; i < staying.size() && !reordered; ++i)
        reordered = m_allRows.at(i).media.id != staying.at(i);
    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QUuid, int> oldRows;
        for (qsizetype i = 0; i < m_allRows.size(); ++i)
            oldRows.insert(m_allRows.at(i).media.id, int(i));
        QList<LibraryRow> rows;
        rows.reserve(staying.size());
        QList<int> newRowOfOld(m_allRows.size());
        for (qsizetype i = 0; i < staying.size(); ++i) {
            const int old = oldRows.value(staying.at(i));
            newRowOfOld[old] = int(i);
            rows.append(m_allRows.at(old));
        }
        m_allRows = std::move(rows);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(index.row() < newRowOfOld.size()
                    ? this->index(newRowOfOld.at(index.row()), index.column())
                    : QModelIndex());
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows come in where they belong, top down.
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QUuid &id = order.at(i);
        if (present.contains(id))
            continue;
        beginInsertRows({}, int(i), int(i));
        m_allRows.insert(i, values.value(id));
        ++m_rowCount;
        endInsertRows();
    }
    if (m_source.kind == LibrarySource::Kind::SmartList && m_matched <= ListContents::MaxSmartListRows)
        m_matched = m_rowCount;
    return true;
}

void LibraryTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    beginRemoveRows({}, row, row);
    ++m_layoutVersion;
    --m_rowCount;
    m_cache.removeRow(row);
    m_cursors.rowRemoved(row);
    m_pagesInFlight.clear();
    endRemoveRows();
}

void LibraryTableModel::insertRowAt(int row, const LibraryRow &value)
{
    row = qBound(0, row, m_rowCount);
    beginInsertRows({}, row, row);
    ++m_layoutVersion;
    ++m_rowCount;
    m_cache.insertRow(row, value);
    m_cursors.rowInserted(row);
    m_pagesInFlight.clear();
    endInsertRows();
}

void LibraryTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LibraryTableModel::updateInteractions(const QList<Interaction> &stored, const QList<QUuid> &untracked)
{
    auto apply = [this](const QUuid &mediaId, const std::optional<Interaction> &interaction) {
        if (isPaged()) {
            for (int row :
                m_cache.updateRows(mediaId, [&](LibraryRow &value) { value.interaction = interaction; }))
                emitRowChanged(row);
            return;
        }
        for (qsizetype i = 0; i < m_allRows.size(); ++i) {
            if (m_allRows.at(i).media.id == mediaId) {
                m_allRows[i].interaction = interaction;
                emitRowChanged(int(i));
            }
        }
    };
    for (const Interaction &interaction : stored) {
        if (interaction.userId == m_userId)
            apply(interaction.mediaId, interaction);
    }
    for (const QUuid &mediaId : untracked)
        apply(mediaId, std::nullopt);
}

} // namespace omt
