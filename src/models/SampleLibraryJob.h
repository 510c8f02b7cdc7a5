#pragma once

#include "LongJob.h"
#include "core/LibraryGenerator.h"

#include <memory>

namespace omt {

class AsyncStorage;
class Database;

/// Writes a generated library (a sample to try the application with) into
/// the open library while it stays in use: in chunks that reads and edits
/// go between, removed again when canceled or failed (storage/LibraryGeneration).
class SampleLibraryJob : public LongJob
{
public:
    /// A job for LongJobRunner writing `spec` into the library `storage` works on.
    static std::unique_ptr<LongJob> create(AsyncStorage &storage, const GeneratorSpec &spec);

    SampleLibraryJob(Database &database, const GeneratorSpec &spec);

    Result<QString> run(JobControl &control) override;

private:
    Database &m_database;
    GeneratorSpec m_spec;
};

} // namespace omt
