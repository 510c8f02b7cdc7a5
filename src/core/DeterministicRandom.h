#pragma once

#include <QUuid>
#include <QtGlobal>

#include <cstddef>

namespace omt {

/// A tiny generator (splitmix64) whose output is the same on every platform,
/// compiler and Qt version, unlike std:: distributions. Generated libraries
/// derive one from (seed, stream, index) for every value they make, so any
/// item can be produced on its own, in any order, without holding state.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 state)
        : m_state(state)
    { }

    /// The generator for item `index` of `stream` (a constant per kind of value) under `seed`.
    static DeterministicRandom forItem(quint64 seed, quint64 stream, quint64 index)
    {
        return DeterministicRandom(mix(mix(seed ^ (stream * 0xD1B54A32D192ED03ULL)) + index));
    }

    /// splitmix64's finaliser: a bijective scramble of 64 bits.
    static quint64 mix(quint64 z)
    {
        z += 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// 0 <= result < bound, for bound > 0 (the modulo bias is below 2^-32 for the bounds used here).
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }

    /// low <= result <= high.
    int between(int low, int high) { return low + int(below(quint64(qint64(high) - low + 1))); }

    /// True with the given probability in percent.
    bool chance(int percent) { return int(below(100)) < percent; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

    /// An index into `weights` chosen with probability proportional to its weight.
    template<std::size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint64(total)));
        for (std::size_t i = 0; i < N; ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(N - 1);
    }

    /// A random (version 4, RFC 4122 variant) UUID made from this generator.
    QUuid uuid()
    {
        const quint64 high = next();
        const quint64 low = next();
        const uint l = uint(high >> 32);
        const ushort w1 = ushort(high >> 16);
        const ushort w2 = ushort((high & 0x0FFF) | 0x4000);  // version 4
        const uchar b1 = uchar(((low >> 56) & 0x3F) | 0x80); // variant 10xx
        return QUuid(l, w1, w2, b1, uchar(low >> 48), uchar(low >> 40), uchar(low >> 32), uchar(low >> 24),
            uchar(low >> 16), uchar(low >> 8), uchar(low));
    }

private:
    quint64 m_state;
};

} // namespace omt
