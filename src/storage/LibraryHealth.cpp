#include "LibraryHealth.h"

#include "StorageLog.h"

namespace omt {

void LibraryHealth::reportDamage(const QString &detail)
{
    qCDebug(lcStorage) << "the library is damaged:" << detail;
    if (!m_damageSeen.exchange(true))
        Q_EMIT damageDetected(detail);
}

} // namespace omt
