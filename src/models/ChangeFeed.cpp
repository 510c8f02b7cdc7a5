#include "ChangeFeed.h"

namespace omt {

void ChangeFeed::publish(const LibraryChange &change)
{
    if (change.isEmpty())
        return;
    ++m_published;
    Q_EMIT changed(change);
}

} // namespace omt
