#include "ReadOnlyMode.h"

#include "CoverGridView.h"
#include "EmptyLibraryPage.h"
#include "LibraryActions.h"
#include "LibraryTableView.h"
#include "LibraryWindow.h"
#include "SidebarView.h"
#include "ui/details/CoverWell.h"
#include "ui/tracking/TrackingPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

namespace omt {

void ReadOnlyMode::apply(LibraryWindow &window, const QString &reason)
{
    //: %1 is the window title without the mark, "library — OmniMediaTrak"
    window.setWindowTitle(tr("%1 (read-only)").arg(window.windowTitle()));
    auto *label = new QLabel(tr("Read-only"), &window);
    label->setObjectName(QStringLiteral("readOnlyIndicator"));
    label->setToolTip(reason);
    window.statusBar()->addPermanentWidget(label);

    window.actions()->setReadOnly(true);

    // Writes that do not go through an action: drops onto lists and onto
    // the cover, renaming in the sidebar, the tracking panel, and opening
    // the edit dialog with a double click or Enter.
    for (auto *view : window.findChildren<LibraryTableView *>()) {
        view->setDragDropMode(QAbstractItemView::DragOnly);
        QObject::disconnect(view, &LibraryTableView::activatedRow, nullptr, nullptr);
    }
    for (auto *view : window.findChildren<CoverGridView *>()) {
        view->setDragDropMode(QAbstractItemView::DragOnly);
        QObject::disconnect(view, &CoverGridView::activatedRow, nullptr, nullptr);
    }
    SidebarView *sidebar = window.sidebar();
    sidebar->setDragDropMode(QAbstractItemView::NoDragDrop);
    sidebar->setAcceptDrops(false);
    sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Its context menu holds only writes (rename, properties, delete, new list).
    sidebar->setContextMenuPolicy(Qt::NoContextMenu);
    for (auto *well : window.findChildren<CoverWell *>())
        well->setAcceptDrops(false);
    for (auto *tracking : window.findChildren<TrackingPanel *>())
        tracking->setReadOnly(true);
    for (auto *page : window.findChildren<EmptyLibraryPage *>()) {
        page->addButton()->hide();
        page->importButton()->hide();
        page->sampleButton()->hide();
    }
}

} // namespace omt
