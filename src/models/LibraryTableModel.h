#pragma once

#include "LibraryRow.h"
#include "LibrarySource.h"
#include "RowCovers.h"
#include "ViewPlacement.h"
#include "core/Error.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <functional>
#include <optional>

namespace omt {

class CoverLoader;
class LibraryService;
class RowPager;

/// The library as a table of any length: the catalogue, search results, a
/// manual list or a smart list. It knows its row count up front and lets
/// RowPager read the rows a view asks for, page by page, so that a list of
/// 100,000 items opens as fast as one of ten. It follows the change feed:
/// writes made here are placed exactly (rows inserted, removed or moved where
/// the database now has them, computed in the write's own job); tracking
/// changes update their rows. Items can be dragged (MediaIdsMime); in a manual
/// list a drop between rows asks for a move (moveRequested).
class LibraryTableModel : public QAbstractTableModel, public PlacedView
{
    Q_OBJECT

public:
    enum Column { Title, Type, Year, Creators, Status, Progress, Rating, Class, Country, Added, ColumnCount };

    static constexpr int SearchLimit = 500;

    explicit LibraryTableModel(LibraryService &service, QObject *parent = nullptr);
    ~LibraryTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorting is done by the database for Title, Year and Added; in search
    /// results by the loaded rows; lists keep their own order.
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
    /// The manual list shown has a view refinement (applied or not).
    bool listHasRefinement() const { return m_listHasRefinement; }

    /// Shows real covers from `loader` (null: placeholders only), at these
    /// logical sizes for table thumbnails and grid covers.
    void setCoverLoader(CoverLoader *loader);
    void setCoverSizes(QSize thumbnail, QSize cover, qreal devicePixelRatio);
    const RowCovers &covers() const { return *m_covers; }

    /// The row of the item: any item of a list or search, loaded rows of the catalogue.
    std::optional<int> rowOf(const QUuid &mediaId) const;
    QUuid mediaIdAt(int row) const;
    /// The loaded row, or nullptr while it is being fetched (which this starts).
    const LibraryRow *rowAt(int row) const;
    /// The row if it is in memory; never fetches.
    const LibraryRow *loadedRowAt(int row) const;
    /// The ids of the rows in the given ranges (first, last), in row order:
    /// at once when known, otherwise read from the database (a selection of
    /// a whole 100,000-item library) and delivered later. `done` gets an
    /// error when the rows could not be read.
    void idsOfRows(const QList<std::pair<int, int>> &ranges, QObject *receiver,
        std::function<void(Result<QList<QUuid>>)> done) const;

    // PlacedView
    PlacementProbe placementProbe() const override;
    void notePlacement(quint64 sequence, const QList<QUuid> &ids, const ViewPlacement &before,
        const ViewPlacement &after) override;

Q_SIGNALS:
    /// A source finished loading (rowCount is final).
    void loaded();
    void loadingChanged(bool loading);
    void errorOccurred(const omt::Error &error);
    /// Items of the manual list shown were dropped in front of
    /// `beforeMediaId` (null: at the end).
    void moveRequested(const QList<QUuid> &mediaIds, const QUuid &beforeMediaId);

private:
    struct Placed
    {
        quint64 sequence = 0;
        QList<QUuid> ids;
        ViewPlacement before;
        ViewPlacement after;
    };
    struct Load;

    void requestSource(const LibrarySource &source);
    void startLoad(const LibrarySource &source);
    void finishLoad(const LibrarySource &source, Result<Load> load);
    void setLoading(bool loading);
    /// A smart list opened with its first page: reads the rest of its ids.
    void readRemainingIds();
    void applyChange(const LibraryChange &change);
    void applyPlacement(const QList<QUuid> &ids, const ViewPlacement &before, const ViewPlacement &after,
        const LibraryChange &change);
    /// Snapshot views: brings the rows into `order` with exact remove, layout
    /// and insert signals; false when a value for a new row is missing.
    bool applyOrder(const QList<QUuid> &order, const QHash<QUuid, LibraryRow> &values);
    void applyTracking(const LibraryChange &change);
    void removeRowAt(int row);
    void insertRowAt(int row, const LibraryRow &value);
    void emitRowChanged(int row);
    void rowsArrived(int first, int last);
    QVariant displayData(const LibraryRow &row, int column) const;
    void sortSearchResults();
    bool allRowsInMemory() const;
    void coverChanged(const QString &url, const QSet<int> &rows);

    LibraryService &m_service;
    /// Reads rows as views ask; data() is const, but fetching is not a
    /// change a view can see.
    RowPager *m_pager = nullptr;
    LibrarySource m_source;
    /// Newest requested source; answers for older ones are dropped.
    LibrarySource m_requestedSource;
    bool m_listHasRefinement = false;
    bool m_loading = false;
    bool m_loadInFlight = false;
    bool m_sourcePending = false;
    /// Incremented by every load: placements computed for another load are dropped.
    quint64 m_sourceGeneration = 0;
    /// The placement of the newest write, until its change arrives.
    std::optional<Placed> m_placed;
    /// How search results are sorted; -1 keeps relevance order.
    int m_searchSortColumn = -1;
    Qt::SortOrder m_searchSortOrder = Qt::AscendingOrder;
    RowCovers *m_covers = nullptr;
};

} // namespace omt
