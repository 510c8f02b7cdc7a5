#include "MediaClass.h"

namespace omt::MediaClass {

namespace {
bool isLabelChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// PostgreSQL's ltree limits a label to 256 characters (1000 in newer releases); keep to the older limit.
constexpr qsizetype MaxLabelLength = 256;
constexpr qsizetype MaxDepth = 64;
} // namespace

bool isValid(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() > MaxDepth)
        return false;
    for (const QString &label : parts) {
        if (label.isEmpty() || label.size() > MaxLabelLength)
            return false;
        for (QChar c : label) {
            if (!isLabelChar(c))
                return false;
        }
    }
    return true;
}

QString parent(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.left(dot);
}

bool isUnder(const QString &path, const QString &ancestor)
{
    return path == ancestor || path.startsWith(ancestor + QLatin1Char('.'));
}

QStringList labels(const QString &path)
{
    return path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

} // namespace omt::MediaClass
