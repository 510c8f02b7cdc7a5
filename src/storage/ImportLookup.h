#pragma once

#include "core/Enums.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUuid>

namespace omt {

class SqlConnection;

/// The reads an import makes per batch to find what the library holds
/// already, each one statement however large the batch (the batch travels
/// as one JSON parameter). Internal to src/storage.
namespace ImportLookup {

/// "source key" → item: the items that carry these identifiers.
struct IdentifierKey
{
    QString source;
    QString key;
    friend bool operator==(const IdentifierKey &, const IdentifierKey &) = default;
};
inline size_t qHash(const IdentifierKey &k, size_t seed = 0)
{
    return ::qHashMulti(seed, k.source, k.key);
}

/// Items of one type with one sort title (TextKeys::sortKey).
struct TitleKey
{
    MediaType type = MediaType::Book;
    QString sortTitle;
    friend bool operator==(const TitleKey &, const TitleKey &) = default;
};
inline size_t qHash(const TitleKey &k, size_t seed = 0)
{
    return ::qHashMulti(seed, int(k.type), k.sortTitle);
}

struct TitleCandidate
{
    QUuid mediaId;
    QDate releaseDate;
    QStringList creators;
};

Result<QHash<IdentifierKey, QUuid>> itemsByIdentifier(
    const SqlConnection &sql, const QList<IdentifierKey> &keys);
Result<QHash<TitleKey, QList<TitleCandidate>>> itemsByTitle(
    const SqlConnection &sql, const QList<TitleKey> &keys);
/// Which of the given lists already hold which of the given items: "list media" pairs.
Result<QSet<QPair<QUuid, QUuid>>> listEntries(
    const SqlConnection &sql, const QList<QUuid> &listIds, const QList<QUuid> &mediaIds);
/// The largest position in each of the lists that has items.
Result<QHash<QUuid, qint64>> lastPositions(const SqlConnection &sql, const QList<QUuid> &listIds);

} // namespace ImportLookup
} // namespace omt
