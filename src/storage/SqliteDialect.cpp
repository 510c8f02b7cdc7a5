#include "SqliteDialect.h"

#include "core/TextKeys.h"

#include <algorithm>

namespace omt {

QString SqliteDialect::table(Table table) const
{
    switch (table) {
    case Table::Media: return QStringLiteral("media_media");
    case Table::Relationships: return QStringLiteral("media_relationships");
    case Table::ExternalLinks: return QStringLiteral("media_external_links");
    case Table::Users: return QStringLiteral("users_users");
    case Table::UserMedia: return QStringLiteral("interaction_user_media");
    case Table::UserLists: return QStringLiteral("interaction_user_lists");
    case Table::ListItems: return QStringLiteral("interaction_list_items");
    case Table::SmartLists: return QStringLiteral("interaction_smart_lists");
    case Table::Sessions: return QStringLiteral("auth_sessions");
    case Table::Tokens: return QStringLiteral("auth_tokens");
    case Table::LoginEvents: return QStringLiteral("auth_login_events");
    }
    Q_UNREACHABLE();
    return {};
}

QString SqliteDialect::param(ColumnType) const
{
    // SQLite stores every special type as text already in the common representation.
    return QStringLiteral("?");
}

QString SqliteDialect::select(const QString &column, ColumnType) const
{
    return column;
}

QString SqliteDialect::mediaSortExpression(
    MediaSortKey key, SortDirection direction, const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    switch (key) {
    case MediaSortKey::Title: return prefix + QStringLiteral("sort_title");
    case MediaSortKey::ReleaseDate:
        // Unknown dates sort last in both directions; the expression indexes in
        // schema/sqlite/0001 match these expressions exactly.
        return direction == SortDirection::Ascending
            ? QStringLiteral("coalesce(%1release_date, '9999-12-31')").arg(prefix)
            : QStringLiteral("coalesce(%1release_date, '0000-01-01')").arg(prefix);
    case MediaSortKey::CreatedAt: return prefix + QStringLiteral("created_at");
    case MediaSortKey::UpdatedAt: return prefix + QStringLiteral("updated_at");
    }
    Q_UNREACHABLE();
    return {};
}

SqlFragment SqliteDialect::classSubtree(const QString &alias, const QString &path, ClassAccess access) const
{
    // '/' is the character after '.', so [path., path/) is exactly the set of
    // descendants, and the media_class index serves the range. A unary plus
    // keeps the planner from using that index (SQLite's documented hint).
    const QString column = (access == ClassAccess::RowCheck ? QStringLiteral("+") : QString()) + alias
        + QStringLiteral(".media_class");
    return { QStringLiteral("(%1 = ? OR (%1 >= ? AND %1 < ?))").arg(column),
        QVariantList { path, QString(path + QLatin1Char('.')), QString(path + QLatin1Char('/')) } };
}

namespace {
/// A search word as an FTS5 phrase, the last one as a prefix. Quoting makes
/// every character text: only `"` is special inside, and it is doubled
/// (TextKeys::searchWords never lets one through, but this must not rely on it).
QString ftsPhrase(const QString &word, bool prefix)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

/// A word of a script without spaces as the phrase of its neighbouring
/// character pairs, as media_title_grams holds them (schema/sqlite/0004).
QString gramPhrase(const QString &word)
{
    const QList<uint> characters = word.toUcs4();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
        QString pair;
        pair.append(QChar::fromUcs4(characters.at(i)));
        pair.append(QChar::fromUcs4(characters.at(i + 1)));
        pairs.append(pair);
    }
    return ftsPhrase(pairs.join(QLatin1Char(' ')), false);
}
} // namespace

SqlFragment SqliteDialect::fullTextMatches(const QStringList &words, int limit) const
{
    if (words.isEmpty())
        return {};
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(ftsPhrase(words.at(i), i == words.size() - 1));
    // Title hits weigh most, then creators, then the description. Ranking
    // costs one bm25 per match, so the best `limit` are picked inside the
    // full-text table and only those are joined to their media: joining every
    // match first took three times as long on short prefixes. Only the
    // first candidates (in row order, up to the largest row id among them,
    // a bound FTS5 stops its scan at) are ranked: a common word matches
    // most of a library, and ranking all of it took 50 to 100 ms.
    const QString match = terms.join(QLatin1Char(' '));
    return { QStringLiteral(
                 "SELECT m.id AS media_id FROM"
                 " (SELECT rowid AS seq, bm25(media_search, 10.0, 4.0, 1.0) AS score FROM media_search"
                 " WHERE media_search MATCH ? AND rowid <= (SELECT coalesce(max(rowid), 0) FROM"
                 " (SELECT rowid FROM media_search WHERE media_search MATCH ? LIMIT ?))"
                 " ORDER BY score LIMIT ?) hits"
                 " JOIN media_media m ON m.seq = hits.seq"
                 " ORDER BY hits.score, m.sort_title"),
        { match, match, std::max(limit, RankedCandidates), limit } };
}

QString SqliteDialect::inJsonArray(const QString &column, ColumnType) const
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

SqlFragment SqliteDialect::fullTextCondition(const QString &alias, const QStringList &words) const
{
    if (words.isEmpty())
        return {};
    // One set of row ids, so that the matches drive the query: a word
    // usually matches a few hundred items, looked up by rowid. This relies on
    // the planner statistics of schema/sqlite/0002: without them SQLite takes
    // "status = completed" for ten rows and the matches for 25, starts from
    // the status and probes the id index once per match for each of its rows
    // (seconds on a 100,000-item library). Words of a script without spaces
    // also match anywhere in a title, through its character pairs.
    const QString wordMatches = QStringLiteral("SELECT rowid FROM media_search WHERE media_search MATCH ?");
    QStringList plain;
    QStringList sets;
    QVariantList values;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const bool prefix = i == words.size() - 1;
        if (!TextKeys::isSpacelessWord(word)) {
            plain.append(ftsPhrase(word, prefix));
            continue;
        }
        sets.append(QStringLiteral("SELECT rowid FROM (%1 UNION SELECT rowid FROM media_title_grams"
                                   " WHERE media_title_grams MATCH ?)")
                        .arg(wordMatches));
        values << ftsPhrase(word, prefix) << gramPhrase(word);
    }
    if (!plain.isEmpty()) {
        sets.prepend(wordMatches);
        values.prepend(plain.join(QLatin1Char(' ')));
    }
    return { QStringLiteral("%1.seq IN (%2)").arg(alias, sets.join(QStringLiteral(" INTERSECT "))), values };
}

QString SqliteDialect::textArrayElements(const QString &column) const
{
    return QStringLiteral("(SELECT value FROM json_each(%1))").arg(column);
}

namespace {
/// A JSON path naming one key; the key is quoted so that any key the filter
/// language allows (letters, digits, underscores, leading digits included) reads as a name.
QString attributePath(const QString &key)
{
    return QStringLiteral("$.\"%1\"").arg(key);
}
} // namespace

SqlFragment SqliteDialect::attributeValue(const QString &alias, const QString &key, AttributeKind kind) const
{
    const QString path = attributePath(key);
    switch (kind) {
    case AttributeKind::Number:
        return { QStringLiteral("CASE WHEN json_type(%1.attributes, ?) IN ('integer', 'real')"
                                " THEN json_extract(%1.attributes, ?) END")
                     .arg(alias),
            { path, path } };
    case AttributeKind::Boolean:
        return { QStringLiteral("CASE WHEN json_type(%1.attributes, ?) IN ('true', 'false')"
                                " THEN json_type(%1.attributes, ?) END")
                     .arg(alias),
            { path, path } };
    case AttributeKind::Present:
        return { QStringLiteral("nullif(json_type(%1.attributes, ?), 'null')").arg(alias), { path } };
    }
    Q_UNREACHABLE();
    return {};
}

SqlFragment SqliteDialect::attributeStrings(const QString &alias, const QString &key) const
{
    // json_each over a path that names a scalar yields that scalar as its one row.
    return { QStringLiteral("(SELECT value FROM json_each(%1.attributes, ?) WHERE type = 'text')").arg(alias),
        { attributePath(key) } };
}

QString SqliteDialect::attributeObject(const QString &alias, QLatin1StringView fixedKey) const
{
    // json_extract gives an object as JSON text, but a string as the string.
    return QStringLiteral("CASE json_type(%1.attributes, '$.%2') WHEN 'object'"
                          " THEN json_extract(%1.attributes, '$.%2') END")
        .arg(alias, fixedKey);
}

QString SqliteDialect::textPosition(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

QString SqliteDialect::asciiLower(const QString &text) const
{
    // Without the ICU extension SQLite's lower() folds ASCII letters only.
    return QStringLiteral("lower(%1)").arg(text);
}

QString SqliteDialect::numberParam() const
{
    return QStringLiteral("?");
}

QString SqliteDialect::jsonRecordSource(const QList<RecordColumn> &columns) const
{
    QStringList fields;
    for (const RecordColumn &column : columns)
        fields.append(QStringLiteral("json_extract(value, '$.%1') AS %1").arg(column.name));
    return QStringLiteral("SELECT ") + fields.join(QStringLiteral(", "))
        + QStringLiteral(" FROM json_each(?)");
}

QString SqliteDialect::lockRows() const
{
    return {};
}

QString SqliteDialect::beginWriteTransaction() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

} // namespace omt
