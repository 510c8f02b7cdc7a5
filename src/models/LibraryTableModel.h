#pragma once

#include "KeysetCursors.h"
#include "LibraryRow.h"
#include "LibrarySource.h"
#include "PagedRowCache.h"
#include "RowCovers.h"
#include "core/Error.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QUuid>

#include <functional>

namespace omt {

class AsyncStorage;
class CoverLoader;
struct Repositories;

/// Where changed items stand in a view after (or before) a write, computed on
/// the storage thread in the same job as the write so that it matches the
/// database exactly at that moment.
struct ViewPlacement
{
    quint64 generation = 0;
    int rowCount = 0;
    /// Too many items to place one by one: the view reloads instead.
    bool reload = false;
    /// Media id -> row; items the view does not show are absent.
    QHash<QUuid, int> rows;
    /// The current rows of the placed items (for insertions and updates).
    QHash<QUuid, LibraryRow> values;
    /// Lists and smart lists: every id the view shows now, in order.
    std::optional<QList<QUuid>> order;
};

/// The library as a table of any length: it knows its row count up front,
/// loads pages of rows through the async storage facade when a view asks for
/// them, keeps a bounded number in memory, and lets the database sort.
/// Search results, manual lists and smart lists are loaded whole (they are
/// bounded). Items can be dragged (MediaIdsMime); in a manual list a drop
/// between rows asks for a move (moveRequested), which the owner carries out
/// as an undoable write.
class LibraryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Type, Year, Creators, Status, Progress, Rating, Class, Country, Added, ColumnCount };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;
    static constexpr int SearchLimit = 500;
    /// Writes touching more items than this reload the view rather than
    /// placing each item (each placement is one ranked count).
    static constexpr int MaxPlacedItems = 50;

    LibraryTableModel(AsyncStorage &storage, const QUuid &userId, QObject *parent = nullptr);
    ~LibraryTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorting is done by the database for Title, Year and Added; in search
    /// results by the loaded rows; other columns cannot be sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    /// Whether the rows can be reordered by hand (a manual list is shown).
    bool isReorderable() const { return m_source.kind == LibrarySource::Kind::List; }
    /// The item a move of `mediaIds` to `row` goes in front of: the first row
    /// from there on that is not moved; null for the end of the list.
    QUuid moveAnchor(const QList<QUuid> &mediaIds, int row) const;

    /// The source shown now.
    const LibrarySource &source() const { return m_source; }
    /// The source last asked for (shown once it has loaded).
    const LibrarySource &requestedSource() const { return m_requestedSource; }
    /// Shows another source (nothing happens when it is the one shown). The
    /// current rows stay until the new ones are there (no flicker while
    /// typing); a newer call overtakes an older one.
    void setSource(const LibrarySource &source);
    /// Loads the current source again from the database.
    void reload();
    bool isLoading() const { return m_loading; }
    /// How many items the source has: more than rowCount() for a smart list
    /// whose view holds only its first ListContents::MaxSmartListRows items.
    int matchedCount() const
    {
        return m_source.kind == LibrarySource::Kind::SmartList ? qMax(m_matched, m_rowCount) : m_rowCount;
    }
    /// The manual list shown has a view refinement (applied or not).
    bool listHasRefinement() const { return m_listHasRefinement; }

    /// Shows real covers from `loader` (null: placeholders only), at these
    /// logical sizes for table thumbnails and grid covers.
    void setCoverLoader(CoverLoader *loader);
    void setCoverSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio);
    const RowCovers &covers() const { return *m_covers; }

    /// The row of the item when it is loaded.
    std::optional<int> rowOf(const QUuid &mediaId) const;
    QUuid mediaIdAt(int row) const;
    /// The loaded row, or nullptr while it is being fetched (which this starts).
    const LibraryRow *rowAt(int row) const;
    /// The row if it is in memory; never fetches.
    const LibraryRow *loadedRowAt(int row) const;
    /// The ids of the rows in the given ranges (first, last), in row order:
    /// at once when they are all in memory, otherwise read from the database
    /// (a selection of a whole 100,000-item library) and delivered later.
    /// `done` gets an error when the rows could not be read.
    void idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
        std::function<void(Result<QList<QUuid>>)> done) const;

    /// A function that computes, on the storage thread, where the given items
    /// stand in this view; run it in the same job as a write (before and/or
    /// after it) and hand the results to applyPlacement.
    std::function<ViewPlacement(Repositories &, const QList<QUuid> &)> placementQuery() const;
    /// Updates rows after a write with exact insert/remove/move/dataChanged
    /// signals: `before` and `after` are the placements of the written items.
    void applyPlacement(const QList<QUuid> &ids, const ViewPlacement &before, const ViewPlacement &after);
    /// The signed-in user's interactions changed (no effect on the order).
    void updateInteractions(const QList<Interaction> &stored, const QList<QUuid> &untracked);

Q_SIGNALS:
    /// A source finished loading (rowCount is final).
    void loaded();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    /// Items of the manual list shown were dropped in front of
    /// `beforeMediaId` (null: at the end).
    void moveRequested(const QList<QUuid> &mediaIds, const QUuid &beforeMediaId);

private:
    struct Load;
    void requestSource(const LibrarySource &source);
    void startLoad(const LibrarySource &source);
    void finishLoad(const LibrarySource &source, Result<Load> load);
    void requestPage(int page) const;
    void requestAnchors() const;
    void requestWaitingPages() const;
    void fetchCataloguePage(int page) const;
    void storePage(int page, QList<LibraryRow> rows);
    void setLoading(bool loading);
    void removeRowAt(int row);
    void insertRowAt(int row, const LibraryRow &value);
    void emitRowChanged(int row);
    QVariant displayData(const LibraryRow &row, int column) const;
    bool isPaged() const { return m_source.kind == LibrarySource::Kind::Catalogue; }
    void sortLoadedRows();
    /// Lists: brings the rows into `order` with exact remove, layout and
    /// insert signals; false when a value for a new row is missing.
    bool applyOrder(const QList<QUuid> &order, const QHash<QUuid, LibraryRow> &values);
    void coverChanged(const QString &url, const QSet<int> &rows);

    AsyncStorage &m_storage;
    QUuid m_userId;
    LibrarySource m_source;
    /// Newest requested source; answers for older ones are dropped.
    LibrarySource m_requestedSource;
    int m_rowCount = 0;
    int m_matched = 0;
    bool m_listHasRefinement = false;
    bool m_loading = false;
    bool m_loadInFlight = false;
    bool m_sourcePending = false;
    /// Incremented by every load: placements computed for another source are dropped.
    quint64 m_sourceGeneration = 0;
    /// Incremented by every load and every inserted or removed row: page
    /// answers computed for an older layout are dropped and asked for again.
    quint64 m_layoutVersion = 0;
    // Fetching rows is not a change a view can see: data() is const.
    mutable PagedRowCache m_cache { PageSize, MaxCachedPages };
    mutable KeysetCursors m_cursors;
    mutable QSet<int> m_pagesInFlight;
    mutable QSet<int> m_pagesWaitingForAnchors;
    mutable bool m_anchorsInFlight = false;
    mutable bool m_anchorsLoaded = false;
    /// Search results and lists: every row, in view order.
    QList<LibraryRow> m_allRows;
    /// How loaded rows are sorted (search results); -1 keeps relevance order.
    int m_loadedSortColumn = -1;
    Qt::SortOrder m_loadedSortOrder = Qt::AscendingOrder;
    RowCovers *m_covers = nullptr;
};

} // namespace omt
