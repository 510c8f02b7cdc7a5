#pragma once

#include "models/LibrarySource.h"

#include <QObject>
#include <QUuid>
#include <QVariant>

#include <utility>

class QAction;
class QLineEdit;

namespace omt {

class LibraryTableModel;
class SidebarModel;
class SidebarView;

/// What the view shows: the sidebar entry chosen (the library, a type, a
/// class, a list) or what the search field holds. Keeps the entry selected
/// while the sidebar is rebuilt, shows a new list once the sidebar has it,
/// and falls back to the whole library when the entry shown is gone.
class NavigationController : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        LibraryTableModel &model;
        SidebarModel &sidebarModel;
        SidebarView &sidebar;
        QLineEdit &search;
        /// Checked: a manual list's view refinement hides what it does not match.
        QAction &applyListFilter;
    };

    explicit NavigationController(Context context, QObject *parent = nullptr);

    /// Shows the search results, or the sidebar entry when the field is empty.
    void showSource();
    /// Shows the list once the sidebar has it (a list just created).
    void showListWhenListed(const QUuid &listId);
    /// Selects the list in the sidebar, which shows it.
    bool showList(const QUuid &listId);

private:
    LibrarySource sidebarSource() const;
    void sidebarSelectionChanged();
    void sidebarRefreshed();

    Context m_context;
    /// The sidebar entry shown (kind, key), kept across rebuilds of the sidebar.
    std::pair<int, QVariant> m_entry { -1, {} };
    bool m_restoringSelection = false;
    /// A new list to show once the sidebar has it.
    QUuid m_listToShow;
};

} // namespace omt
