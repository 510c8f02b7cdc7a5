#include "FilterWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omt::FilterWriter {

namespace {
template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

template<typename E>
QJsonArray enumArray(const QList<E> &values)
{
    QJsonArray array;
    for (E value : values)
        array.append(toDbString(value));
    return array;
}

QJsonValue valueToJson(const FilterValue &value)
{
    return std::visit(Overloaded {
                          [](bool v) { return QJsonValue(v); },
                          [](double v) { return QJsonValue(v); },
                          [](const QString &v) { return QJsonValue(v); },
                          [](const QStringList &v) { return QJsonValue(QJsonArray::fromStringList(v)); },
                          [](const QList<double> &v) {
                              QJsonArray array;
                              for (double d : v)
                                  array.append(d);
                              return QJsonValue(array);
                          },
                          [](const QDate &v) { return QJsonValue(v.toString(Qt::ISODate)); },
                          [](int v) { return QJsonValue(v); },
                          [](const std::pair<double, double> &v) {
                              return QJsonValue(QJsonArray { v.first, v.second });
                          },
                          [](const std::pair<QDate, QDate> &v) {
                              return QJsonValue(QJsonArray {
                                  v.first.toString(Qt::ISODate), v.second.toString(Qt::ISODate) });
                          },
                          [](const QUuid &v) { return QJsonValue(v.toString(QUuid::WithoutBraces)); },
                          [](MediaType v) { return QJsonValue(toDbString(v)); },
                          [](Status v) { return QJsonValue(toDbString(v)); },
                          [](const QList<MediaType> &v) { return QJsonValue(enumArray(v)); },
                          [](const QList<Status> &v) { return QJsonValue(enumArray(v)); },
                      },
        value);
}

QJsonObject nodeToJson(const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::Condition:
        return QJsonObject {
            { QStringLiteral("field"),
                FilterCatalogue::fieldName(node.condition.field, node.condition.attributeKey) },
            { QStringLiteral("op"), FilterCatalogue::opName(node.condition.op) },
            { QStringLiteral("value"), valueToJson(node.condition.value) },
        };
    case FilterNode::Kind::Not:
        return QJsonObject { { QStringLiteral("not"),
            node.children.isEmpty() ? QJsonObject() : nodeToJson(node.children.first()) } };
    case FilterNode::Kind::All:
    case FilterNode::Kind::Any: {
        QJsonArray children;
        for (const FilterNode &child : node.children)
            children.append(nodeToJson(child));
        return QJsonObject {
            { node.kind == FilterNode::Kind::All ? QStringLiteral("all") : QStringLiteral("any"), children }
        };
    }
    }
    return {};
}
} // namespace

QJsonObject toJson(const SmartFilter &filter)
{
    QJsonObject document = nodeToJson(filter.root);
    if (!filter.sort.isEmpty()) {
        QJsonArray sort;
        for (const FilterSort &key : filter.sort) {
            sort.append(QJsonObject {
                { QStringLiteral("field"), FilterCatalogue::fieldName(key.field) },
                { QStringLiteral("dir"), key.descending ? QStringLiteral("desc") : QStringLiteral("asc") },
            });
        }
        document.insert(QStringLiteral("sort"), sort);
    }
    if (filter.limit)
        document.insert(QStringLiteral("limit"), *filter.limit);
    return document;
}

QByteArray toText(const SmartFilter &filter)
{
    return QJsonDocument(toJson(filter)).toJson(QJsonDocument::Indented);
}

} // namespace omt::FilterWriter
