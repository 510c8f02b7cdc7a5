#include "ListPositions.h"

namespace omt::ListPositions {

std::optional<QList<qint64>> between(std::optional<qint64> before, std::optional<qint64> after, int count)
{
    QList<qint64> positions;
    if (count <= 0)
        return positions;
    positions.reserve(count);

    if (!before && !after) {
        for (int i = 1; i <= count; ++i)
            positions.append(i * Step);
        return positions;
    }
    if (!after) {
        for (int i = 1; i <= count; ++i)
            positions.append(*before + i * Step);
        return positions;
    }
    if (!before) {
        for (int i = count; i >= 1; --i)
            positions.append(*after - i * Step);
        return positions;
    }

    const qint64 gap = *after - *before;
    // count items need count + 1 non-empty intervals.
    if (gap < qint64(count) + 1)
        return std::nullopt;
    for (int i = 1; i <= count; ++i)
        positions.append(*before + gap * i / (count + 1));
    return positions;
}

QList<qint64> renumbered(int count)
{
    QList<qint64> positions;
    positions.reserve(count);
    for (int i = 1; i <= count; ++i)
        positions.append(i * Step);
    return positions;
}

} // namespace omt::ListPositions
