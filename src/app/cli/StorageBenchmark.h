#pragma once

#include "core/Error.h"

#include <QString>

#include <functional>

namespace omt {

class Database;

/// Measures the storage budgets on an existing library and reports each
/// figure as (name, value, unit): search-as-you-type, paging in every order,
/// a user's first page, a move in a 10,000-item list, and bulk insertion on a
/// scratch library. Leaves the library as it found it.
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
    Result<void> measureListMove();
    Result<void> measureInsert();

    Database &m_database;
    Report m_report;
};

} // namespace omt
