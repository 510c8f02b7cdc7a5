#include "Timestamps.h"

#include <QTimeZone>

namespace omt::Timestamps {

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
}

QDateTime normalized(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toMSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace omt::Timestamps
