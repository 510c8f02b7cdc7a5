#pragma once

#include "core/Error.h"

#include <QString>

#include <functional>

namespace omt {

class Database;

/// Measures the storage budgets and reports each figure as (name, value,
/// unit): search-as-you-type, paging in every order and a user's first page
/// on the given library (only read); bulk insertion and moves in a
/// 10,000-item list on a scratch library of the same backend, so that the
/// given library is never written.
class StorageBenchmark
{
public:
    using Report = std::function<void(const QString &name, double value, const QString &unit)>;

    StorageBenchmark(Database &database, Report report);

    Result<void> run();

private:
    Result<void> measureSearch();
    Result<void> measurePaging();
    Result<void> measureUserPage();
    /// Fills the scratch library as it measures.
    Result<void> measureInsert(Database &scratch);
    Result<void> measureListMove(Database &scratch);

    Database &m_database;
    Report m_report;
};

} // namespace omt
