#include "NavigationController.h"

#include "SidebarView.h"
#include "models/LibraryTableModel.h"
#include "models/SidebarModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>

namespace omt {

NavigationController::NavigationController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // No delay while typing: a search takes a few milliseconds and a newer
    // one overtakes an older one still queued (LibraryTableModel::setSource).
    connect(&m_context.search, &QLineEdit::textChanged, this, &NavigationController::showSource);
    connect(&m_context.applyListFilter, &QAction::toggled, this, &NavigationController::showSource);
    connect(m_context.sidebar.selectionModel(), &QItemSelectionModel::currentChanged, this,
        &NavigationController::sidebarSelectionChanged);
    connect(&m_context.sidebarModel, &SidebarModel::refreshed, this, &NavigationController::sidebarRefreshed);
}

LibrarySource NavigationController::sidebarSource() const
{
    // The order last asked for, even if it is still loading.
    MediaQuery query = m_context.model.requestedSource().query;
    query.type.reset();
    query.classSubtree.clear();
    const QModelIndex current = m_context.sidebar.currentIndex();
    if (!current.isValid())
        return LibrarySource::catalogue(query);
    const auto kind = SidebarModel::Kind(current.data(SidebarModel::KindRole).toInt());
    const QVariant key = current.data(SidebarModel::KeyRole);
    switch (kind) {
    case SidebarModel::Kind::Type: query.type = MediaType(key.toInt()); break;
    case SidebarModel::Kind::Class: query.classSubtree = key.toString(); break;
    case SidebarModel::Kind::List:
        return LibrarySource::list(key.toUuid(), m_context.applyListFilter.isChecked());
    case SidebarModel::Kind::SmartList: return LibrarySource::smartList(key.toUuid());
    case SidebarModel::Kind::Section:
    case SidebarModel::Kind::AllMedia: break;
    }
    return LibrarySource::catalogue(query);
}

void NavigationController::showSource()
{
    const QString text = m_context.search.text().trimmed();
    m_context.model.setSource(text.isEmpty() ? sidebarSource() : LibrarySource::search(text));
}

void NavigationController::sidebarSelectionChanged()
{
    const QModelIndex current = m_context.sidebar.currentIndex();
    if (current.isValid())
        m_entry = { current.data(SidebarModel::KindRole).toInt(), current.data(SidebarModel::KeyRole) };
    if (!m_restoringSelection && !m_context.search.text().isEmpty()) {
        // Choosing a part of the library leaves the search.
        QSignalBlocker blocker(&m_context.search);
        m_context.search.clear();
    }
    showSource();
}

void NavigationController::showListWhenListed(const QUuid &listId)
{
    m_listToShow = listId;
}

bool NavigationController::showList(const QUuid &listId)
{
    return m_context.sidebar.selectEntry(int(SidebarModel::Kind::List), listId)
        || m_context.sidebar.selectEntry(int(SidebarModel::Kind::SmartList), listId);
}

void NavigationController::sidebarRefreshed()
{
    // A new list is shown once it is there; otherwise the entry shown stays
    // selected across rebuilds (a list added or renamed), or, when it is gone
    // (a deleted list), the whole library is shown.
    if (!m_listToShow.isNull() && showList(m_listToShow))
        m_listToShow = QUuid();
    if (!m_context.sidebar.currentIndex().isValid()) {
        // Not the person choosing a part of the library: a search typed
        // before the sidebar was read (or while a list shown was deleted) stays.
        const QScopedValueRollback restoring(m_restoringSelection, true);
        if (m_entry.first < 0 || !m_context.sidebar.selectEntry(m_entry.first, m_entry.second))
            m_context.sidebar.setCurrentIndex(m_context.sidebarModel.allMediaIndex());
    }
}

} // namespace omt
