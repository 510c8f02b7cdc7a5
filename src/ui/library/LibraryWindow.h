#pragma once

#include "core/Media.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Ui {
class LibraryWindow;
}

namespace omt {

class AsyncStorage;

/// The first window: the start of the library in title order, its size, and
/// search as you type over it. The full library window (browse, track, edit) replaces it.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    LibraryWindow(AsyncStorage &storage, const QString &libraryName, QWidget *parent = nullptr);
    ~LibraryWindow() override;

private:
    void buildUi();
    void refreshCounts();
    void startSearch();
    /// Without a search: the start of the library in title order.
    void showFirstPage();
    void showResults(const QList<MediaSummary> &results);
    void showError(const QString &message);

    std::unique_ptr<::Ui::LibraryWindow> m_ui;
    AsyncStorage &m_storage;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_searchDelay;
    /// Answers to searches that were overtaken by newer typing are ignored.
    quint64 m_searchGeneration = 0;
};

} // namespace omt
