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
///
/// A member of a household server sees what row-level security shows them
/// and may create no scratch database: there it also measures signing in,
/// moves and renumbering in a private list of the member's own, deleted
/// afterwards, and no bulk insertion (it would fill the shared catalogue).
class StorageBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(omt::StorageBenchmark)

public:
    using Report = std::function<void(const QString &name, double value, const QString &unit)>;
    enum class Account {
        /// A library file, or a PostgreSQL library used by its owner.
        LibraryOwner,
        /// Signed in to a household server as a member.
        HouseholdMember,
    };

    StorageBenchmark(Database &database, Report report, Account account = Account::LibraryOwner);

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
    /// In a new list of `ownerId`'s, which it leaves behind.
    Result<void> measureListMove(Database &database, const QUuid &ownerId);
    /// Connecting and signing in to the household server, as the app starts.
    /// Returns the member's id.
    Result<QUuid> measureSignIn();
    /// Moves in a private list of the member's, removed again.
    Result<void> measureListMoveAsMember(const QUuid &memberId);
    /// Moves into one gap until it is exhausted and the list is renumbered;
    /// times the renumbering moves.
    Result<void> measureRenumber(ListItemRepository &items, ListOrdering &order, const QUuid &listId);

    Database &m_database;
    Report m_report;
    Account m_account;
};

} // namespace omt
