#include "LibraryWindow.h"

#include "storage/AsyncStorage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace omt {

namespace {
constexpr int SearchResultLimit = 200;
// Long enough to skip intermediate keystrokes of fast typing, short enough
// to feel immediate; the search itself takes a few milliseconds.
constexpr int SearchDelayMs = 60;
} // namespace

LibraryWindow::LibraryWindow(AsyncStorage &storage, const QString &libraryName, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
{
    setWindowTitle(tr("%1 — OmniMediaTrak").arg(libraryName));
    buildUi();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &LibraryWindow::startSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    refreshCounts();
    showFirstPage();
}

void LibraryWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search titles, creators and descriptions"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_results = new QTreeWidget(central);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Title"), tr("Type"), tr("Year")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(false);
    m_results->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_results);
    setCentralWidget(central);

    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *find = fileMenu->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    resize(900, 600);
}

void LibraryWindow::refreshCounts()
{
    m_storage.run([](Repositories &r) { return r.media.countByType(); }, this,
                  [this](Result<QHash<MediaType, int>> counts) {
                      if (!counts) {
                          showError(counts.error().message);
                          return;
                      }
                      int total = 0;
                      QStringList perType;
                      for (MediaType type : allValues<MediaType>()) {
                          const int n = counts->value(type);
                          total += n;
                          if (n > 0)
                              perType.append(QStringLiteral("%1: %2").arg(displayName(type), QLocale().toString(n)));
                      }
                      m_summary->setText(total == 0 ? tr("The library is empty.")
                                         : total == 1
                                         ? tr("1 item")
                                         : tr("%1 items").arg(QLocale().toString(total)));
                      m_summary->setToolTip(perType.join(QLatin1Char('\n')));
                  });
}

void LibraryWindow::startSearch()
{
    const QString typed = m_search->text();
    const quint64 generation = ++m_searchGeneration;
    if (typed.trimmed().isEmpty()) {
        showFirstPage();
        return;
    }
    m_storage.run([typed](Repositories &r) { return r.media.search(typed, SearchResultLimit); }, this,
                  [this, generation](Result<QList<MediaSummary>> results) {
                      if (generation != m_searchGeneration)
                          return;
                      if (!results) {
                          showError(results.error().message);
                          return;
                      }
                      showResults(*results);
                  });
}

void LibraryWindow::showFirstPage()
{
    const quint64 generation = ++m_searchGeneration;
    m_storage.run([](Repositories &r) { return r.media.page(MediaQuery{}, PageCursor{}, SearchResultLimit); }, this,
                  [this, generation](Result<MediaPage> page) {
                      if (generation != m_searchGeneration)
                          return;
                      if (!page) {
                          showError(page.error().message);
                          return;
                      }
                      showResults(page->rows);
                  });
}

void LibraryWindow::showResults(const QList<MediaSummary> &results)
{
    m_results->setUpdatesEnabled(false);
    m_results->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(results.size());
    for (const MediaSummary &media : results) {
        auto *item = new QTreeWidgetItem({media.title, displayName(media.type),
                                          media.releaseDate.isValid() ? QString::number(media.releaseDate.year())
                                                                      : QString()});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_results->setUpdatesEnabled(true);
}

void LibraryWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
}

} // namespace omt
