#include "UiBenchmark.h"

#include "models/LibraryTableModel.h"
#include "models/LongJobRunner.h"
#include "models/ModelRoles.h"
#include "models/RowCovers.h"
#include "models/SidebarModel.h"
#include "net/CoverDiskCache.h"
#include "net/CoverLoader.h"
#include "ui/library/CoverGridView.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryTableView.h"
#include "ui/library/LibraryWindow.h"
#include "ui/library/SidebarView.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextStream>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace omt {

namespace {
/// Remembers when a widget was painted (when each paint event began).
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    qint64 lastPaint() const { return m_paints.isEmpty() ? -1 : m_paints.last(); }
    /// The first paint at or after `time`, -1 when there was none yet.
    qint64 firstPaintSince(qint64 time) const
    {
        const auto it = std::lower_bound(m_paints.cbegin(), m_paints.cend(), time);
        return it == m_paints.cend() ? -1 : *it;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_paints.append(m_clock.elapsed());
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    QList<qint64> m_paints;
};

// What people type: prefixes of common title words, letter by letter.
const char *const TypedWords[] = { "the", "night", "house", "love", "river", "star", "king", "winter",
    "dragon", "city", "last", "garden", "shadow", "summer", "blue", "island", "war", "song", "dark", "road" };

/// How long the process ran before main() (loading and linking), from the
/// kernel's start time; 0 where that is not known.
double processAgeAtMainMs(qint64 sinceMainMs)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    // Field 22 (after the parenthesised command name) is the start time in clock ticks since boot.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startedSeconds = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return std::max(0.0, (nowSeconds - startedSeconds) * 1000.0 - double(sinceMainMs));
#else
    Q_UNUSED(sinceMainMs);
    return 0;
#endif
}

/// The peak resident set size (VmHWM) of the process; 0 where it is not known.
double peakRssMegabytes()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
#endif
    return 0;
}

/// Starts a new peak: VmHWM is set to the current resident set size.
void resetPeakRss()
{
#ifdef Q_OS_LINUX
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
#endif
}

/// The rows of the cells the grid shows, whole or in part. Asking the view
/// runs any layout it has pending, so the measurements ask once per scroll
/// position, never while they wait, to add no work the application does not do.
QList<int> visibleRows(QListView *grid)
{
    QList<int> rows;
    const QRect area = grid->viewport()->rect();
    const QModelIndex first = grid->indexAt(QPoint(2, 2));
    if (!first.isValid())
        return rows;
    QAbstractItemModel *model = grid->model();
    for (int row = first.row(); row < model->rowCount(); ++row) {
        const QRect cell = grid->visualRect(model->index(row, grid->modelColumn()));
        if (cell.top() > area.bottom())
            break;
        if (cell.intersects(area))
            rows.append(row);
    }
    return rows;
}

/// Whether all these cells of the grid have their row data.
bool rowsLoaded(const QListView *grid, const QList<int> &rows)
{
    return !rows.isEmpty() && std::none_of(rows.cbegin(), rows.cend(), [grid](int row) {
        return grid->model()->index(row, grid->modelColumn()).data(LoadingRole).toBool();
    });
}

/// Whether all these cells of the grid have their row data and their cover
/// (with `orFailed`: or will not get it).
bool coversLoaded(const QListView *grid, const QList<int> &rows, bool orFailed)
{
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [grid, orFailed](int row) {
        const QModelIndex index = grid->model()->index(row, grid->modelColumn());
        if (index.data(LoadingRole).toBool())
            return false;
        const auto state = CoverState(index.data(CoverStateRole).toInt());
        return state == CoverState::Loaded || state == CoverState::None
            || (orFailed && state == CoverState::Failed);
    });
}
} // namespace

UiBenchmark::UiBenchmark(LibraryWindow &window, const QElapsedTimer &sinceStart)
    : m_window(window)
    , m_sinceStart(sinceStart)
{
    m_clock.start();
}

bool UiBenchmark::run()
{
    if (!measureStartup())
        return false;
    // Covers first, as a person opening the grid after starting would see
    // them: peak_rss_mb is the memory of that session, before the list
    // measurements below make lists of 10,000 items.
    if (m_covers) {
        measureCovers();
        print(QStringLiteral("peak_rss_mb"), peakRssMegabytes(), QStringLiteral("MB"));
        // The budget is the memory cache plus 100 MB; the disk cache is on
        // disk, shown to tell how much the measurements read from it.
        print(QStringLiteral("memory_cache_mb"),
            double(m_covers->settings().memoryCacheBytes) / (1024.0 * 1024.0), QStringLiteral("MB"));
        print(QStringLiteral("disk_cache_mb"), double(m_covers->diskCache().usedBytes()) / (1024.0 * 1024.0),
            QStringLiteral("MB"));
        m_window.setViewMode(LibraryWindow::ViewMode::Table);
    }
    measureSearch();
    measureSort();
    measureScrolling();
    if (m_remoteEdit)
        measureRemoteChange();
    measureLists();
    print(QStringLiteral("peak_rss_total_mb"), peakRssMegabytes(), QStringLiteral("MB"));
    return true;
}

void UiBenchmark::measureRemoteChange()
{
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    m_window.setViewMode(LibraryWindow::ViewMode::Table);
    QList<double> latencies;
    table->scrollToTop();
    QThreadPool otherComputer;
    otherComputer.setMaxThreadCount(1);
    otherComputer.setExpiryTimeout(-1);
    for (int round = 0; round < 10; ++round) {
        if (model->rowCount() > 0)
            model->rowAt(0);
        if (!waitUntil([&] { return model->rowCount() > 0 && model->loadedRowAt(0) != nullptr; }))
            break;
        const QModelIndex first = model->index(0, LibraryTableModel::Title);
        const QUuid id = first.data(MediaIdRole).toUuid();
        QString title = first.data().toString();
        title.remove(QRegularExpression(QStringLiteral(" \\(edit \\d+\\)$")));
        const QString renamed = QStringLiteral("%1 (edit %2)").arg(title).arg(round + 1);
        PaintWatcher watcher(table->viewport(), m_clock);
        // The other member writes on a thread of theirs, as another computer would.
        std::atomic<qint64> committedAt { -1 };
        QFuture<void> writing = QtConcurrent::run(&otherComputer, [&] {
            if (m_remoteEdit(id, renamed))
                committedAt = m_clock.elapsed();
        });
        // When the renamed row arrived: checked as the model announces data,
        // so that the paint that follows is the one measured.
        qint64 shownAt = -1;
        auto check = [&] {
            // Only the rows already in memory: asking for others would load them.
            for (int row = 0; shownAt < 0 && row < std::min(model->rowCount(), 200); ++row) {
                const LibraryRow *loaded = model->loadedRowAt(row);
                if (loaded && loaded->media.title == renamed)
                    shownAt = m_clock.elapsed();
            }
        };
        const QList<QMetaObject::Connection> connections {
            QObject::connect(model, &QAbstractItemModel::dataChanged, check),
            QObject::connect(model, &QAbstractItemModel::modelReset, check),
            QObject::connect(model, &QAbstractItemModel::layoutChanged, check),
            QObject::connect(model, &QAbstractItemModel::rowsInserted, check),
        };
        const bool shown
            = waitUntil([&] { return shownAt >= 0 && committedAt >= 0 && watcher.lastPaint() >= shownAt; });
        for (const QMetaObject::Connection &connection : connections)
            QObject::disconnect(connection);
        writing.waitForFinished();
        if (shown)
            latencies.append(double(watcher.lastPaint() - committedAt));
        // Between two edits, as between two people's.
        waitUntil([] { return false; }, 200);
    }
    if (m_remoteFinish)
        QtConcurrent::run(&otherComputer, m_remoteFinish).waitForFinished();
    print(QStringLiteral("remote_change_visible_ms"), latencies.isEmpty() ? -1 : percentile(latencies, 0.95),
        QStringLiteral("ms"));
    print(QStringLiteral("remote_change_visible_max_ms"),
        latencies.isEmpty() ? -1 : *std::max_element(latencies.cbegin(), latencies.cend()),
        QStringLiteral("ms"));
}

void UiBenchmark::setListMaker(std::function<Lists()> makeLists)
{
    m_makeLists = std::move(makeLists);
}

void UiBenchmark::setCovers(CoverLoader *loader, int distinct, std::function<int()> requestsServed)
{
    m_covers = loader;
    m_distinctCovers = distinct;
    m_requestsServed = std::move(requestsServed);
}

template<typename Signal>
double UiBenchmark::timeToPaint(QWidget *viewport, Signal signal, const std::function<void()> &action)
{
    PaintWatcher watcher(viewport, m_clock);
    qint64 signalledAt = -1;
    const QMetaObject::Connection connection = QObject::connect(m_window.libraryModel(), signal, [&] {
        if (signalledAt < 0)
            signalledAt = m_clock.elapsed();
    });
    const qint64 start = m_clock.elapsed();
    action();
    const bool shown = waitUntil([&] { return signalledAt >= 0 && watcher.lastPaint() >= signalledAt; });
    QObject::disconnect(connection);
    return shown ? double(watcher.lastPaint() - start) : -1;
}

double UiBenchmark::openList(int kind, const QUuid &listId)
{
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    SidebarView *sidebar = m_window.sidebar();
    const qint64 start = m_clock.elapsed();
    const bool opened = waitForResult(
        table->viewport(), [&] { sidebar->selectEntry(kind, listId); },
        [&] { return model->source().listId == listId; });
    return opened ? double(m_clock.elapsed() - start) : -1;
}

double UiBenchmark::timeToLastRow()
{
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    const int last = model->rowCount() - 1;
    if (last < 0)
        return -1;
    PaintWatcher watcher(table->viewport(), m_clock);
    const qint64 start = m_clock.elapsed();
    table->scrollToBottom();
    // Painted with its data: the row is in memory and a paint came after it arrived.
    qint64 arrivedAt = model->loadedRowAt(last) ? start : -1;
    const QMetaObject::Connection connection = QObject::connect(
        model, &QAbstractItemModel::dataChanged, [&](const QModelIndex &, const QModelIndex &) {
            if (arrivedAt < 0 && model->loadedRowAt(last))
                arrivedAt = m_clock.elapsed();
        });
    const bool shown = waitUntil([&] { return arrivedAt >= 0 && watcher.lastPaint() >= arrivedAt; });
    QObject::disconnect(connection);
    table->scrollToTop();
    return shown ? double(watcher.lastPaint() - start) : -1;
}

void UiBenchmark::measureLists()
{
    if (!m_makeLists)
        return;
    m_lists = m_makeLists();
    if (m_lists.manual.isNull() || m_lists.smart.isNull())
        return;
    m_window.findChild<SidebarModel *>()->refresh();
    m_window.setViewMode(LibraryWindow::ViewMode::Table);
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    SidebarView *sidebar = m_window.sidebar();
    waitUntil([&] {
        return static_cast<SidebarModel *>(sidebar->model())
            ->find(SidebarModel::Kind::List, m_lists.manual)
            .isValid();
    });

    // Opening the list: sidebar click to painted rows; then its far end.
    print(QStringLiteral("list_open_ms"), openList(int(SidebarModel::Kind::List), m_lists.manual),
        QStringLiteral("ms"));
    print(QStringLiteral("list_rows"), model->rowCount(), QStringLiteral("rows"));
    print(QStringLiteral("list_last_row_ms"), timeToLastRow(), QStringLiteral("ms"));

    // Drops through the model's MIME path (what the view calls), from far
    // rows to far places, each undone so the list ends as it began.
    QList<double> drops;
    QList<double> undos;
    const int rows = model->rowCount();
    for (int i = 0; i < 10 && rows > 100; ++i) {
        const int from = (i * 997 + 50) % rows;
        const int to = (i * 3571 + 10) % rows;
        model->rowAt(from);
        waitUntil([&] { return model->loadedRowAt(from) != nullptr; });
        std::unique_ptr<QMimeData> data(
            model->mimeData({ model->index(from, 0), model->index(from + 1, 0) }));
        if (!data)
            continue;
        drops.append(timeToPaint(table->viewport(), &QAbstractItemModel::layoutChanged,
            [&] { model->dropMimeData(data.get(), Qt::MoveAction, to, 0, {}); }));
        undos.append(timeToPaint(
            table->viewport(), &QAbstractItemModel::layoutChanged, [&] { m_window.undoStack()->undo(); }));
    }
    print(QStringLiteral("list_drop_p95_ms"), percentile(drops, 0.95), QStringLiteral("ms"));
    print(QStringLiteral("list_drop_undo_p95_ms"), percentile(undos, 0.95), QStringLiteral("ms"));

    // The smart list: open it (all of it can be scrolled to), then finish
    // its first item, which leaves it.
    print(QStringLiteral("smart_open_ms"), openList(int(SidebarModel::Kind::SmartList), m_lists.smart),
        QStringLiteral("ms"));
    print(QStringLiteral("smart_rows"), model->rowCount(), QStringLiteral("rows"));
    print(QStringLiteral("smart_last_row_ms"), timeToLastRow(), QStringLiteral("ms"));
    QList<double> updates;
    for (int i = 0; i < 5 && model->rowCount() > 0; ++i) {
        table->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QAction *dropped = m_window.actions()->setStatus.value(int(Status::Dropped));
        updates.append(
            timeToPaint(table->viewport(), &QAbstractItemModel::rowsRemoved, [&] { dropped->trigger(); }));
        timeToPaint(
            table->viewport(), &QAbstractItemModel::rowsInserted, [&] { m_window.undoStack()->undo(); });
    }
    print(QStringLiteral("smart_update_p95_ms"), percentile(updates, 0.95), QStringLiteral("ms"));

    // A list of the whole library.
    if (!m_lists.whole.isNull()) {
        print(QStringLiteral("list_open_100k_ms"), openList(int(SidebarModel::Kind::List), m_lists.whole),
            QStringLiteral("ms"));
        print(QStringLiteral("list_100k_rows"), model->rowCount(), QStringLiteral("rows"));
        print(QStringLiteral("list_100k_last_row_ms"), timeToLastRow(), QStringLiteral("ms"));
    }
}

void UiBenchmark::print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << '\t' << QString::number(value, 'f', 1) << '\t' << unit << Qt::endl;
}

double UiBenchmark::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

bool UiBenchmark::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool UiBenchmark::waitForResult(
    QWidget *viewport, const std::function<void()> &action, const std::function<bool()> &isResult)
{
    // The result counts as shown at the first paint after the model finished
    // loading what `isResult` asks for; both are stamped as events arrive.
    LibraryTableModel *model = m_window.libraryModel();
    PaintWatcher watcher(viewport, m_clock);
    qint64 loadedAt = -1;
    const QMetaObject::Connection connection = QObject::connect(model, &LibraryTableModel::loaded, [&] {
        if (isResult())
            loadedAt = m_clock.elapsed();
    });
    action();
    const bool shown = waitUntil([&] { return loadedAt >= 0 && watcher.lastPaint() >= loadedAt; });
    QObject::disconnect(connection);
    return shown;
}

bool UiBenchmark::measureStartup()
{
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    PaintWatcher watcher(table->viewport(), m_sinceStart);
    // The window counts as shown when the table has painted rows of the library.
    qint64 loadedAt = model->rowCount() > 0 ? m_sinceStart.elapsed() : -1;
    QObject::connect(model, &LibraryTableModel::loaded, model, [&] {
        if (loadedAt < 0 && model->rowCount() > 0)
            loadedAt = m_sinceStart.elapsed();
    });
    const bool shown = waitUntil([&] { return loadedAt >= 0 && watcher.lastPaint() >= loadedAt; }, 30000);
    QObject::disconnect(model, &LibraryTableModel::loaded, model, nullptr);
    if (!shown) {
        QTextStream(stderr) << "omnimediatrak-bench-ui: the library window never showed any rows.\n";
        return false;
    }
    // From the start of the process (loading included) to the painted rows.
    const double beforeMain = processAgeAtMainMs(m_sinceStart.elapsed());
    print(QStringLiteral("startup_ms"), beforeMain + double(watcher.lastPaint() - m_startupExcluded),
        QStringLiteral("ms"));
    print(QStringLiteral("library_rows"), model->rowCount(), QStringLiteral("rows"));
    return true;
}

void UiBenchmark::measureSearch()
{
    const QList<double> latencies = typeSearches([] { return true; }, 1);
    print(QStringLiteral("search_keystroke_p95_ms"), percentile(latencies, 0.95), QStringLiteral("ms"));
    print(QStringLiteral("search_keystroke_max_ms"), percentile(latencies, 1.0), QStringLiteral("ms"));
}

QList<double> UiBenchmark::typeSearches(const std::function<bool()> &more, int rounds)
{
    auto *search = m_window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    QList<double> latencies;
    for (int round = 0; round < rounds && more(); ++round) {
        for (const char *word : TypedWords) {
            if (!more())
                break;
            search->setFocus();
            for (const char *letter = word; *letter; ++letter) {
                const QString text = QString(QLatin1Char(*letter));
                const QString typed = search->text() + text;
                const qint64 start = m_clock.elapsed();
                const bool shown = waitForResult(
                    table->viewport(),
                    [&] {
                        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + (*letter - 'a'), Qt::NoModifier, text);
                        QKeyEvent release(
                            QEvent::KeyRelease, Qt::Key_A + (*letter - 'a'), Qt::NoModifier, text);
                        QApplication::sendEvent(search, &press);
                        QApplication::sendEvent(search, &release);
                    },
                    [&] { return model->source().searchText == typed; });
                if (shown)
                    latencies.append(double(m_clock.elapsed() - start));
            }
            waitForResult(
                table->viewport(), [&] { search->clear(); },
                [&] { return model->source().kind == LibrarySource::Kind::Catalogue; });
        }
    }
    return latencies;
}

bool UiBenchmark::measureSearchDuringJob(LongJobRunner &runner, std::unique_ptr<LongJob> job)
{
    bool ended = false;
    JobOutcome outcome;
    int reports = 0;
    QObject context;
    QObject::connect(&runner, &LongJobRunner::progressChanged, &context, [&] { ++reports; });
    QObject::connect(&runner, &LongJobRunner::finished, &context, [&](const JobOutcome &o) {
        ended = true;
        outcome = o;
    });
    const qint64 start = m_clock.elapsed();
    if (!runner.start(std::move(job)))
        return false;
    // From the first committed chunk on, as a person who started the job
    // and went on searching would.
    waitUntil([&] { return reports > 0 || ended; }, 60000);
    const QList<double> latencies = typeSearches([&] { return !ended; }, 10);
    const bool finished
        = waitUntil([&] { return ended; }, 30 * 60 * 1000) && outcome.kind == JobOutcome::Kind::Finished;
    print(QStringLiteral("search_during_job_p95_ms"), percentile(latencies, 0.95), QStringLiteral("ms"));
    print(QStringLiteral("search_during_job_max_ms"), percentile(latencies, 1.0), QStringLiteral("ms"));
    print(QStringLiteral("search_during_job_keystrokes"), latencies.size(), QStringLiteral("keystrokes"));
    print(QStringLiteral("search_during_job_job_s"), double(m_clock.elapsed() - start) / 1000.0,
        QStringLiteral("s"));
    if (!finished)
        QTextStream(stderr) << "omnimediatrak-bench-ui: the job did not finish: " << outcome.error.toString()
                            << '\n';
    return finished;
}

void UiBenchmark::measureSort()
{
    auto *table = m_window.findChild<LibraryTableView *>();
    LibraryTableModel *model = m_window.libraryModel();
    QHeaderView *header = table->horizontalHeader();
    QList<double> times;
    const int columns[] = { LibraryTableModel::Year, LibraryTableModel::Year, LibraryTableModel::Title,
        LibraryTableModel::Title, LibraryTableModel::Year, LibraryTableModel::Title };
    for (int column : columns) {
        if (header->isSectionHidden(column))
            continue;
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        const MediaQuery before = model->source().query;
        const qint64 start = m_clock.elapsed();
        const bool shown = waitForResult(
            table->viewport(),
            [&] {
                QMouseEvent press(QEvent::MouseButtonPress, at, header->viewport()->mapToGlobal(at),
                    Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
                QMouseEvent release(QEvent::MouseButtonRelease, at, header->viewport()->mapToGlobal(at),
                    Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(header->viewport(), &press);
                QApplication::sendEvent(header->viewport(), &release);
            },
            [&] { return !(model->source().query == before); });
        if (shown)
            times.append(double(m_clock.elapsed() - start));
        // Let the page anchors of the new order arrive before the next click,
        // as they do while a person looks at the result.
        waitUntil([] { return false; }, 300);
    }
    print(QStringLiteral("sort_ms"), percentile(times, 1.0), QStringLiteral("ms"));
}

void UiBenchmark::measureScrolling()
{
    m_window.setViewMode(LibraryWindow::ViewMode::Table);
    auto *table = m_window.findChild<LibraryTableView *>();
    print(
        QStringLiteral("scroll_max_frame_ms"), percentile(scrollFrames(table, 2), 1.0), QStringLiteral("ms"));
    if (m_covers)
        return; // the grid is measured with its covers, in measureCovers()
    m_window.setViewMode(LibraryWindow::ViewMode::Grid);
    auto *grid = m_window.findChild<CoverGridView *>();
    print(QStringLiteral("grid_scroll_max_frame_ms"), percentile(scrollFrames(grid, 2), 1.0),
        QStringLiteral("ms"));
}

QList<double> UiBenchmark::scrollFrames(QAbstractItemView *view, int passes)
{
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> frames;
    for (int pass = 0; pass < passes; ++pass) {
        bar->setValue(bar->minimum());
        waitUntil([] { return false; }, 200);
        // The first pass fills the cache as a person scrolling for the first
        // time would; the last one is measured.
        const bool measured = pass == passes - 1;
        while (bar->value() < bar->maximum()) {
            QElapsedTimer frame;
            frame.start();
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view->viewport()->repaint();
            QCoreApplication::processEvents();
            const double ms = double(frame.nsecsElapsed()) / 1e6;
            if (measured)
                frames.append(ms);
            else
                waitUntil(
                    [view] {
                        // Wait until the rows now visible are loaded.
                        const QModelIndex top = view->indexAt(QPoint(4, 4));
                        return !top.isValid() || !top.data(LoadingRole).toBool();
                    },
                    2000);
        }
    }
    return frames;
}

void UiBenchmark::measureCovers()
{
    if (!m_covers)
        return;
    LibraryTableModel *model = m_window.libraryModel();
    m_window.setViewMode(LibraryWindow::ViewMode::Grid);
    auto *grid = m_window.findChild<CoverGridView *>();
    // The whole catalogue (the measurements start there; this keeps them
    // right if they are reordered).
    if (model->source().kind != LibrarySource::Kind::Catalogue) {
        waitForResult(
            grid->viewport(),
            [&] { m_window.sidebar()->selectEntry(int(SidebarModel::Kind::AllMedia), QVariant()); },
            [&] { return model->source().kind == LibrarySource::Kind::Catalogue; });
    }
    print(QStringLiteral("grid_rows"), model->rowCount(), QStringLiteral("rows"));

    warmUpCovers(grid);
    // From here on every cover comes from the disk cache, as in a session
    // started with a warm cache: its memory peak is what peak_rss_mb reports
    // (the downloads of the warm-up are over, though what they freed may
    // still count as resident).
    m_covers->clearMemoryCache();
    resetPeakRss();

    // One measured pass over every item: rows load as the pass reaches them
    // and covers are read and decoded in the background, as for a person
    // paging through the whole library.
    const QList<double> frames = scrollFrames(grid, 1);
    print(QStringLiteral("grid_scroll_max_frame_ms"), percentile(frames, 1.0), QStringLiteral("ms"));
    print(QStringLiteral("grid_scroll_p95_frame_ms"), percentile(frames, 0.95), QStringLiteral("ms"));

    // Pages anywhere in the library, the same ones on every run.
    QScrollBar *bar = grid->verticalScrollBar();
    QRandomGenerator random(20240605);
    QList<double> times;
    int timeouts = 0;
    for (int i = 0; i < 30; ++i) {
        const int value = bar->minimum() + int(random.bounded(quint32(bar->maximum() - bar->minimum() + 1)));
        const double ms = timeToCovers(grid, value);
        if (ms >= 0)
            times.append(ms);
        else
            ++timeouts;
    }
    print(QStringLiteral("cover_visible_p95_ms"), percentile(times, 0.95), QStringLiteral("ms"));
    print(QStringLiteral("cover_visible_max_ms"), percentile(times, 1.0), QStringLiteral("ms"));
    if (timeouts > 0)
        print(QStringLiteral("cover_visible_timeouts"), timeouts, QStringLiteral("pages"));
}

void UiBenchmark::warmUpCovers(QListView *grid)
{
    // Downloads every cover through HTTP into the disk cache, as a person
    // who looked through the library once would have: the measurements
    // after it are about a warm disk cache. It stops once every distinct
    // cover is on disk (the items point at `distinct` covers, numbered in
    // title order, so that is after `distinct` items in the title order):
    // waiting for every page of 100,000 items would take minutes and
    // download nothing more.
    QScrollBar *bar = grid->verticalScrollBar();
    bar->setValue(bar->minimum());
    const qint64 start = m_clock.elapsed();
    int stalls = 0;
    QList<int> rows;
    for (;;) {
        rows = visibleRows(grid);
        if (!waitUntil([&] { return coversLoaded(grid, rows, true); }))
            ++stalls;
        if (bar->value() >= bar->maximum() || m_covers->diskCache().count() >= m_distinctCovers)
            break;
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    }
    print(QStringLiteral("cover_warmup_s"), double(m_clock.elapsed() - start) / 1000.0, QStringLiteral("s"));
    print(QStringLiteral("cover_warmup_rows"), rows.isEmpty() ? 0 : rows.last() + 1, QStringLiteral("rows"));
    // With every item pointing at one of `distinct` covers, each is
    // downloaded once.
    print(QStringLiteral("covers_distinct"), m_distinctCovers, QStringLiteral("covers"));
    const int served = m_requestsServed ? m_requestsServed() : -1;
    print(QStringLiteral("covers_downloaded"), served, QStringLiteral("covers"));
    if (stalls > 0)
        print(QStringLiteral("cover_warmup_stalls"), stalls, QStringLiteral("pages"));
}

double UiBenchmark::timeToCovers(QListView *grid, int scrollValue)
{
    // The clock starts with the first paint of the page in which every
    // visible cell shows its row (title, placeholder cover): that paint asks
    // for the covers. It stops at the first paint after the last visible
    // cover arrived. Both events are stamped as they happen (the model's
    // dataChanged, the start of the viewport's paint event), not when this
    // loop looks. The memory cache is emptied first, so every cover is read
    // and decoded from the disk cache.
    m_covers->clearMemoryCache();
    PaintWatcher watcher(grid->viewport(), m_clock);
    qint64 rowsAt = -1;
    qint64 coversAt = -1;
    QList<int> rows;
    const auto check = [&] {
        if (rowsAt < 0 && rowsLoaded(grid, rows))
            rowsAt = m_clock.elapsed();
        if (rowsAt >= 0 && coversAt < 0 && coversLoaded(grid, rows, false))
            coversAt = m_clock.elapsed();
    };
    const QMetaObject::Connection connection
        = QObject::connect(grid->model(), &QAbstractItemModel::dataChanged, grid, check);
    grid->verticalScrollBar()->setValue(scrollValue);
    rows = visibleRows(grid);
    check();
    const bool shown = waitUntil([&] {
        check();
        return coversAt >= 0 && watcher.firstPaintSince(coversAt) >= 0;
    });
    QObject::disconnect(connection);
    if (!shown || watcher.firstPaintSince(rowsAt) < 0)
        return -1;
    return double(watcher.firstPaintSince(coversAt) - watcher.firstPaintSince(rowsAt));
}

} // namespace omt
