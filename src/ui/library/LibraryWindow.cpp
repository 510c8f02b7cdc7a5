#include "LibraryWindow.h"

#include "storage/AsyncStorage.h"
#include "ui_LibraryWindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTreeWidget>

namespace omt {

namespace {
constexpr int SearchResultLimit = 200;
// Long enough to skip intermediate keystrokes of fast typing, short enough
// to feel immediate; the search itself takes a few milliseconds.
constexpr int SearchDelayMs = 60;
} // namespace

LibraryWindow::LibraryWindow(AsyncStorage &storage, const QString &libraryName, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::LibraryWindow>())
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
    m_ui->setupUi(this);
    m_search = m_ui->search;
    m_results = m_ui->results;
    QHeaderView *header = m_results->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);

    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);

    m_ui->findAction->setShortcut(QKeySequence::Find);
    connect(m_ui->findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
}

LibraryWindow::~LibraryWindow() = default;

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
