#include "JsonRecords.h"

#include <QLocale>

namespace omt::JsonRecords {

namespace {
void appendString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}
} // namespace

void append(QString &out, const QList<RecordColumn> &columns, const QVariantList &values)
{
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"') + columns.at(i).name + QStringLiteral("\":");
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            out += QStringLiteral("null");
            continue;
        }
        switch (columns.at(i).type) {
        case ColumnType::Json:
        case ColumnType::TextArray: out += value.toString(); break;
        case ColumnType::Integer: out += QString::number(value.toLongLong()); break;
        case ColumnType::Real:
            out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            break;
        case ColumnType::Boolean:
            out += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        default: appendString(out, value.toString()); break;
        }
    }
    out += QLatin1Char('}');
}

QString array(const QList<RecordColumn> &columns, const QList<QVariantList> &rows)
{
    QString out;
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        append(out, columns, rows.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace omt::JsonRecords
