#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>

namespace omt {

class Database;
class ListItemRepository;
class ListOrdering;

/// Measures the storage budgets and reports each figure as (name, value,
/// unit): search-as-you-type, paging in every order, a user's first page and
/// smart lists on the given library (only read); bulk insertion, moves and
/// renumbering in a 10,000-item list on a scratch library of the same
/// backend, so that the given library is never written.
class StorageBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(omt::StorageBenchmark)

public:
    using Report = std::function<void(const QString &name, double value, const QString &unit)>;

    StorageBenchmark(Database &database, Report report);

    Result<void> run();

private:
    Result<void> measureSearch();
    /// The slowest of pasted texts built to be expensive to search.
    Result<void> measureHostileSearch();
    Result<void> measurePaging();
    Result<void> measureUserPage();
    /// Count and first page of representative smart lists (3–6 clauses) for
    /// the user with the most interactions.
    Result<void> measureSmartLists();
    /// Fills the scratch library as it measures.
    Result<void> measureInsert(Database &scratch);
    Result<void> measureListMove(Database &scratch);
    /// Moves into one gap until it is exhausted and the list is renumbered;
    /// times the renumbering moves.
    Result<void> measureRenumber(ListItemRepository &items, ListOrdering &order, const QUuid &listId);

    Database &m_database;
    Report m_report;
};

} // namespace omt
