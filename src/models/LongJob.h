#pragma once

#include "core/Error.h"

#include <QMetaType>
#include <QString>

namespace omt {

class JobControl;

/// How far a long job has come: `done` of `total` units of its current stage.
struct JobProgress
{
    /// A short translated name of what it does now ("items"); may be empty.
    QString stage;
    qint64 done = 0;
    qint64 total = 0;

    /// 0–100; 0 while the total is not known.
    int percent() const { return total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : 0; }
};

/// How a long job ended.
struct JobOutcome
{
    enum class Kind { Finished, Canceled, Failed };

    Kind kind = Kind::Failed;
    /// Finished: what the job did, in a sentence for people.
    QString summary;
    /// Failed: why; Canceled: what the job said when it stopped.
    Error error;
};

/// Work that takes seconds or minutes (generating a sample library, an
/// import), run by LongJobRunner on a thread of its own. A job never
/// touches widgets or objects of the GUI thread: it talks to it only through
/// its JobControl. It uses the database through a connection of its own
/// (Database opens one per thread), which it closes before run() returns.
class LongJob
{
public:
    virtual ~LongJob() = default;

    /// Runs on the runner's thread. Reports progress through `control` and
    /// asks control.isCanceled() between batches; when asked to stop, it
    /// undoes what it did and returns Error::Code::Canceled. On success it
    /// returns a summary for people ("Created a sample library of 2,000 items.").
    virtual Result<QString> run(JobControl &control) = 0;
};

} // namespace omt

Q_DECLARE_METATYPE(omt::JobProgress)
Q_DECLARE_METATYPE(omt::JobOutcome)
