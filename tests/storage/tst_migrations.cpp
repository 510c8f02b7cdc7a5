#include "TestDatabase.h"
#include "storage/Migrator.h"

#include <QTest>
#include <QUuid>

using namespace omt;

namespace {
QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

/// The logical tables and columns of the data model (DESIGN §2). Both
/// dialects are compared with this one list, so they cannot drift apart.
/// Dialect-only helper columns (SQLite's `seq`, PostgreSQL's `search_vector`
/// and `search_grams`)
/// are left out.
const QList<std::pair<Table, QStringList>> &expectedSchema()
{
    static const QList<std::pair<Table, QStringList>> schema = {
        { Table::Media,
            names("id external_id media_type media_class title sort_title release_date country_of_origin "
                  "creators cover_url description attributes created_at updated_at") },
        { Table::Relationships, names("media_id related_media_id relation_type weight notes created_at") },
        { Table::ExternalLinks, names("id media_id source_name external_key url created_at") },
        { Table::Users,
            names("id username email display_name password_hash role profile_settings is_active "
                  "last_login_at created_at updated_at db_role") },
        { Table::UserMedia,
            names("user_id media_id status progress rating notes started_at completed_at meta_snapshot "
                  "created_at updated_at") },
        { Table::UserLists,
            names(
                "id user_id name description list_type is_public filter_definition created_at updated_at") },
        { Table::ListItems, names("list_id media_id position added_at") },
        { Table::SmartLists, names("list_id filter_definition created_at updated_at") },
        { Table::Sessions,
            names(
                "id user_id token_hash client_name created_at expires_at last_seen_at revoked_at device_name "
                "client_version ended_at") },
        { Table::Tokens, names("id user_id token_hash purpose created_at expires_at used_at revoked_at") },
        { Table::LoginEvents,
            names("id user_id username succeeded reason client_address occurred_at event actor") },
    };
    return schema;
}

QStringList actualColumns(Database &database, Table table)
{
    auto sql = database.sql();
    if (!sql)
        return {};
    const QString name = sql->table(table);
    auto rows = sql->kind() == SqlDialect::Kind::SQLite
        ? sql->run(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), { name },
            QStringLiteral("t"))
        : sql->run(QStringLiteral("SELECT column_name FROM information_schema.columns"
                                  " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position"),
            { name.section(QLatin1Char('.'), 0, 0), name.section(QLatin1Char('.'), 1) }, QStringLiteral("t"));
    QStringList columns;
    if (!rows)
        return columns;
    while (rows->next())
        columns.append(rows->value(0).toString());
    columns.removeAll(QStringLiteral("seq"));
    columns.removeAll(QStringLiteral("search_vector"));
    columns.removeAll(QStringLiteral("search_grams"));
    return columns;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    void emptyDatabaseMigratesToLatest()
    {
        OMT_EMPTY_DATABASE(m_db);
        Migrator migrator(m_db->database());
        QCOMPARE(migrator.currentVersion().value(), 0);
        QVERIFY(migrator.latestVersion() >= 1);
        const auto reached = migrator.migrate();
        OMT_VERIFY_OK(reached);
        QCOMPARE(*reached, migrator.latestVersion());
        // Running again changes nothing.
        QCOMPARE(migrator.migrate().value(), migrator.latestVersion());
    }

    void bothDialectsHaveTheLogicalSchema()
    {
        OMT_FRESH_DATABASE(m_db);
        for (const auto &[table, expected] : expectedSchema()) {
            const QStringList columns = actualColumns(m_db->database(), table);
            QCOMPARE(columns, expected);
        }
    }

    void newerLibraryIsRefusedAndLeftUntouched()
    {
        OMT_FRESH_DATABASE(m_db);
        Migrator migrator(m_db->database());
        const int future = migrator.latestVersion() + 1;
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        if (sql->kind() == SqlDialect::Kind::SQLite)
            OMT_VERIFY_OK(
                sql->runDirect(QStringLiteral("PRAGMA user_version = %1").arg(future), QStringLiteral("t")));
        else
            OMT_VERIFY_OK(
                sql->run(QStringLiteral("INSERT INTO public.schema_version (version, name) VALUES (?, ?)"),
                    { future, QStringLiteral("from_the_future") }, QStringLiteral("t")));
        const QStringList mediaColumnsBefore = actualColumns(m_db->database(), Table::Media);

        const auto result = migrator.migrate();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::NewerSchema);
        QVERIFY2(result.error().message.contains(QStringLiteral("newer version")),
            qPrintable(result.error().message));
        QCOMPARE(migrator.currentVersion().value(), future);
        QCOMPARE(actualColumns(m_db->database(), Table::Media), mediaColumnsBefore);
    }

    void version3TakesTheSeedNamesAndKeepsTheData()
    {
        // A library written by version 2 (country, source_media_id, weight
        // 0-1, source) keeps every value under the seed's names.
        OMT_EMPTY_DATABASE(m_db);
        Migrator migrator(m_db->database());
        QCOMPARE(migrator.migrateTo(2).value(), 2);
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        const SqlDialect &d = sql->dialect();
        const QString uuid = d.param(ColumnType::Uuid);
        const QString now = d.param(ColumnType::Timestamp);
        const QVariant time = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QString a = QStringLiteral("00000000-0000-4000-8000-00000000000a");
        const QString b = QStringLiteral("00000000-0000-4000-8000-00000000000b");
        const QString link = QStringLiteral("00000000-0000-4000-8000-0000000000cc");
        const QString insertMedia
            = QStringLiteral("INSERT INTO %1 (id, media_type, title, sort_title, country,"
                             " created_at, updated_at) VALUES (%2, 'book', ?, ?, ?, %3, %3)")
                  .arg(d.table(Table::Media), uuid, now);
        OMT_VERIFY_OK(sql->run(insertMedia,
            { a, QStringLiteral("Dune"), QStringLiteral("dune"), QStringLiteral("US"), time, time },
            QStringLiteral("t")));
        OMT_VERIFY_OK(sql->run(insertMedia,
            { b, QStringLiteral("Messiah"), QStringLiteral("messiah"),
                QVariant(QMetaType::fromType<QString>()), time, time },
            QStringLiteral("t")));
        const QString insertRelationship = QStringLiteral(
            "INSERT INTO %1 (source_media_id, target_media_id, relation_type, weight, created_at)"
            " VALUES (%2, %2, ?, ?, %3)")
                                               .arg(d.table(Table::Relationships), uuid, now);
        OMT_VERIFY_OK(sql->run(
            insertRelationship, { a, b, QStringLiteral("sequel"), 0.756, time }, QStringLiteral("t")));
        OMT_VERIFY_OK(sql->run(
            insertRelationship, { b, a, QStringLiteral("prequel"), 1.0, time }, QStringLiteral("t")));
        OMT_VERIFY_OK(sql->run(
            insertRelationship, { b, a, QStringLiteral("related"), 0.0, time }, QStringLiteral("t")));
        OMT_VERIFY_OK(
            sql->run(QStringLiteral("INSERT INTO %1 (id, media_id, source, external_key, created_at)"
                                    " VALUES (%2, %2, 'isbn', '9780441013593', %3)")
                         .arg(d.table(Table::ExternalLinks), uuid, now),
                { link, a, time }, QStringLiteral("t")));

        QCOMPARE(migrator.migrate().value(), migrator.latestVersion());

        auto media = sql->run(QStringLiteral("SELECT title, country_of_origin FROM %1 ORDER BY sort_title")
                                  .arg(d.table(Table::Media)),
            {}, QStringLiteral("t"));
        OMT_VERIFY_OK(media);
        QVERIFY(media->next());
        QCOMPARE(media->value(1).toString(), QStringLiteral("US"));
        QVERIFY(media->next());
        QVERIFY(media->value(1).isNull());

        auto relationships = sql->run(
            QStringLiteral("SELECT relation_type, weight, %2, %3 FROM %1 ORDER BY relation_type")
                .arg(d.table(Table::Relationships), d.select(QStringLiteral("media_id"), ColumnType::Uuid),
                    d.select(QStringLiteral("related_media_id"), ColumnType::Uuid)),
            {}, QStringLiteral("t"));
        OMT_VERIFY_OK(relationships);
        QStringList rows;
        while (relationships->next()) {
            rows.append(QStringLiteral("%1 %2 %3>%4")
                            .arg(relationships->value(0).toString(), relationships->value(1).toString(),
                                relationships->value(2).toString().right(1),
                                relationships->value(3).toString().right(1)));
        }
        QCOMPARE(rows,
            (QStringList { QStringLiteral("prequel 100 b>a"), QStringLiteral("related 0 b>a"),
                QStringLiteral("sequel 76 a>b") }));

        auto links = sql->run(
            QStringLiteral("SELECT source_name, external_key FROM %1").arg(d.table(Table::ExternalLinks)), {},
            QStringLiteral("t"));
        OMT_VERIFY_OK(links);
        QVERIFY(links->next());
        QCOMPARE(links->value(0).toString(), QStringLiteral("isbn"));
        QCOMPARE(links->value(1).toString(), QStringLiteral("9780441013593"));

        // The weight is a whole percentage now, checked by the database.
        const auto refused
            = sql->run(QStringLiteral("UPDATE %1 SET weight = 101").arg(d.table(Table::Relationships)), {},
                QStringLiteral("t"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().subject, QStringLiteral("relationships_weight_range"));
    }

    void loginEventsCannotBeRewrittenOrEmptied()
    {
        OMT_FRESH_DATABASE(m_db);
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        const SqlDialect &d = sql->dialect();
        const QString table = d.table(Table::LoginEvents);
        OMT_VERIFY_OK(sql->run(
            QStringLiteral("INSERT INTO %1 (id, username, succeeded, occurred_at) VALUES (%2, 'ann', %3, %4)")
                .arg(table, d.param(ColumnType::Uuid), d.param(ColumnType::Boolean),
                    d.param(ColumnType::Timestamp)),
            { QUuid::createUuid().toString(QUuid::WithoutBraces), true,
                QStringLiteral("2026-01-01T00:00:00.000Z") },
            QStringLiteral("t")));
        QStringList attempts { QStringLiteral("UPDATE %1 SET reason = 'x'").arg(table),
            QStringLiteral("DELETE FROM %1").arg(table) };
        if (m_db->kind() == SqlDialect::Kind::PostgreSQL)
            attempts.append(QStringLiteral("TRUNCATE %1").arg(table));
        for (const QString &attempt : std::as_const(attempts)) {
            const auto refused = sql->runDirect(attempt, QStringLiteral("t"));
            QVERIFY2(!refused, qPrintable(attempt));
            QVERIFY2(refused.error().detail.contains(QLatin1String("append-only")),
                qPrintable(refused.error().detail));
        }
        auto count = sql->run(QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, QStringLiteral("t"));
        OMT_VERIFY_OK(count);
        QVERIFY(count->next());
        QCOMPARE(count->value(0).toInt(), 1);
    }

    void sqlitePlannerStatisticsDescribeEveryIndex()
    {
        OMT_FRESH_DATABASE(m_db);
        if (m_db->kind() != SqlDialect::Kind::SQLite)
            QSKIP("PostgreSQL gathers its own statistics");
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        // The fixed statistics must name real indexes (a misspelt row is
        // silently ignored), and an index without a row is planned with
        // SQLite's guesses, which can pick the wrong table to start from.
        for (const Table table : { Table::Media, Table::Relationships, Table::ExternalLinks, Table::Users,
                 Table::UserMedia, Table::UserLists, Table::ListItems, Table::SmartLists }) {
            const QString name = sql->table(table);
            auto indexes = sql->run(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"),
                { name }, QStringLiteral("t"));
            OMT_VERIFY_OK(indexes);
            QStringList expected;
            while (indexes->next())
                expected.append(indexes->value(0).toString());
            auto described = sql->run(
                QStringLiteral("SELECT idx FROM sqlite_stat1 WHERE tbl = ?"), { name }, QStringLiteral("t"));
            OMT_VERIFY_OK(described);
            QStringList actual;
            while (described->next())
                actual.append(described->value(0).toString());
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
        }
    }

    void enumerationChecksMatchTheCore()
    {
        OMT_FRESH_DATABASE(m_db);
        auto sql = m_db->database().sql();
        QVERIFY(sql);
        const SqlDialect &d = sql->dialect();
        const QString insert
            = QStringLiteral("INSERT INTO %1 (id, media_type, title, sort_title, created_at, updated_at)"
                             " VALUES (%2, ?, 'x', 'x', %3, %3)")
                  .arg(d.table(Table::Media), d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp));
        const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
        for (MediaType type : allValues<MediaType>()) {
            OMT_VERIFY_OK(sql->run(insert,
                { QUuid::createUuid().toString(QUuid::WithoutBraces), toDbString(type), now, now },
                QStringLiteral("inserting %1").arg(toDbString(type))));
        }
        const auto refused = sql->run(insert,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("novel"), now, now },
            QStringLiteral("inserting an unknown type"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(refused.error().subject, QStringLiteral("media_type_known"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
