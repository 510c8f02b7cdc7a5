#include "PostgresDialect.h"

#include "core/TextKeys.h"

#include <algorithm>

namespace omt {

namespace {
QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text: return QStringLiteral("text");
    case ColumnType::Integer: return QStringLiteral("bigint");
    case ColumnType::Real: return QStringLiteral("double precision");
    case ColumnType::Boolean: return QStringLiteral("boolean");
    case ColumnType::Uuid: return QStringLiteral("uuid");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Timestamp: return QStringLiteral("timestamptz");
    case ColumnType::Json: return QStringLiteral("jsonb");
    case ColumnType::TextArray: return QStringLiteral("text[]");
    case ColumnType::ClassPath: return QStringLiteral("ltree");
    }
    Q_UNREACHABLE();
    return {};
}
} // namespace

QString PostgresDialect::table(Table table) const
{
    switch (table) {
    case Table::Media: return QStringLiteral("media.media");
    case Table::Relationships: return QStringLiteral("media.relationships");
    case Table::ExternalLinks: return QStringLiteral("media.external_links");
    case Table::Users: return QStringLiteral("users.users");
    case Table::UserMedia: return QStringLiteral("interaction.user_media");
    case Table::UserLists: return QStringLiteral("interaction.user_lists");
    case Table::ListItems: return QStringLiteral("interaction.list_items");
    case Table::SmartLists: return QStringLiteral("interaction.smart_lists");
    case Table::Sessions: return QStringLiteral("auth.sessions");
    case Table::Tokens: return QStringLiteral("auth.tokens");
    case Table::LoginEvents: return QStringLiteral("auth.login_events");
    }
    Q_UNREACHABLE();
    return {};
}

QString PostgresDialect::param(ColumnType type) const
{
    switch (type) {
    case ColumnType::Text:
    case ColumnType::Integer:
    case ColumnType::Real: return QStringLiteral("?");
    case ColumnType::TextArray:
        // Arrays travel as JSON text: one encoding for both backends.
        return QStringLiteral("ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb)))");
    default: return QStringLiteral("CAST(? AS %1)").arg(typeName(type));
    }
}

QString PostgresDialect::select(const QString &column, ColumnType type) const
{
    switch (type) {
    case ColumnType::Text:
    case ColumnType::Integer:
    case ColumnType::Real: return column;
    case ColumnType::Boolean: return QStringLiteral("CAST(%1 AS integer)").arg(column);
    case ColumnType::Uuid:
    case ColumnType::ClassPath:
    case ColumnType::Json: return QStringLiteral("CAST(%1 AS text)").arg(column);
    case ColumnType::Date: return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(column);
    case ColumnType::Timestamp:
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
            .arg(column);
    case ColumnType::TextArray: return QStringLiteral("CAST(to_json(%1) AS text)").arg(column);
    }
    Q_UNREACHABLE();
    return {};
}

QString PostgresDialect::mediaSortExpression(
    MediaSortKey key, SortDirection direction, const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    switch (key) {
    case MediaSortKey::Title: return prefix + QStringLiteral("sort_title");
    case MediaSortKey::ReleaseDate:
        // Must match the expression indexes of schema/postgresql/0001.
        return direction == SortDirection::Ascending
            ? QStringLiteral("COALESCE(%1release_date, DATE '9999-12-31')").arg(prefix)
            : QStringLiteral("COALESCE(%1release_date, DATE '0001-01-01')").arg(prefix);
    case MediaSortKey::CreatedAt: return prefix + QStringLiteral("created_at");
    case MediaSortKey::UpdatedAt: return prefix + QStringLiteral("updated_at");
    }
    Q_UNREACHABLE();
    return {};
}

SqlFragment PostgresDialect::classSubtree(const QString &alias, const QString &path, ClassAccess) const
{
    return { alias + QStringLiteral(".media_class <@ CAST(? AS ltree)"), { path } };
}

namespace {
/// The tsquery of all the words, each through media.search_word()
/// (schema/postgresql/0004), which folds and splits it as the documents
/// were and quotes every lexeme, so that no character of it is ever query
/// syntax. One parameter per word.
SqlFragment wordsQuery(const QStringList &words)
{
    QStringList parts;
    QVariantList values;
    for (qsizetype i = 0; i < words.size(); ++i) {
        parts.append(i == words.size() - 1 ? QStringLiteral("media.search_word(?, true)")
                                           : QStringLiteral("media.search_word(?, false)"));
        values.append(words.at(i));
    }
    return { parts.join(QStringLiteral(" && ")), values };
}
} // namespace

SqlFragment PostgresDialect::fullTextMatches(const QStringList &words, int limit) const
{
    if (words.isEmpty())
        return {};
    // Only the first candidates the index yields are ranked, as on SQLite:
    // a common word matches most of a library.
    const SqlFragment query = wordsQuery(words);
    return { QStringLiteral("SELECT CAST(c.id AS text) AS media_id FROM (SELECT %1 AS q) query,"
                            " LATERAL (SELECT m.id, m.search_vector, m.sort_title FROM media.media m"
                            " WHERE m.search_vector @@ query.q LIMIT ?) c"
                            " ORDER BY ts_rank(c.search_vector, query.q) DESC, c.sort_title LIMIT ?")
                 .arg(query.sql),
        query.values + QVariantList { std::max(limit, RankedCandidates), limit } };
}

QString PostgresDialect::inJsonArray(const QString &column, ColumnType type) const
{
    return QStringLiteral("%1 = ANY(ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS %2)))")
        .arg(column, typeName(type));
}

SqlFragment PostgresDialect::fullTextCondition(const QString &alias, const QStringList &words) const
{
    if (words.isEmpty())
        return {};
    // Words of a script without spaces also match anywhere in a title,
    // through its character pairs (search_grams).
    QStringList plain;
    QStringList conditions;
    QVariantList values;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!TextKeys::isSpacelessWord(word)) {
            plain.append(word);
            continue;
        }
        conditions.append(
            QStringLiteral("(%1.search_vector @@ media.search_word(?, %2)"
                           " OR %1.search_grams @@ media.search_title_grams_query(?))")
                .arg(alias, i == words.size() - 1 ? QStringLiteral("true") : QStringLiteral("false")));
        values << word << word;
    }
    if (!plain.isEmpty()) {
        // The last word of all is the one still being typed.
        const bool lastIsPlain = !TextKeys::isSpacelessWord(words.last());
        QStringList parts;
        QVariantList plainValues;
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const bool prefix = lastIsPlain && i == plain.size() - 1;
            parts.append(prefix ? QStringLiteral("media.search_word(?, true)")
                                : QStringLiteral("media.search_word(?, false)"));
            plainValues.append(plain.at(i));
        }
        conditions.prepend(
            QStringLiteral("%1.search_vector @@ (%2)").arg(alias, parts.join(QStringLiteral(" && "))));
        values = plainValues + values;
    }
    return { conditions.join(QStringLiteral(" AND ")), values };
}

QString PostgresDialect::textArrayElements(const QString &column) const
{
    return QStringLiteral("(SELECT unnest(%1) AS value)").arg(column);
}

SqlFragment PostgresDialect::attributeValue(
    const QString &alias, const QString &key, AttributeKind kind) const
{
    switch (kind) {
    case AttributeKind::Number:
        // CASE keeps the cast away from values that are not numbers.
        return { QStringLiteral("CASE WHEN jsonb_typeof(%1.attributes -> CAST(? AS text)) = 'number'"
                                " THEN CAST(%1.attributes ->> CAST(? AS text) AS double precision) END")
                     .arg(alias),
            { key, key } };
    case AttributeKind::Boolean:
        return { QStringLiteral("CASE WHEN jsonb_typeof(%1.attributes -> CAST(? AS text)) = 'boolean'"
                                " THEN %1.attributes ->> CAST(? AS text) END")
                     .arg(alias),
            { key, key } };
    case AttributeKind::Present:
        return { QStringLiteral("nullif(jsonb_typeof(%1.attributes -> CAST(? AS text)), 'null')").arg(alias),
            { key } };
    }
    Q_UNREACHABLE();
    return {};
}

SqlFragment PostgresDialect::attributeStrings(const QString &alias, const QString &key) const
{
    // In lax mode `[*]` on a scalar yields the scalar itself, so one path
    // covers a string and an array of strings, as json_each does on SQLite.
    return { QStringLiteral(
                 "(SELECT e #>> '{}' AS value FROM jsonb_path_query(%1.attributes, CAST(? AS jsonpath)) AS e"
                 " WHERE jsonb_typeof(e) = 'string')")
                 .arg(alias),
        { QStringLiteral("$.\"%1\"[*]").arg(key) } };
}

QString PostgresDialect::attributeObject(const QString &alias, QLatin1StringView fixedKey) const
{
    return QStringLiteral("CASE jsonb_typeof(%1.attributes -> '%2') WHEN 'object'"
                          " THEN CAST(%1.attributes -> '%2' AS text) END")
        .arg(alias, fixedKey);
}

QString PostgresDialect::textPosition(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("strpos(%1, %2)").arg(haystack, needle);
}

QString PostgresDialect::asciiLower(const QString &text) const
{
    // The "C" collation folds ASCII letters only, as SQLite's lower() does,
    // whatever the server's locale.
    return QStringLiteral("lower(%1 COLLATE \"C\")").arg(text);
}

QString PostgresDialect::numberParam() const
{
    return QStringLiteral("CAST(? AS double precision)");
}

QString PostgresDialect::jsonRecordSource(const QList<RecordColumn> &columns) const
{
    QStringList names;
    QStringList definitions;
    for (const RecordColumn &column : columns) {
        names.append(QStringLiteral("r.") + column.name);
        definitions.append(column.name + QLatin1Char(' ') + typeName(column.type));
    }
    return QStringLiteral("SELECT %1 FROM jsonb_to_recordset(CAST(? AS jsonb)) AS r(%2)")
        .arg(names.join(QStringLiteral(", ")), definitions.join(QStringLiteral(", ")));
}

QString PostgresDialect::lockRows() const
{
    return QStringLiteral(" FOR UPDATE");
}

QString PostgresDialect::beginWriteTransaction() const
{
    return QStringLiteral("BEGIN");
}

} // namespace omt
