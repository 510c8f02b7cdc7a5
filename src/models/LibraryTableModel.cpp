#include "LibraryTableModel.h"

#include "LibraryQueries.h"
#include "LibraryService.h"
#include "ListContents.h"
#include "MediaIdsMime.h"
#include "ModelRoles.h"
#include "RowPager.h"
#include "storage/AsyncStorage.h"

#include <QCollator>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace omt {

namespace {
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

} // namespace

struct LibraryTableModel::Load
{
    LibraryQueries::SourceLoad rows;
};

LibraryTableModel::LibraryTableModel(LibraryService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_pager(new RowPager(service, this))
    , m_covers(new RowCovers(this))
{
    connect(m_covers, &RowCovers::coverChanged, this, &LibraryTableModel::coverChanged);
    connect(this, &QAbstractItemModel::modelReset, m_covers, &RowCovers::forgetRows);
    connect(m_pager, &RowPager::rowsArrived, this, &LibraryTableModel::rowsArrived);
    connect(m_pager, &RowPager::failed, this, &LibraryTableModel::errorOccurred);
    connect(&service.feed(), &ChangeFeed::changed, this, &LibraryTableModel::applyChange);
    connect(&service.profile(), &MemberProfile::changed, this, [this] {
        // Titles and ratings read differently; rows and their order stay.
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    service.setPlacedView(this);
}

LibraryTableModel::~LibraryTableModel()
{
    m_service.setPlacedView(nullptr);
}

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_pager->rowCount();
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
        titles.append(m_service.profile().displayTitle(value->media));
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
    Q_EMIT moveRequested(ids, moveAnchor(ids, row < 0 ? m_pager->rowCount() : row));
    // The rows move once the write is done (its change arrives). The
    // dragging view may then call removeRows, which this model does not do.
    return true;
}

QUuid LibraryTableModel::moveAnchor(const QList<QUuid> &mediaIds, int row) const
{
    const QSet<QUuid> moved(mediaIds.cbegin(), mediaIds.cend());
    for (int r = qMax(0, row); r < m_pager->rowCount(); ++r) {
        const QUuid id = m_pager->idAt(r);
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
    return m_pager->row(row);
}

const LibraryRow *LibraryTableModel::loadedRowAt(int row) const
{
    return m_pager->peek(row);
}

void LibraryTableModel::idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
    std::function<void(Result<QList<QUuid>>)> done) const
{
    m_pager->idsOfRows(ranges, receiver, std::move(done));
}

QUuid LibraryTableModel::mediaIdAt(int row) const
{
    if (const QUuid id = m_pager->idAt(row); !id.isNull())
        return id;
    const LibraryRow *value = rowAt(row);
    return value ? value->media.id : QUuid();
}

std::optional<int> LibraryTableModel::rowOf(const QUuid &mediaId) const
{
    return m_pager->rowOf(mediaId);
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
    case RatingScaleRole: return int(m_service.profile().ratingScale());
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
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, Title), index(rowCount() - 1, Title), { Qt::DecorationRole, CoverRole, CoverStateRole });
}

void LibraryTableModel::setCoverSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio)
{
    m_covers->setSizes(thumbnail, cover, devicePixelRatio);
    m_covers->forgetRows();
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, Title), index(rowCount() - 1, Title), { Qt::DecorationRole, CoverRole, CoverStateRole });
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
    case Title: return m_service.profile().displayTitle(media);
    case Type: return displayName(media.type);
    case Year: return media.releaseDate.isValid() ? QString::number(media.releaseDate.year()) : QString();
    case Creators: return media.creators.join(QStringLiteral(", "));
    case Status: return row.interaction ? displayName(row.interaction->status) : QString();
    case Progress: return progressText(row);
    case Rating:
        return row.interaction && row.interaction->rating
            ? RatingScales::text(*row.interaction->rating, m_service.profile().ratingScale())
            : QString();
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
        m_searchSortColumn = column;
        m_searchSortOrder = order;
        if (!allRowsInMemory()) {
            // Results open with their first page; sorting them needs every
            // row, which the search read again brings (startLoad).
            reload();
            return;
        }
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        sortSearchResults();
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

bool LibraryTableModel::allRowsInMemory() const
{
    for (int row = 0; row < m_pager->rowCount(); ++row) {
        if (!m_pager->peek(row))
            return false;
    }
    return true;
}

void LibraryTableModel::sortSearchResults()
{
    // Search results are at most SearchLimit rows; sorted ones are read whole.
    if (m_searchSortColumn < 0 || !allRowsInMemory())
        return;
    QList<std::pair<LibraryRow, int>> rows;
    rows.reserve(m_pager->rowCount());
    for (int row = 0; row < m_pager->rowCount(); ++row)
        rows.append({ *m_pager->peek(row), row });
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_searchSortColumn;
    const bool ascending = m_searchSortOrder == Qt::AscendingOrder;
    auto number = [column](const LibraryRow &row) -> qint64 {
        switch (column) {
        case Year: return row.media.releaseDate.isValid() ? row.media.releaseDate.toJulianDay() : 0;
        case Added: return row.media.createdAt.toMSecsSinceEpoch();
        case Rating: return row.interaction ? row.interaction->rating.value_or(0) : 0;
        case Progress: return row.interaction ? row.interaction->progress : -1;
        default: return 0;
        }
    };
    const bool numeric = column == Year || column == Added || column == Rating || column == Progress;
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const int c = numeric ? (number(a.first) < number(b.first) ? -1 : number(b.first) < number(a.first))
                              : collator.compare(displayData(a.first, column).toString(),
                                  displayData(b.first, column).toString());
        return ascending ? c < 0 : c > 0;
    });
    QList<QUuid> ids;
    QList<int> oldRowOf;
    for (const auto &[value, old] : std::as_const(rows)) {
        ids.append(value.media.id);
        oldRowOf.append(old);
    }
    QList<int> newRowOf(rows.size());
    for (qsizetype i = 0; i < oldRowOf.size(); ++i)
        newRowOf[oldRowOf.at(i)] = int(i);
    m_pager->reorder(ids, oldRowOf);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(index.row() < newRowOf.size() ? this->index(newRowOf.at(index.row()), index.column())
                                                   : QModelIndex());
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
    // Sorted search results are sorted here, so they need every row.
    const bool sortedSearch = source.kind == LibrarySource::Kind::Search
        && m_source.kind == LibrarySource::Kind::Search && m_searchSortColumn >= 0;
    const int firstRows = sortedSearch ? SearchLimit : RowPager::PageSize;
    m_service.storage().run(
        [source, firstRows, userId = m_service.userId()](Repositories &r) -> Result<Load> {
            auto rows = LibraryQueries::load(r, source, userId, firstRows, SearchLimit);
            if (!rows)
                return rows.error();
            return Load { std::move(*rows) };
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
        Q_EMIT errorOccurred(load.error());
        return;
    }
    beginResetModel();
    ++m_sourceGeneration;
    m_placed.reset();
    if (source.kind != m_source.kind)
        m_searchSortColumn = -1;
    m_source = source;
    m_listHasRefinement = load->rows.hasRefinement;
    if (source.kind == LibrarySource::Kind::Catalogue)
        m_pager->resetKeyset(source.query, load->rows.rowCount, load->rows.firstRows, load->rows.next);
    else
        m_pager->resetSnapshot(load->rows.ids, load->rows.firstRows, load->rows.rowCount);
    if (source.kind == LibrarySource::Kind::Search && m_searchSortColumn >= 0)
        sortSearchResults();
    endResetModel();
    Q_EMIT loaded();
    if (!m_pager->isComplete())
        readRemainingIds();
}

void LibraryTableModel::readRemainingIds()
{
    const quint64 generation = m_sourceGeneration;
    m_service.storage().run([source = m_source, userId = m_service.userId()](
                                Repositories &r) { return ListContents::read(r, source, userId); },
        this,
        [this, generation](Result<ListContents> contents) {
            if (generation != m_sourceGeneration)
                return;
            if (!contents) {
                Q_EMIT errorOccurred(contents.error());
                return;
            }
            // Another count than the first read's: the list changed in between.
            if (!m_pager->completeSnapshot(contents->ids))
                reload();
        });
}

void LibraryTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LibraryTableModel::rowsArrived(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

PlacementProbe LibraryTableModel::placementProbe() const
{
    if (m_sourceGeneration == 0)
        return {};
    if (!m_pager->isComplete()) {
        // A write in the moment before a smart list's ids have all come:
        // the list is read again.
        return [generation = m_sourceGeneration](
                   Repositories &, const QList<QUuid> &, const LibraryChange *change) {
            ViewPlacement placement;
            placement.generation = generation;
            placement.reload = change != nullptr;
            return placement;
        };
    }
    return LibraryQueries::placementProbe(m_source, m_sourceGeneration, m_service.userId(),
        m_pager->isSnapshot() ? m_pager->ids() : QList<QUuid>());
}

void LibraryTableModel::notePlacement(
    quint64 sequence, const QList<QUuid> &ids, const ViewPlacement &before, const ViewPlacement &after)
{
    m_placed = Placed { sequence, ids, before, after };
}

void LibraryTableModel::applyChange(const LibraryChange &change)
{
    std::optional<Placed> placed;
    if (m_placed && change.sequence != 0 && m_placed->sequence == change.sequence)
        placed = std::exchange(m_placed, std::nullopt);
    if (m_sourceGeneration == 0)
        return;
    if (change.everything) {
        reload();
        return;
    }
    if (placed) {
        if (placed->before.generation != m_sourceGeneration) {
            // The view loaded (another source, or the same again) while the
            // write was queued: whether the load saw the write is unknown.
            reload();
            return;
        }
        applyPlacement(placed->ids, placed->before, placed->after, change);
    } else if (change.catalogueChanged() || change.touchesList(m_source.listId)
        || (m_source.kind == LibrarySource::Kind::SmartList && change.tracksChanged())) {
        // A change placed by nobody (another member, an import): start over.
        reload();
        return;
    }
    applyTracking(change);
}

void LibraryTableModel::applyPlacement(const QList<QUuid> &ids, const ViewPlacement &before,
    const ViewPlacement &after, const LibraryChange &change)
{
    if (before.reload || after.reload) {
        reload();
        return;
    }
    if (m_pager->isSnapshot()) {
        if (after.order && !applyOrder(*after.order, after.values)) {
            reload();
            return;
        }
        // Written items the view keeps get their new values; search results
        // lose the items that are gone.
        for (const QUuid &id : ids) {
            const std::optional<int> row = rowOf(id);
            if (!row)
                continue;
            if (const auto value = after.values.constFind(id); value != after.values.cend()) {
                m_pager->updateRows(id, [&](LibraryRow &shown) { shown = *value; });
                emitRowChanged(*row);
            } else if (change.mediaRemoved.contains(id)) {
                removeRowAt(*row);
            }
        }
        return;
    }
    if (after.rows.isEmpty() && before.rows.isEmpty() && after.rowCount < 0)
        return;
    // A single item that keeps its place only changes its values.
    if (ids.size() == 1 && before.rows.contains(ids.first())
        && after.rows.value(ids.first(), -1) == before.rows.value(ids.first())
        && after.rowCount == rowCount()) {
        const int row = before.rows.value(ids.first());
        m_pager->updateRows(ids.first(), [&](LibraryRow &value) { value = after.values.value(ids.first()); });
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
    for (int row : std::as_const(oldRows))
        removeRowAt(row);
    QList<std::pair<int, QUuid>> newRows;
    for (const QUuid &id : ids) {
        if (after.rows.contains(id) && after.values.contains(id))
            newRows.append({ after.rows.value(id), id });
    }
    std::sort(newRows.begin(), newRows.end());
    for (const auto &[row, id] : std::as_const(newRows))
        insertRowAt(row, after.values.value(id));
    if (after.rowCount >= 0 && after.rowCount != rowCount()) {
        // Someone else changed the library too (a shared server): start over.
        reload();
    }
}

bool LibraryTableModel::applyOrder(const QList<QUuid> &order, const QHash<QUuid, LibraryRow> &values)
{
    const QList<QUuid> shown = m_pager->ids();
    const QSet<QUuid> wanted(order.cbegin(), order.cend());
    QHash<QUuid, int> oldRows;
    oldRows.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (wanted.contains(shown.at(i)))
            oldRows.insert(shown.at(i), int(i));
    }
    for (const QUuid &id : order) {
        if (!oldRows.contains(id) && !values.contains(id))
            return false;
    }

    // 1. Rows no longer shown go, bottom up.
    for (int row = int(shown.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(shown.at(row)))
            removeRowAt(row);
    }

    // 2. The rows that stay take their new order, as one layout change so
    // that selections and the current row follow their items.
    QList<QUuid> staying;
    staying.reserve(oldRows.size());
    for (const QUuid &id : order) {
        if (oldRows.contains(id))
            staying.append(id);
    }
    if (staying != m_pager->ids()) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QList<QUuid> &current = m_pager->ids();
        QHash<QUuid, int> currentRow;
        currentRow.reserve(current.size());
        for (qsizetype i = 0; i < current.size(); ++i)
            currentRow.insert(current.at(i), int(i));
        QList<int> oldRowOf;
        oldRowOf.reserve(staying.size());
        QList<int> newRowOf(current.size(), -1);
        for (qsizetype i = 0; i < staying.size(); ++i) {
            const int old = currentRow.value(staying.at(i));
            oldRowOf.append(old);
            newRowOf[old] = int(i);
        }
        m_pager->reorder(staying, oldRowOf);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(index.row() < newRowOf.size() && newRowOf.at(index.row()) >= 0
                    ? this->index(newRowOf.at(index.row()), index.column())
                    : QModelIndex());
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows come in where they belong, top down.
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!oldRows.contains(order.at(i)))
            insertRowAt(int(i), values.value(order.at(i)));
    }
    return true;
}

void LibraryTableModel::applyTracking(const LibraryChange &change)
{
    auto apply = [this](const QUuid &mediaId, const std::optional<Interaction> &interaction) {
        for (int row :
            m_pager->updateRows(mediaId, [&](LibraryRow &value) { value.interaction = interaction; }))
            emitRowChanged(row);
    };
    for (const Interaction &interaction : change.interactions) {
        if (interaction.userId == m_service.userId())
            apply(interaction.mediaId, interaction);
    }
    for (const QUuid &mediaId : change.untracked)
        apply(mediaId, std::nullopt);
}

void LibraryTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_pager->removeRow(row);
    endRemoveRows();
}

void LibraryTableModel::insertRowAt(int row, const LibraryRow &value)
{
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row);
    m_pager->insertRow(row, value);
    endInsertRows();
}

void LibraryTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace omt
