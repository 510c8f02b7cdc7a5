#pragma once

class QElapsedTimer;

namespace omt {

/// Items the job of measureSearchDuringJob writes: enough that it runs for
/// many seconds while the search is measured.
constexpr int SearchDuringJobItems = 30000;

/// search_during_job_p95_ms: opens a new, empty library in a second window
/// and types searches into it while the long-job runner writes a sample
/// library of `items` items into it (a generated library is only written
/// into an empty one). Returns whether the job finished.
bool measureSearchDuringJob(const QElapsedTimer &sinceStart, int items = SearchDuringJobItems);

} // namespace omt
