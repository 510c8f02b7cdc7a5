#include "core/FilterParser.h"
#include "core/FilterWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omt;

Q_DECLARE_METATYPE(omt::FilterCondition)

namespace {
const QUuid ListId = QUuid::fromString(QStringLiteral("6f1c2f4e-9a1b-4c3d-8e5f-0a1b2c3d4e5f"));

FilterCondition cond(FilterField field, FilterOp op, FilterValue value, const QString &attributeKey = {})
{
    return FilterCondition { field, attributeKey, op, std::move(value) };
}

FilterNode leaf(FilterCondition condition)
{
    FilterNode node;
    node.kind = FilterNode::Kind::Condition;
    node.condition = std::move(condition);
    return node;
}

FilterNode group(FilterNode::Kind kind, QList<FilterNode> children)
{
    FilterNode node;
    node.kind = kind;
    node.children = std::move(children);
    return node;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject titleIs(const QString &title)
{
    return { { QStringLiteral("field"), QStringLiteral("title") },
        { QStringLiteral("op"), QStringLiteral("=") }, { QStringLiteral("value"), title } };
}

/// {"all": [{"all": [... title = x ...]}]} with `levels` groups.
QJsonObject nested(int levels)
{
    QJsonObject node = titleIs(QStringLiteral("Dune"));
    for (int i = 0; i < levels; ++i)
        node = QJsonObject { { QStringLiteral("all"), QJsonArray { node } } };
    return node;
}

QJsonObject allOfTitles(int count)
{
    QJsonArray children;
    for (int i = 0; i < count; ++i)
        children.append(titleIs(QStringLiteral("Title %1").arg(i)));
    return { { QStringLiteral("all"), children } };
}

/// A value the parser accepts for this field and operator.
QJsonValue sampleValue(const FilterFieldInfo &field, FilterOp op)
{
    switch (op) {
    case FilterOp::IsNull: return true;
    case FilterOp::WithinDays: return 30;
    default: break;
    }
    QJsonValue one;
    QJsonValue two;
    switch (field.type) {
    case FilterValueType::MediaTypeEnum: one = QStringLiteral("book"), two = QStringLiteral("comic"); break;
    case FilterValueType::StatusEnum:
        one = QStringLiteral("completed"), two = QStringLiteral("dropped");
        break;
    case FilterValueType::ClassPath:
        one = QStringLiteral("video.film"), two = QStringLiteral("text.book");
        break;
    case FilterValueType::Date:
    case FilterValueType::Timestamp:
        one = QStringLiteral("2020-01-01"), two = QStringLiteral("2021-06-30");
        break;
    case FilterValueType::Number: one = 2, two = 7; break;
    case FilterValueType::Attribute:
        if (op == FilterOp::Contains || op == FilterOp::StartsWith)
            one = QStringLiteral("ps"), two = QStringLiteral("pc");
        else
            one = 100, two = 200;
        break;
    case FilterValueType::ListId: one = ListId.toString(QUuid::WithoutBraces); break;
    case FilterValueType::Text:
    case FilterValueType::FullText:
        one = field.field == FilterField::Country ? QStringLiteral("GB") : QStringLiteral("Dune");
        two = field.field == FilterField::Country ? QStringLiteral("JP") : QStringLiteral("Emma");
        break;
    }
    if (op == FilterOp::In || op == FilterOp::Between)
        return QJsonArray { one, two };
    return one;
}

QByteArray conditionDocument(const FilterFieldInfo &field, FilterOp op)
{
    const QString name = field.field == FilterField::Attribute ? QStringLiteral("attributes.pages")
                                                               : QString::fromLatin1(field.name);
    return json({ { QStringLiteral("field"), name }, { QStringLiteral("op"), FilterCatalogue::opName(op) },
        { QStringLiteral("value"), sampleValue(field, op) } });
}

const QList<FilterOp> AllOps { FilterOp::Equal, FilterOp::NotEqual, FilterOp::Less, FilterOp::LessOrEqual,
    FilterOp::Greater, FilterOp::GreaterOrEqual, FilterOp::In, FilterOp::Contains, FilterOp::StartsWith,
    FilterOp::Under, FilterOp::IsNull, FilterOp::WithinDays, FilterOp::Between };
} // namespace

class TestFilterParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryFieldAndOperator_data()
    {
        using F = FilterField;
        using O = FilterOp;
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<FilterCondition>("expected");
        const auto row = [](const char *name, const char *document, FilterCondition expected) {
            QTest::newRow(name) << QByteArray(document) << expected;
        };
        const QDate jan1(2024, 1, 1);
        const QDate dec31(2024, 12, 31);

        row("media_type =", R"({"field":"media_type","op":"=","value":"tv_show"})",
            cond(F::MediaType, O::Equal, MediaType::TvShow));
        row("media_type !=", R"({"field":"media_type","op":"!=","value":"film"})",
            cond(F::MediaType, O::NotEqual, MediaType::Film));
        row("media_type in", R"({"field":"media_type","op":"in","value":["book","comic"]})",
            cond(F::MediaType, O::In, QList<MediaType> { MediaType::Book, MediaType::Comic }));

        row("media_class =", R"({"field":"media_class","op":"=","value":"video.film"})",
            cond(F::MediaClass, O::Equal, QStringLiteral("video.film")));
        row("media_class !=", R"({"field":"media_class","op":"!=","value":"video"})",
            cond(F::MediaClass, O::NotEqual, QStringLiteral("video")));
        row("media_class in", R"({"field":"media_class","op":"in","value":["video.film","text.book"]})",
            cond(F::MediaClass, O::In,
                QStringList { QStringLiteral("video.film"), QStringLiteral("text.book") }));
        row("media_class under", R"({"field":"media_class","op":"under","value":"text.book.novel"})",
            cond(F::MediaClass, O::Under, QStringLiteral("text.book.novel")));
        row("media_class is_null", R"({"field":"media_class","op":"is_null","value":true})",
            cond(F::MediaClass, O::IsNull, true));

        row("title =", R"({"field":"title","op":"=","value":"Dune"})",
            cond(F::Title, O::Equal, QStringLiteral("Dune")));
        row("title !=", R"({"field":"title","op":"!=","value":"Dune"})",
            cond(F::Title, O::NotEqual, QStringLiteral("Dune")));
        row("title in", R"({"field":"title","op":"in","value":["Dune","Emma"]})",
            cond(F::Title, O::In, QStringList { QStringLiteral("Dune"), QStringLiteral("Emma") }));
        row("title contains", R"({"field":"title","op":"contains","value":"ring"})",
            cond(F::Title, O::Contains, QStringLiteral("ring")));
        row("title starts_with", R"({"field":"title","op":"starts_with","value":"The "})",
            cond(F::Title, O::StartsWith, QStringLiteral("The ")));

        row("release_date =", R"({"field":"release_date","op":"=","value":"2024-01-01"})",
            cond(F::ReleaseDate, O::Equal, jan1));
        row("release_date !=", R"({"field":"release_date","op":"!=","value":"2024-01-01"})",
            cond(F::ReleaseDate, O::NotEqual, jan1));
        row("release_date <", R"({"field":"release_date","op":"<","value":"2024-01-01"})",
            cond(F::ReleaseDate, O::Less, jan1));
        row("release_date <=", R"({"field":"release_date","op":"<=","value":"2024-12-31"})",
            cond(F::ReleaseDate, O::LessOrEqual, dec31));
        row("release_date >", R"({"field":"release_date","op":">","value":"2024-01-01"})",
            cond(F::ReleaseDate, O::Greater, jan1));
        row("release_date >=", R"({"field":"release_date","op":">=","value":"2024-01-01"})",
            cond(F::ReleaseDate, O::GreaterOrEqual, jan1));
        row("release_date between",
            R"({"field":"release_date","op":"between","value":["2024-01-01","2024-12-31"]})",
            cond(F::ReleaseDate, O::Between, std::pair { jan1, dec31 }));
        row("release_date same-day between",
            R"({"field":"release_date","op":"between","value":["2024-01-01","2024-01-01"]})",
            cond(F::ReleaseDate, O::Between, std::pair { jan1, jan1 }));
        row("release_date is_null", R"({"field":"release_date","op":"is_null","value":false})",
            cond(F::ReleaseDate, O::IsNull, false));
        row("release_date within_days", R"({"field":"release_date","op":"within_days","value":30})",
            cond(F::ReleaseDate, O::WithinDays, 30));
        row("release_date within_days 0", R"({"field":"release_date","op":"within_days","value":0})",
            cond(F::ReleaseDate, O::WithinDays, 0));

        row("country =", R"({"field":"country","op":"=","value":"JP"})",
            cond(F::Country, O::Equal, QStringLiteral("JP")));
        row("country !=", R"({"field":"country","op":"!=","value":"US"})",
            cond(F::Country, O::NotEqual, QStringLiteral("US")));
        row("country in", R"({"field":"country","op":"in","value":["GB","IE"]})",
            cond(F::Country, O::In, QStringList { QStringLiteral("GB"), QStringLiteral("IE") }));
        row("country is_null", R"({"field":"country","op":"is_null","value":true})",
            cond(F::Country, O::IsNull, true));
        row("country_of_origin, the column's own name",
            R"({"field":"country_of_origin","op":"=","value":"JP"})",
            cond(F::Country, O::Equal, QStringLiteral("JP")));

        row("creators =", R"({"field":"creators","op":"=","value":"Ursula K. Le Guin"})",
            cond(F::Creators, O::Equal, QStringLiteral("Ursula K. Le Guin")));
        row("creators in", R"({"field":"creators","op":"in","value":["Hayao Miyazaki","Isao Takahata"]})",
            cond(F::Creators, O::In,
                QStringList { QStringLiteral("Hayao Miyazaki"), QStringLiteral("Isao Takahata") }));
        row("creators contains", R"({"field":"creators","op":"contains","value":"Tolkien"})",
            cond(F::Creators, O::Contains, QStringLiteral("Tolkien")));
        row("creators starts_with", R"({"field":"creators","op":"starts_with","value":"Le "})",
            cond(F::Creators, O::StartsWith, QStringLiteral("Le ")));
        row("creators is_null", R"({"field":"creators","op":"is_null","value":true})",
            cond(F::Creators, O::IsNull, true));

        const QString pages = QStringLiteral("pages");
        row("attribute number =", R"({"field":"attributes.pages","op":"=","value":320})",
            cond(F::Attribute, O::Equal, 320.0, pages));
        row("attribute fraction !=", R"({"field":"attributes.pages","op":"!=","value":1.5})",
            cond(F::Attribute, O::NotEqual, 1.5, pages));
        row("attribute <", R"({"field":"attributes.pages","op":"<","value":100})",
            cond(F::Attribute, O::Less, 100.0, pages));
        row("attribute <=", R"({"field":"attributes.pages","op":"<=","value":100})",
            cond(F::Attribute, O::LessOrEqual, 100.0, pages));
        row("attribute >", R"({"field":"attributes.pages","op":">","value":500})",
            cond(F::Attribute, O::Greater, 500.0, pages));
        row("attribute >= negative", R"({"field":"attributes.pages","op":">=","value":-3})",
            cond(F::Attribute, O::GreaterOrEqual, -3.0, pages));
        row("attribute between", R"({"field":"attributes.pages","op":"between","value":[100,200]})",
            cond(F::Attribute, O::Between, std::pair { 100.0, 200.0 }, pages));
        row("attribute number in", R"({"field":"attributes.runtime_minutes","op":"in","value":[90,120]})",
            cond(F::Attribute, O::In, QList<double> { 90.0, 120.0 }, QStringLiteral("runtime_minutes")));
        row("attribute string =", R"({"field":"attributes.isbn","op":"=","value":"9780441013593"})",
            cond(F::Attribute, O::Equal, QStringLiteral("9780441013593"), QStringLiteral("isbn")));
        row("attribute string in",
            R"({"field":"attributes.Format_2","op":"in","value":["hardcover","ebook"]})",
            cond(F::Attribute, O::In, QStringList { QStringLiteral("hardcover"), QStringLiteral("ebook") },
                QStringLiteral("Format_2")));
        row("attribute contains", R"({"field":"attributes.platforms","op":"contains","value":"switch"})",
            cond(F::Attribute, O::Contains, QStringLiteral("switch"), QStringLiteral("platforms")));
        row("attribute starts_with", R"({"field":"attributes.isbn","op":"starts_with","value":"978"})",
            cond(F::Attribute, O::StartsWith, QStringLiteral("978"), QStringLiteral("isbn")));
        row("attribute bool =", R"({"field":"attributes.signed","op":"=","value":true})",
            cond(F::Attribute, O::Equal, true, QStringLiteral("signed")));
        row("attribute bool !=", R"({"field":"attributes.signed","op":"!=","value":false})",
            cond(F::Attribute, O::NotEqual, false, QStringLiteral("signed")));
        row("attribute is_null", R"({"field":"attributes.isbn","op":"is_null","value":true})",
            cond(F::Attribute, O::IsNull, true, QStringLiteral("isbn")));

        row("status =", R"({"field":"status","op":"=","value":"in_progress"})",
            cond(F::Status, O::Equal, Status::InProgress));
        row("status !=", R"({"field":"status","op":"!=","value":"dropped"})",
            cond(F::Status, O::NotEqual, Status::Dropped));
        row("status in", R"({"field":"status","op":"in","value":["planned","on_hold"]})",
            cond(F::Status, O::In, QList<Status> { Status::Planned, Status::OnHold }));
        row("status is_null", R"({"field":"status","op":"is_null","value":true})",
            cond(F::Status, O::IsNull, true));

        row("progress =", R"({"field":"progress","op":"=","value":0})", cond(F::Progress, O::Equal, 0.0));
        row("progress !=", R"({"field":"progress","op":"!=","value":3})",
            cond(F::Progress, O::NotEqual, 3.0));
        row("progress <", R"({"field":"progress","op":"<","value":10})", cond(F::Progress, O::Less, 10.0));
        row("progress <=", R"({"field":"progress","op":"<=","value":10})",
            cond(F::Progress, O::LessOrEqual, 10.0));
        row("progress >", R"({"field":"progress","op":">","value":100})",
            cond(F::Progress, O::Greater, 100.0));
        row("progress >=", R"({"field":"progress","op":">=","value":1})",
            cond(F::Progress, O::GreaterOrEqual, 1.0));
        row("progress in", R"({"field":"progress","op":"in","value":[1,2]})",
            cond(F::Progress, O::In, QList<double> { 1.0, 2.0 }));
        row("progress between", R"({"field":"progress","op":"between","value":[10,20]})",
            cond(F::Progress, O::Between, std::pair { 10.0, 20.0 }));

        row("rating >=", R"({"field":"rating","op":">=","value":8})",
            cond(F::Rating, O::GreaterOrEqual, 8.0));
        row("rating =", R"({"field":"rating","op":"=","value":10})", cond(F::Rating, O::Equal, 10.0));
        row("rating !=", R"({"field":"rating","op":"!=","value":1})", cond(F::Rating, O::NotEqual, 1.0));
        row("rating <", R"({"field":"rating","op":"<","value":5})", cond(F::Rating, O::Less, 5.0));
        row("rating <=", R"({"field":"rating","op":"<=","value":5})", cond(F::Rating, O::LessOrEqual, 5.0));
        row("rating >", R"({"field":"rating","op":">","value":5})", cond(F::Rating, O::Greater, 5.0));
        row("rating in", R"({"field":"rating","op":"in","value":[9,10]})",
            cond(F::Rating, O::In, QList<double> { 9.0, 10.0 }));
        row("rating is_null", R"({"field":"rating","op":"is_null","value":true})",
            cond(F::Rating, O::IsNull, true));
        row("rating between", R"({"field":"rating","op":"between","value":[7,10]})",
            cond(F::Rating, O::Between, std::pair { 7.0, 10.0 }));

        for (const auto &[name, field] :
            { std::pair { "started_at", F::StartedAt }, { "completed_at", F::CompletedAt } }) {
            const auto doc = [name](const char *op, const char *value) {
                return QStringLiteral(R"({"field":"%1","op":"%2","value":%3})")
                    .arg(QLatin1String(name), QLatin1String(op), QLatin1String(value))
                    .toUtf8();
            };
            const auto tag = [name](const char *op) { return QByteArray(QByteArray(name) + ' ' + op); };
            const char *day = R"("2024-01-01")";
            QTest::newRow(tag("=").constData()) << doc("=", day) << cond(field, O::Equal, jan1);
            QTest::newRow(tag("!=").constData()) << doc("!=", day) << cond(field, O::NotEqual, jan1);
            QTest::newRow(tag("<").constData()) << doc("<", day) << cond(field, O::Less, jan1);
            QTest::newRow(tag("<=").constData()) << doc("<=", day) << cond(field, O::LessOrEqual, jan1);
            QTest::newRow(tag(">").constData()) << doc(">", day) << cond(field, O::Greater, jan1);
            QTest::newRow(tag(">=").constData()) << doc(">=", day) << cond(field, O::GreaterOrEqual, jan1);
            QTest::newRow(tag("between").constData()) << doc("between", R"(["2024-01-01","2024-12-31"])")
                                                      << cond(field, O::Between, std::pair { jan1, dec31 });
            QTest::newRow(tag("is_null").constData())
                << doc("is_null", "true") << cond(field, O::IsNull, true);
            QTest::newRow(tag("within_days").constData())
                << doc("within_days", "365") << cond(field, O::WithinDays, 365);
        }

        row("notes contains", R"({"field":"notes","op":"contains","value":"reread"})",
            cond(F::Notes, O::Contains, QStringLiteral("reread")));
        row("in_list =", R"({"field":"in_list","op":"=","value":"6f1c2f4e-9a1b-4c3d-8e5f-0a1b2c3d4e5f"})",
            cond(F::InList, O::Equal, ListId));
        row("in_list != with braces",
            R"({"field":"in_list","op":"!=","value":"{6f1c2f4e-9a1b-4c3d-8e5f-0a1b2c3d4e5f}"})",
            cond(F::InList, O::NotEqual, ListId));
        row("text contains", R"({"field":"text","op":"contains","value":"desert planet"})",
            cond(F::Text, O::Contains, QStringLiteral("desert planet")));
    }

    void parsesEveryFieldAndOperator()
    {
        QFETCH(QByteArray, document);
        QFETCH(FilterCondition, expected);
        const auto filter = FilterParser::parse(document);
        QVERIFY2(filter.ok(), qPrintable(filter.ok() ? QString() : filter.error().message));
        QCOMPARE(filter->root.kind, FilterNode::Kind::Condition);
        QVERIFY(filter->root.children.isEmpty());
        SmartFilter written;
        written.root = leaf(filter->root.condition);
        QVERIFY2(filter->root.condition == expected, FilterWriter::toText(written).constData());
        QVERIFY(filter->sort.isEmpty());
        QVERIFY(!filter->limit);
    }

    void roundTripsThroughTheWriter_data() { parsesEveryFieldAndOperator_data(); }

    void roundTripsThroughTheWriter()
    {
        QFETCH(QByteArray, document);
        const auto filter = FilterParser::parse(document);
        QVERIFY(filter.ok());
        const auto again = FilterParser::parse(FilterWriter::toJson(*filter));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(*again == *filter);
        // The writer is canonical: writing the re-read filter gives the same text.
        QCOMPARE(FilterWriter::toText(*again), FilterWriter::toText(*filter));
    }

    void catalogueOperatorsAreAcceptedAndOthersRejected()
    {
        for (const FilterFieldInfo &field : FilterCatalogue::fields()) {
            for (FilterOp op : AllOps) {
                const QByteArray document = conditionDocument(field, op);
                const auto filter = FilterParser::parse(document);
                if (field.ops.contains(op)) {
                    QVERIFY2(filter.ok(), document.constData());
                    QCOMPARE(filter->root.condition.op, op);
                    QCOMPARE(filter->root.condition.field, field.field);
                } else {
                    QVERIFY2(!filter.ok(), document.constData());
                    QVERIFY2(filter.error().message.startsWith(QStringLiteral("op: ")),
                        qPrintable(filter.error().message));
                }
            }
        }
    }

    void parsesTheDesignExample()
    {
        const QByteArray document = R"({"all": [
            {"field": "media_type", "op": "in", "value": ["book", "comic"]},
            {"field": "status", "op": "=", "value": "completed"},
            {"any": [{"field": "rating", "op": ">=", "value": 8},
                     {"field": "attributes.pages", "op": ">", "value": 500}]},
            {"not": {"field": "media_class", "op": "under", "value": "text.book.novel"}},
            {"field": "completed_at", "op": "within_days", "value": 365}],
          "sort": [{"field": "completed_at", "dir": "desc"}, {"field": "title"}], "limit": 200})";
        const auto filter = FilterParser::parse(document);
        QVERIFY2(filter.ok(), qPrintable(filter.ok() ? QString() : filter.error().message));

        using F = FilterField;
        using O = FilterOp;
        using K = FilterNode::Kind;
        SmartFilter expected;
        expected.root = group(K::All,
            { leaf(cond(F::MediaType, O::In, QList<MediaType> { MediaType::Book, MediaType::Comic })),
                leaf(cond(F::Status, O::Equal, Status::Completed)),
                group(K::Any,
                    { leaf(cond(F::Rating, O::GreaterOrEqual, 8.0)),
                        leaf(cond(F::Attribute, O::Greater, 500.0, QStringLiteral("pages"))) }),
                group(K::Not, { leaf(cond(F::MediaClass, O::Under, QStringLiteral("text.book.novel"))) }),
                leaf(cond(F::CompletedAt, O::WithinDays, 365)) });
        expected.sort = { { F::CompletedAt, true }, { F::Title, false } };
        expected.limit = 200;
        QVERIFY(*filter == expected);

        const auto again = FilterParser::parse(FilterWriter::toText(*filter));
        QVERIFY(again.ok());
        QVERIFY(*again == expected);
        // The canonical form spells out the default direction.
        const QJsonArray sort = FilterWriter::toJson(*filter).value(QStringLiteral("sort")).toArray();
        QCOMPARE(sort.at(1).toObject().value(QStringLiteral("dir")).toString(), QStringLiteral("asc"));
    }

    void acceptsNotAsAOneElementArray()
    {
        const auto asArray = FilterParser::parse(
            QByteArray(R"({"not": [{"field": "status", "op": "=", "value": "dropped"}]})"));
        const auto asObject = FilterParser::parse(
            QByteArray(R"({"not": {"field": "status", "op": "=", "value": "dropped"}})"));
        QVERIFY(asArray.ok());
        QVERIFY(asObject.ok());
        QVERIFY(*asArray == *asObject);
        QCOMPARE(asArray->root.kind, FilterNode::Kind::Not);
        QCOMPARE(asArray->root.children.size(), 1);
    }

    void acceptsTheCapsExactly()
    {
        const auto deep = FilterParser::parse(nested(FilterCatalogue::MaxDepth));
        QVERIFY2(deep.ok(), qPrintable(deep.ok() ? QString() : deep.error().message));
        const auto many = FilterParser::parse(allOfTitles(FilterCatalogue::MaxConditions));
        QVERIFY(many.ok());
        QCOMPARE(many->root.children.size(), FilterCatalogue::MaxConditions);

        QJsonArray titles;
        for (int i = 0; i < FilterCatalogue::MaxInValues; ++i)
            titles.append(QStringLiteral("T%1").arg(i));
        const auto in
            = FilterParser::parse(QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                { QStringLiteral("op"), QStringLiteral("in") }, { QStringLiteral("value"), titles } });
        QVERIFY(in.ok());
        QCOMPARE(std::get<QStringList>(in->root.condition.value).size(), FilterCatalogue::MaxInValues);

        for (int limit : { FilterCatalogue::MinLimit, FilterCatalogue::MaxLimit }) {
            QJsonObject document = titleIs(QStringLiteral("Dune"));
            document.insert(QStringLiteral("limit"), limit);
            const auto filter = FilterParser::parse(document);
            QVERIFY(filter.ok());
            QCOMPARE(filter->limit, limit);
        }
    }

    void rejectsInvalidDocuments_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("path");
        const auto row = [](const char *name, const QByteArray &document, const char *path) {
            QTest::newRow(name) << document << QString::fromUtf8(path);
        };
        const QByteArray ok = R"({"field":"title","op":"=","value":"Dune"})";

        row("wrong op deep inside",
            R"({"all":[)" + ok + "," + ok + R"(,{"any":[{"field":"rating","op":"≈","value":8}]}]})",
            "all[2].any[0].op: ");
        row("op of another type", R"({"field":"notes","op":"=","value":"x"})", "op: ");
        row("SQL in op", R"({"all":[{"field":"title","op":"= '' OR 1=1 --","value":"x"}]})", "all[0].op: ");
        row("op not a string", R"({"field":"title","op":1,"value":"x"})", "op: ");
        row("unknown field", R"({"all":[{"field":"genre","op":"=","value":"sf"}]})", "all[0].field: ");
        row("SQL in field", R"({"all":[{"field":"title; DROP TABLE media","op":"=","value":"x"}]})",
            "all[0].field: ");
        row("field case", R"({"field":"Title","op":"=","value":"x"})", "field: ");
        row("field not a string", R"({"field":["title"],"op":"=","value":"x"})", "field: ");
        row("missing value", R"({"any":[{"field":"title","op":"="}]})", "any[0].value: ");
        row("missing field", R"({"any":[{"op":"=","value":"x"}]})", "any[0].field: ");
        row("unknown key in condition", R"({"all":[{"field":"title","op":"=","value":"x","raw":"1=1"}]})",
            "all[0].raw: ");
        row("unknown key at top", R"({"all":[)" + ok + R"(],"order_by":"title"})", "order_by: ");
        row("sort and limit only at top", R"({"all":[{"all":[)" + ok + R"(],"limit":5}]})", "all[0].limit: ");
        row("group and condition mixed", R"({"all":[{"any":[)" + ok + R"(],"field":"title"}]})",
            "all[0].field: ");
        row("two groups in one node", R"({"all":[)" + ok + R"(],"any":[)" + ok + "]}", "any: ");
        row("node not an object", R"({"all":[)" + ok + ",42]}", "all[1]: ");
        row("group not an array", R"({"all":{"field":"title","op":"=","value":"x"}})", "all: ");
        row("empty all", R"({"all":[]})", "all: ");
        row("empty any inside", R"({"all":[)" + ok + R"(,{"any":[]}]})", "all[1].any: ");
        row("not with two children", R"({"not":[)" + ok + "," + ok + "]}", "not: ");
        row("not with none", R"({"all":[{"not":[]}]})", "all[0].not: ");
        row("not of a number", R"({"not":3})", "not: ");

        QByteArray tooDeepPath;
        for (int i = 0; i < FilterCatalogue::MaxDepth; ++i)
            tooDeepPath += "all[0].";
        QTest::newRow("too deep") << json(nested(FilterCatalogue::MaxDepth + 1))
                                  << QString::fromUtf8(tooDeepPath + "all: ");
        QTest::newRow("too many conditions")
            << json(allOfTitles(FilterCatalogue::MaxConditions + 1))
            << QStringLiteral("all[%1]: ").arg(FilterCatalogue::MaxConditions);
        QJsonArray titles;
        for (int i = 0; i <= FilterCatalogue::MaxInValues; ++i)
            titles.append(QStringLiteral("T%1").arg(i));
        QTest::newRow("huge in-list") << json({ { QStringLiteral("all"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                { QStringLiteral("op"), QStringLiteral("in") }, { QStringLiteral("value"), titles } } } } })
                                      << QStringLiteral("all[0].value: ");
        row("empty in-list", R"({"field":"title","op":"in","value":[]})", "value: ");
        row("in not a list", R"({"field":"title","op":"in","value":"Dune"})", "value: ");

        row("bad media type", R"({"field":"media_type","op":"=","value":"novel"})", "value: ");
        row("bad media type in list", R"({"all":[{"field":"media_type","op":"in","value":["book","Film"]}]})",
            "all[0].value[1]: ");
        row("bad status", R"({"field":"status","op":"=","value":"finished"})", "value: ");
        row("bad date month", R"({"field":"release_date","op":"=","value":"2024-13-01"})", "value: ");
        row("bad date unpadded", R"({"field":"release_date","op":"<","value":"2024-1-5"})", "value: ");
        row("bad date word", R"({"field":"started_at","op":">","value":"yesterday"})", "value: ");
        row("date as number", R"({"field":"completed_at","op":">","value":20240101})", "value: ");
        row("bad date in between",
            R"({"field":"release_date","op":"between","value":["2024-01-01","2024-02-30"]})", "value[1]: ");
        row("between reversed",
            R"({"field":"release_date","op":"between","value":["2024-12-31","2024-01-01"]})", "value: ");
        row("between one value", R"({"field":"rating","op":"between","value":[7]})", "value: ");
        row("bad class path double dot", R"({"field":"media_class","op":"under","value":"video..film"})",
            "value: ");
        row("bad class path slash", R"({"field":"media_class","op":"=","value":"video/film"})", "value: ");
        row("bad attribute key", R"({"all":[{"field":"attributes.pages;drop","op":">","value":1}]})",
            "all[0].field: ");
        row("empty attribute key", R"({"field":"attributes.","op":"=","value":1})", "field: ");
        row("nested attribute key", R"({"field":"attributes.a.b","op":"=","value":1})", "field: ");
        row("attribute ordered by text", R"({"field":"attributes.pages","op":">","value":"500"})", "value: ");
        row("attribute contains number", R"({"field":"attributes.isbn","op":"contains","value":978})",
            "value: ");
        row("attribute ordered by bool", R"({"field":"attributes.signed","op":"<","value":true})", "value: ");
        row("attribute in mixed", R"({"field":"attributes.x","op":"in","value":[1,"a"]})", "value[1]: ");
        row("rating as text", R"({"field":"rating","op":"=","value":"eight"})", "value: ");
        row("rating out of range", R"({"field":"rating","op":">","value":11})", "value: ");
        row("rating fraction", R"({"field":"rating","op":">","value":7.5})", "value: ");
        row("progress negative", R"({"field":"progress","op":">","value":-1})", "value: ");
        row("is_null not a bool", R"({"field":"rating","op":"is_null","value":"yes"})", "value: ");
        row("within_days negative", R"({"field":"completed_at","op":"within_days","value":-1})", "value: ");
        row("within_days fraction", R"({"field":"completed_at","op":"within_days","value":1.5})", "value: ");
        row("title not a string", R"({"field":"title","op":"contains","value":5})", "value: ");
        row("title empty", R"({"field":"title","op":"contains","value":"  "})", "value: ");
        row("country lower case", R"({"field":"country","op":"=","value":"gb"})", "value: ");
        row("in_list not a uuid", R"({"field":"in_list","op":"=","value":"favourites"})", "value: ");
        row("text empty", R"({"field":"text","op":"contains","value":""})", "value: ");

        row("limit zero", "{" + ok.mid(1, ok.size() - 2) + R"(,"limit":0})", "limit: ");
        row("limit too large", "{" + ok.mid(1, ok.size() - 2) + R"(,"limit":10001})", "limit: ");
        row("limit fraction", "{" + ok.mid(1, ok.size() - 2) + R"(,"limit":2.5})", "limit: ");
        row("limit as text", "{" + ok.mid(1, ok.size() - 2) + R"(,"limit":"10"})", "limit: ");
        row("sort unsortable", R"({"all":[)" + ok + R"(],"sort":[{"field":"creators","dir":"asc"}]})",
            "sort[0].field: ");
        row("sort by attribute", R"({"all":[)" + ok + R"(],"sort":[{"field":"attributes.pages"}]})",
            "sort[0].field: ");
        row("sort unknown dir", R"({"all":[)" + ok + R"(],"sort":[{"field":"title","dir":"up"}]})",
            "sort[0].dir: ");
        row("sort unknown key", R"({"all":[)" + ok + R"(],"sort":[{"field":"title","direction":"asc"}]})",
            "sort[0].direction: ");
        row("sort duplicate",
            R"({"all":[)" + ok + R"(],"sort":[{"field":"title"},{"field":"title","dir":"desc"}]})",
            "sort[1].field: ");
        row("sort not a list", R"({"all":[)" + ok + R"(],"sort":"title"})", "sort: ");
    }

    void rejectsInvalidDocuments()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        const auto filter = FilterParser::parse(document);
        QVERIFY2(!filter.ok(), document.constData());
        QCOMPARE(filter.error().code, Error::Code::InvalidInput);
        QVERIFY2(filter.error().message.startsWith(path), qPrintable(filter.error().message));
        // A path is followed by an explanation, not left bare.
        QVERIFY(filter.error().message.size() > path.size() + 5);
    }

    void namesTheAllowedOperators()
    {
        const auto filter = FilterParser::parse(QByteArray(
            R"({"all":[{"field":"title","op":"=","value":"x"},{"field":"title","op":"=","value":"y"},)"
            R"({"any":[{"field":"rating","op":"≈","value":8}]}]})"));
        QVERIFY(!filter.ok());
        QCOMPARE(filter.error().message,
            QStringLiteral("all[2].any[0].op: “≈” is not an operator for rating "
                           "(allowed: =, !=, <, <=, >, >=, in, is_null, between)"));
    }

    void rejectsNonDocuments()
    {
        for (const QByteArray &text : { QByteArray("{\"all\": [}"), QByteArray("[1, 2]"), QByteArray("{}"),
                 QByteArray(R"({"sort":[{"field":"title"}]})") }) {
            const auto filter = FilterParser::parse(text);
            QVERIFY2(!filter.ok(), text.constData());
            QCOMPARE(filter.error().code, Error::Code::InvalidInput);
            QVERIFY(!filter.error().message.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
