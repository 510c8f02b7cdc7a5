#include "MediaIdsMime.h"

#include <QMimeData>
#include <QSet>
#include <QStringList>

namespace omt::MediaIdsMime {

namespace {
// A drag of a whole 100,000-item library is fine; anything far beyond is
// not ours and is not parsed.
constexpr qsizetype MaxPayloadBytes = 64 * 1024 * 1024;
} // namespace

QString type()
{
    return QStringLiteral("application/x-omnimediatrak-media-ids");
}

QMimeData *encode(const QList<QUuid> &ids, const QStringList &titles)
{
    auto *data = new QMimeData;
    QByteArray payload;
    payload.reserve(ids.size() * 37);
    for (const QUuid &id : ids) {
        payload += id.toByteArray(QUuid::WithoutBraces);
        payload += '\n';
    }
    data->setData(type(), payload);
    if (!titles.isEmpty())
        data->setText(titles.join(QLatin1Char('\n')));
    return data;
}

QList<QUuid> decode(const QMimeData *data)
{
    QList<QUuid> ids;
    if (!data || !data->hasFormat(type()))
        return ids;
    const QByteArray payload = data->data(type());
    if (payload.size() > MaxPayloadBytes)
        return ids;
    QSet<QUuid> seen;
    for (const QByteArray &line : payload.split('\n')) {
        if (line.isEmpty())
            continue;
        const QUuid id = QUuid::fromString(QLatin1String(line));
        if (id.isNull())
            return {};
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

} // namespace omt::MediaIdsMime
