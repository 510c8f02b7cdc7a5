#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace omt {

class LibraryWindow;

/// Drives a real library window the way a person would (typing, clicking a
/// header, paging through the views) and measures how long the GUI thread
/// takes to show the result. Prints one `name<TAB>value<TAB>unit` line per figure.
class UiBenchmark
{
public:
    /// `sinceStart` runs from the start of main().
    UiBenchmark(LibraryWindow &window, const QElapsedTimer &sinceStart);

    /// Makes a manual list of 10,000 items and a smart list for the list
    /// measurements (run after the startup is measured; nulls skip them).
    void setListMaker(std::function<std::pair<QUuid, QUuid>()> makeLists);

    /// Runs every measurement; false when the window never showed the library.
    bool run();

private:
    bool measureStartup();
    void measureSearch();
    void measureSort();
    void measureScrolling();
    /// Opening a 10,000-item list, drops in it (each undone), opening a smart
    /// list and a tracking change that takes an item out of it.
    void measureLists();
    /// Runs `action` and waits for the first paint of the viewport after
    /// `signal` of the model; returns the milliseconds, or -1 on timeout.
    template<typename Signal>
    double timeToPaint(QWidget *viewport, Signal signal, const std::function<void()> &action);
    /// The longest single step (GUI-thread work plus repaint) scrolling the
    /// view from top to bottom in page steps.
    double scrollMaxFrame(QAbstractItemView *view, int passes);
    /// Processes events until `done` or the timeout; false on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);
    /// Runs `action`, then waits until the model has loaded a source for
    /// which `isResult` holds and the viewport has been painted after that.
    bool waitForResult(
        QWidget *viewport, const std::function<void()> &action, const std::function<bool()> &isResult);

    static void print(const QString &name, double value, const QString &unit);
    static double percentile(QList<double> values, double p);

    LibraryWindow &m_window;
    const QElapsedTimer &m_sinceStart;
    QElapsedTimer m_clock;
    std::function<std::pair<QUuid, QUuid>()> m_makeLists;
    QUuid m_manualList;
    QUuid m_smartList;
};

} // namespace omt
