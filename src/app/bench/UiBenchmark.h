#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

class QAbstractItemView;
class QListView;
class QWidget;

namespace omt {

class CoverLoader;
class LibraryWindow;
class LongJob;
class LongJobRunner;

/// Drives a real library window the way a person would (typing, clicking a
/// header, paging through the views) and measures how long the GUI thread
/// takes to show the result. Prints one `name<TAB>value<TAB>unit` line per figure.
class UiBenchmark
{
public:
    /// `sinceStart` runs from the start of main().
    UiBenchmark(LibraryWindow &window, const QElapsedTimer &sinceStart);

    /// The lists the list measurements open.
    struct Lists
    {
        /// A manual list of 10,000 items.
        QUuid manual;
        /// A smart list (completed items, newest first).
        QUuid smart;
        /// A manual list of every item of the library.
        QUuid whole;
    };
    /// Makes the lists (run after the startup is measured; nulls skip them).
    void setListMaker(std::function<Lists()> makeLists);

    /// Measures the covers of the grid (after everything else): `loader` is
    /// the window's, the library's items point at `distinct` covers of a
    /// local server, and `requestsServed` tells how many requests that server
    /// has answered. Without it the grid is measured without covers.
    void setCovers(CoverLoader *loader, int distinct, std::function<int()> requestsServed);
    /// Time main() spent preparing the measurements before the window was
    /// made (the cover server, the cover addresses), which a person starting
    /// the application does not wait for: left out of startup_ms.
    void setStartupExcluded(qint64 milliseconds) { m_startupExcluded = milliseconds; }

    /// Renames the item `mediaId` to `title` as another member would, on a
    /// connection of theirs; returns whether it was committed. Set on a
    /// household server: remote_change_visible_ms is measured with it.
    /// The edits run on one thread of their own; `finish` runs there after
    /// the last (to close that thread's connection).
    using RemoteEdit = std::function<bool(const QUuid &mediaId, const QString &title)>;
    void setRemoteEdit(RemoteEdit edit, std::function<void()> finish)
    {
        m_remoteEdit = std::move(edit);
        m_remoteFinish = std::move(finish);
    }

    /// Runs every measurement; false when the window never showed the library.
    bool run();

    /// search_during_job_p95_ms: the search measurement again, while `job`
    /// runs on `runner` writing into this window's library, from its first
    /// progress report until it ends. Returns whether the job finished.
    bool measureSearchDuringJob(LongJobRunner &runner, std::unique_ptr<LongJob> job);

private:
    bool measureStartup();
    void measureSearch();
    /// Types the words of TypedWords letter by letter into the search field
    /// (round after round while `more` holds, at most `rounds`) and returns
    /// each keystroke's time until its results were painted.
    QList<double> typeSearches(const std::function<bool()> &more, int rounds);
    void measureSort();
    void measureScrolling();
    /// Opening a 10,000-item list, drops in it (each undone), opening a smart
    /// list and a tracking change that takes an item out of it.
    void measureLists();
    /// remote_change_visible_ms: another member renames the first item of
    /// the table; from their commit until the new title is painted.
    void measureRemoteChange();
    /// The grid with covers served over HTTP: a warm-up that fills the disk
    /// cache, scrolling with covers read from it, and the time until the
    /// covers of a freshly shown page are painted.
    void measureCovers();
    /// Scrolls the grid top to bottom in page steps, waiting at each step
    /// until the visible cells show their covers (or stop trying).
    void warmUpCovers(QListView *grid);
    /// From a jump to a page whose cells show their rows to the paint that
    /// shows all their covers, read from the disk cache; -1 on timeout.
    double timeToCovers(QListView *grid, int scrollValue);
    /// Runs `action` and waits for the first paint of the viewport after
    /// `signal` of the model; returns the milliseconds, or -1 on timeout.
    template<typename Signal>
    double timeToPaint(QWidget *viewport, Signal signal, const std::function<void()> &action);
    /// The single steps (GUI-thread work plus repaint, in ms) of the last of
    /// `passes` scrolls of the view from top to bottom in page steps.
    QList<double> scrollFrames(QAbstractItemView *view, int passes);
    /// Processes events until `done` or the timeout; false on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);
    /// Runs `action`, then waits until the model has loaded a source for
    /// which `isResult` holds and the viewport has been painted after that.
    bool waitForResult(
        QWidget *viewport, const std::function<void()> &action, const std::function<bool()> &isResult);
    /// Scrolls the table to its last row and returns the time until that
    /// row was painted with its data (-1: not within the timeout).
    double timeToLastRow();
    /// Opens a list from the sidebar; the time until its rows were painted (-1: never).
    double openList(int kind, const QUuid &listId);

    static void print(const QString &name, double value, const QString &unit);
    static double percentile(QList<double> values, double p);

    LibraryWindow &m_window;
    const QElapsedTimer &m_sinceStart;
    QElapsedTimer m_clock;
    std::function<Lists()> m_makeLists;
    RemoteEdit m_remoteEdit;
    std::function<void()> m_remoteFinish;
    CoverLoader *m_covers = nullptr;
    int m_distinctCovers = 0;
    std::function<int()> m_requestsServed;
    qint64 m_startupExcluded = 0;
    Lists m_lists;
};

} // namespace omt
