#pragma once

#include "SqlFragment.h"
#include "core/MediaQuery.h"

#include <QStringList>

#include <memory>

namespace omt {

/// The tables of the data model (DESIGN §2), named per dialect by SqlDialect.
enum class Table {
    Media,
    Relationships,
    ExternalLinks,
    Users,
    UserMedia,
    UserLists,
    ListItems,
    SmartLists,
    Sessions,
    Tokens,
    LoginEvents,
};

/// Column types that need an explicit conversion on one of the backends.
enum class ColumnType {
    Text,
    Integer,
    Real,
    Boolean,
    Uuid,
    Date,
    Timestamp,
    Json,
    TextArray,
    ClassPath,
};

/// A column of a batch insert: name and type, see SqlDialect::jsonRecordSource.
struct RecordColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
};

/// Everything that differs between SQLite and PostgreSQL. Repositories are
/// written once against this interface.
///
/// Reading convention: every select expression returns text in the SQLite
/// representation (UUIDs lower-case, timestamps ISO-8601 UTC with
/// milliseconds, dates yyyy-MM-dd, JSON and arrays as JSON text), so one set
/// of decoders (SqlValues) serves both backends.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    static std::unique_ptr<SqlDialect> create(Kind kind);
    virtual ~SqlDialect() = default;

    virtual Kind kind() const = 0;
    virtual QString table(Table table) const = 0;

    /// A `?` placeholder converted to the column type on the server.
    virtual QString param(ColumnType type) const = 0;
    /// An expression reading `column` in the common text representation.
    virtual QString select(const QString &column, ColumnType type) const = 0;

    /// The SQL expression media pages are ordered by, with NULL dates last in both directions.
    virtual QString mediaSortExpression(
        MediaSortKey key, SortDirection direction, const QString &alias) const = 0;
    /// The type to cast a keyset cursor value to when comparing with mediaSortExpression.
    static ColumnType mediaSortType(MediaSortKey key);

    /// How a class subtree condition may be evaluated.
    enum class ClassAccess {
        /// Through the class index (best for small subtrees).
        ClassIndex,
        /// By checking rows as another index delivers them (best when the
        /// subtree is a large share of the library and rows are wanted in a
        /// sort order: scanning that order is cheaper than sorting the subtree).
        RowCheck,
    };

    /// Rows of `alias.media_class` equal to or below `path`. PostgreSQL's
    /// planner chooses the access itself from its statistics; SQLite's has no
    /// statistics for ranges, so the caller says.
    virtual SqlFragment classSubtree(
        const QString &alias, const QString &path, ClassAccess access = ClassAccess::ClassIndex) const = 0;

    /// How many full-text matches at least are ranked by fullTextMatches.
    static constexpr int RankedCandidates = 1000;

    /// A query returning (media row id column `media_id` as text, ranked best
    /// first) for the full-text match of words, the last one as a prefix.
    /// Only the first max(limit, RankedCandidates) matches in index order
    /// are ranked, so that the cost is bounded whatever the words match.
    /// Returns an empty fragment when no word is searchable.
    virtual SqlFragment fullTextMatches(const QStringList &words, int limit) const = 0;

    /// A condition "`column` is one of the values of a JSON array" bound as
    /// one parameter: a set of any size in one statement. PostgreSQL gets an
    /// array it can probe an index with (its planner cannot estimate a set
    /// function and would rather scan the table).
    virtual QString inJsonArray(const QString &column, ColumnType type) const = 0;

    /// A condition "`alias` matches the full-text words", the last word taken
    /// as a prefix, with the same matching as fullTextMatches but unranked and
    /// unlimited, for use inside a larger WHERE clause (smart lists).
    virtual SqlFragment fullTextCondition(const QString &alias, const QStringList &words) const = 0;

    /// A row source with one text column `value`: the elements of a text
    /// array column (creators).
    virtual QString textArrayElements(const QString &column) const = 0;

    /// What a JSON attribute is read as by attributeValue().
    enum class AttributeKind {
        /// The number, or NULL when the value is not a JSON number.
        Number,
        /// 'true' / 'false', or NULL when the value is not a JSON boolean.
        Boolean,
        /// Non-NULL exactly when the key is present and not JSON null.
        Present,
    };

    /// `alias.attributes -> key` read as `kind`; the key travels as a bound
    /// value (a JSON path on SQLite), never in the SQL text.
    virtual SqlFragment attributeValue(
        const QString &alias, const QString &key, AttributeKind kind) const = 0;
    /// A row source with one text column `value`: the attribute's string, or
    /// each string element when the attribute is an array.
    virtual SqlFragment attributeStrings(const QString &alias, const QString &key) const = 0;
    /// `alias.attributes -> key` as JSON text when it is an object, else
    /// NULL. Only for keys fixed in the code (the key is written into the
    /// SQL text), so that a column list needs no bound values.
    virtual QString attributeObject(const QString &alias, QLatin1StringView fixedKey) const = 0;

    /// A `?` placeholder for a number compared with an integer or real
    /// column: PostgreSQL would otherwise type it after the column and refuse
    /// a fraction compared with an integer.
    virtual QString numberParam() const = 0;
    /// The 1-based character position of `needle` in `haystack`, 0 when absent.
    virtual QString textPosition(const QString &haystack, const QString &needle) const = 0;
    /// `text` with ASCII letters lower-cased and nothing else changed, the
    /// same on both backends whatever the server's locale.
    virtual QString asciiLower(const QString &text) const = 0;

    /// A row source `SELECT ... AS col, ...` reading a JSON array of objects
    /// bound as one parameter, so a whole batch is written by one statement.
    virtual QString jsonRecordSource(const QList<RecordColumn> &columns) const = 0;

    /// Appended to a SELECT inside a write transaction to lock the rows read
    /// against concurrent writers. Empty on SQLite, whose write transaction
    /// already excludes every other writer.
    virtual QString lockRows() const = 0;

    /// How a write transaction starts. SQLite takes the write lock up front so
    /// that a read-then-write transaction cannot fail half-way with SQLITE_BUSY.
    virtual QString beginWriteTransaction() const = 0;
};

} // namespace omt
