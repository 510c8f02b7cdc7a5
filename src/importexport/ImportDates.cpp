#include "ImportDates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace omt::ImportDates {

namespace {
/// Years before the printing press or after the near future are typos.
constexpr int EarliestYear = 1000;
constexpr int LatestYear = 2200;
} // namespace

ParsedDate parse(QStringView text)
{
    ParsedDate result;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$)"));
    const auto match = form.match(trimmed.toString());
    if (!match.hasMatch()) {
        result.unreadable = true;
        return result;
    }
    const int year = match.captured(1).toInt();
    const int month = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
    const int day = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    // MyAnimeList writes 0000-00-00 for unset, and sometimes a known year
    // with unknown month and day (2015-00-00).
    if (year == 0)
        return result;
    if (year < EarliestYear || year > LatestYear) {
        result.unreadable = true;
        return result;
    }
    if (month == 0) {
        result.date = QDate(year, 1, 1);
        result.precision = ParsedDate::Precision::Year;
    } else if (day == 0) {
        result.date = QDate(year, month, 1);
        result.precision = ParsedDate::Precision::Month;
    } else {
        result.date = QDate(year, month, day);
    }
    result.unreadable = !result.date.isValid();
    return result;
}

QDateTime moment(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(12, 0), QTimeZone::utc());
}

QDate year(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < EarliestYear || value > LatestYear)
        return {};
    return QDate(value, 1, 1);
}

} // namespace omt::ImportDates
