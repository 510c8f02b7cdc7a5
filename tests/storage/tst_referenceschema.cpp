// The seed ER diagram is the contract (DESIGN §2): its entities and columns,
// by the seed's own names and types, written out here rather than read from
// the schema files, so that a renamed column or a changed type fails this
// test on either backend. Columns the seed does not have (sort_title, SQLite's
// seq, ...) are allowed: derived and dialect-only columns may be added.

#include "TestDatabase.h"

#include <QTest>

using namespace omt;

namespace {

/// The seed's column types.
enum class SeedType {
    Uuid,
    Text,
    Date,
    TimestampTz,
    Jsonb,
    TextArray,
    Ltree,
    Tsvector,
    SmallInt,
    Integer,
    Boolean,
    Bytea
};

struct SeedColumn
{
    const char *name;
    SeedType type;
};

struct SeedEntity
{
    const char *entity;
    Table table;
    QList<SeedColumn> columns;
};

const QList<SeedEntity> &seed()
{
    using T = SeedType;
    static const QList<SeedEntity> entities = {
        { "MEDIA_MEDIA", Table::Media,
            { { "id", T::Uuid }, { "external_id", T::Text }, { "media_type", T::Text },
                { "media_class", T::Ltree }, { "title", T::Text }, { "release_date", T::Date },
                { "country_of_origin", T::Text }, { "creators", T::TextArray }, { "cover_url", T::Text },
                { "description", T::Text }, { "attributes", T::Jsonb }, { "search_vector", T::Tsvector },
                { "created_at", T::TimestampTz }, { "updated_at", T::TimestampTz } } },
        { "MEDIA_RELATIONSHIPS", Table::Relationships,
            { { "media_id", T::Uuid }, { "related_media_id", T::Uuid }, { "relation_type", T::Text },
                { "weight", T::SmallInt }, { "notes", T::Text }, { "created_at", T::TimestampTz } } },
        { "MEDIA_EXTERNAL_LINKS", Table::ExternalLinks,
            { { "id", T::Uuid }, { "media_id", T::Uuid }, { "source_name", T::Text },
                { "external_key", T::Text }, { "url", T::Text }, { "created_at", T::TimestampTz } } },
        { "USERS_USERS", Table::Users,
            { { "id", T::Uuid }, { "username", T::Text }, { "email", T::Text }, { "display_name", T::Text },
                { "password_hash", T::Text }, { "role", T::Text }, { "profile_settings", T::Jsonb },
                { "is_active", T::Boolean }, { "last_login_at", T::TimestampTz },
                { "created_at", T::TimestampTz }, { "updated_at", T::TimestampTz } } },
        { "INTERACTION_USER_MEDIA", Table::UserMedia,
            { { "user_id", T::Uuid }, { "media_id", T::Uuid }, { "status", T::Text },
                { "progress", T::Integer }, { "rating", T::SmallInt }, { "notes", T::Text },
                { "started_at", T::TimestampTz }, { "completed_at", T::TimestampTz },
                { "meta_snapshot", T::Jsonb }, { "created_at", T::TimestampTz },
                { "updated_at", T::TimestampTz } } },
        { "INTERACTION_USER_LISTS", Table::UserLists,
            { { "id", T::Uuid }, { "user_id", T::Uuid }, { "name", T::Text }, { "description", T::Text },
                { "list_type", T::Text }, { "is_public", T::Boolean }, { "filter_definition", T::Jsonb },
                { "created_at", T::TimestampTz }, { "updated_at", T::TimestampTz } } },
        { "INTERACTION_LIST_ITEMS", Table::ListItems,
            { { "list_id", T::Uuid }, { "media_id", T::Uuid }, { "position", T::Integer },
                { "added_at", T::TimestampTz } } },
        { "INTERACTION_SMART_LISTS", Table::SmartLists,
            { { "list_id", T::Uuid }, { "filter_definition", T::Jsonb }, { "created_at", T::TimestampTz },
                { "updated_at", T::TimestampTz } } },
        { "AUTH_SESSIONS", Table::Sessions,
            { { "id", T::Uuid }, { "user_id", T::Uuid }, { "token_hash", T::Bytea },
                { "client_name", T::Text }, { "created_at", T::TimestampTz },
                { "expires_at", T::TimestampTz }, { "last_seen_at", T::TimestampTz },
                { "revoked_at", T::TimestampTz } } },
        { "AUTH_TOKENS", Table::Tokens,
            { { "id", T::Uuid }, { "user_id", T::Uuid }, { "token_hash", T::Bytea }, { "purpose", T::Text },
                { "created_at", T::TimestampTz }, { "expires_at", T::TimestampTz },
                { "used_at", T::TimestampTz }, { "revoked_at", T::TimestampTz } } },
        { "AUTH_LOGIN_EVENTS", Table::LoginEvents,
            { { "id", T::Uuid }, { "user_id", T::Uuid }, { "username", T::Text }, { "succeeded", T::Boolean },
                { "reason", T::Text }, { "client_address", T::Text }, { "occurred_at", T::TimestampTz } } },
    };
    return entities;
}

/// The physical types a seed type may have (DESIGN §2's mapping): PostgreSQL
/// type names as pg_type spells them, SQLite declared types of STRICT tables.
QStringList physicalTypes(SeedType type, SqlDialect::Kind kind)
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result.append(QString::fromLatin1(name));
        return result;
    };
    if (kind == SqlDialect::Kind::SQLite) {
        switch (type) {
        case SeedType::SmallInt:
        case SeedType::Integer:
        case SeedType::Boolean: return list({ "INTEGER" });
        case SeedType::Bytea: return list({ "BLOB" });
        case SeedType::Tsvector: return {}; // an FTS5 table instead of a column, checked on its own
        default: return list({ "TEXT" });
        }
    }
    switch (type) {
    case SeedType::Uuid: return list({ "uuid" });
    case SeedType::Text: return list({ "text" });
    case SeedType::Date: return list({ "date" });
    case SeedType::TimestampTz: return list({ "timestamptz" });
    case SeedType::Jsonb: return list({ "jsonb" });
    case SeedType::TextArray: return list({ "_text" });
    case SeedType::Ltree: return list({ "ltree" });
    case SeedType::Tsvector: return list({ "tsvector" });
    case SeedType::SmallInt: return list({ "int2" });
    // A list position may outgrow 32 bits after many renumberings.
    case SeedType::Integer: return list({ "int4", "int8" });
    case SeedType::Boolean: return list({ "bool" });
    case SeedType::Bytea: return list({ "bytea" });
    }
    return {};
}

/// Column name -> physical type of a table as the database reports it.
QHash<QString, QString> actualColumns(Database &database, Table table)
{
    QHash<QString, QString> columns;
    auto sql = database.sql();
    if (!sql)
        return columns;
    const QString name = sql->table(table);
    auto rows = sql->kind() == SqlDialect::Kind::SQLite
        ? sql->run(
            QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), { name }, QStringLiteral("t"))
        : sql->run(
            QStringLiteral("SELECT a.attname, t.typname FROM pg_attribute a"
                           " JOIN pg_type t ON t.oid = a.atttypid"
                           " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"),
            { name }, QStringLiteral("t"));
    if (!rows)
        return columns;
    while (rows->next())
        columns.insert(rows->value(0).toString(), rows->value(1).toString());
    return columns;
}

} // namespace

class TestReferenceSchema : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    void everySeedColumnExistsWithItsType_data()
    {
        QTest::addColumn<int>("entity");
        for (qsizetype i = 0; i < seed().size(); ++i)
            QTest::newRow(seed().at(i).entity) << int(i);
    }
    void everySeedColumnExistsWithItsType()
    {
        QFETCH(int, entity);
        OMT_FRESH_DATABASE(m_db);
        const SeedEntity &expected = seed().at(entity);
        const QHash<QString, QString> actual = actualColumns(m_db->database(), expected.table);
        QVERIFY2(!actual.isEmpty(), "the table is missing");
        for (const SeedColumn &column : expected.columns) {
            const QString name = QString::fromLatin1(column.name);
            const QStringList allowed = physicalTypes(column.type, m_db->kind());
            if (allowed.isEmpty())
                continue;
            QVERIFY2(actual.contains(name),
                qPrintable(QStringLiteral("%1.%2 is missing; the table has %3")
                               .arg(QString::fromLatin1(expected.entity), name,
                                   QStringList(actual.keys()).join(QLatin1Char(' ')))));
            QVERIFY2(allowed.contains(actual.value(name)),
                qPrintable(QStringLiteral("%1.%2 is %3, the seed wants %4")
                               .arg(QString::fromLatin1(expected.entity), name, actual.value(name),
                                   allowed.join(QStringLiteral(" or ")))));
        }
    }

    void sqliteKeepsTheSearchDocumentInAnExternalContentTable()
    {
        OMT_FRESH_DATABASE(m_db);
        if (m_db->kind() != SqlDialect::Kind::SQLite)
            QSKIP("PostgreSQL has the search_vector column, checked above");
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        auto table = sql->run(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'media_search'"), {},
            QStringLiteral("t"));
        OMT_VERIFY_OK(table);
        QVERIFY(table->next());
        const QString definition = table->value(0).toString();
        QVERIFY2(definition.contains(QLatin1String("fts5")), qPrintable(definition));
        QVERIFY2(definition.contains(QLatin1String("content = 'media_media'")), qPrintable(definition));
    }

    void theOldNamesAreGone()
    {
        // Version 1 called these columns otherwise; nothing may answer to
        // those names any more, or a query written against them would keep
        // working on one backend and not the other.
        OMT_FRESH_DATABASE(m_db);
        const QList<std::pair<Table, const char *>> renamed = {
            { Table::Media, "country" },
            { Table::Relationships, "source_media_id" },
            { Table::Relationships, "target_media_id" },
            { Table::ExternalLinks, "source" },
        };
        for (const auto &[table, name] : renamed)
            QVERIFY2(!actualColumns(m_db->database(), table).contains(QString::fromLatin1(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestReferenceSchema)
#include "tst_referenceschema.moc"
