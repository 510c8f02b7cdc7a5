#pragma once

#include "core/LibraryChange.h"

#include <QObject>

namespace omt {

/// Where every change to the library is announced, once, after it was
/// committed: writes made in this window (LibraryService), long jobs
/// (generation, imports) and, later, other members of a household server.
/// Views, panes and the sidebar subscribe and apply what concerns them.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Announces `change` to every subscriber (nothing when it is empty).
    void publish(const LibraryChange &change);
    /// How many changes were announced (tests, benchmarks).
    quint64 publishedCount() const { return m_published; }

Q_SIGNALS:
    void changed(const omt::LibraryChange &change);

private:
    quint64 m_published = 0;
};

} // namespace omt
