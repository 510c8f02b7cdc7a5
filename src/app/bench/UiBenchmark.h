#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

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

    /// Runs every measurement; false when the window never showed the library.
    bool run();

private:
    bool measureStartup();
    void measureSearch();
    void measureSort();
    void measureScrolling();
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
};

} // namespace omt
