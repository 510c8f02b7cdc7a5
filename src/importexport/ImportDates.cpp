#include "ImportDates.h"

#include <QTimeZone>

namespace omt::ImportDates {

namespace {
/// Years before the printing press or after the near future are typos.
constexpr int EarliestYear = 1000;
constexpr int LatestYear = 2200;
} // namespace

namespace {

/// Reads up to `maxDigits` ASCII digits at `at`; -1 when there are none.
int digits(QStringView text, qsizetype &at, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (at < text.size() && count < maxDigits && text.at(at) >= u'0' && text.at(at) <= u'9') {
        value = value * 10 + (text.at(at).unicode() - u'0');
        ++at;
        ++count;
    }
    return count == 0 ? -1 : value;
}

bool isDateSeparator(QChar c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

/// What may follow the date: a time ("T20:15:00Z", " 20:15", "+01:00"),
/// which is ignored. Anything else makes the text no date.
bool isTimeTail(QStringView tail)
{
    if (tail.isEmpty())
        return true;
    if (tail.front() != u'T' && tail.front() != u' ')
        return false;
    tail = tail.mid(1);
    if (tail.size() < 4 || !tail.front().isDigit())
        return false;
    for (const QChar c : tail) {
        if (!(c.isDigit() || c == u':' || c == u'.' || c == u'+' || c == u'-' || c == u'Z' || c == u' '
                || c == u'U' || c == u'T' || c == u'C'))
            return false;
    }
    return true;
}

} // namespace

ParsedDate parse(QStringView text)
{
    // Written by hand rather than with a regular expression: an import reads
    // a few dates in every one of up to millions of rows.
    ParsedDate result;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    qsizetype at = 0;
    const int year = digits(trimmed, at, 4);
    int month = 0;
    int day = 0;
    bool wellFormed = year >= 0 && at == 4;
    if (wellFormed && at < trimmed.size() && isDateSeparator(trimmed.at(at))) {
        ++at;
        month = digits(trimmed, at, 2);
        wellFormed = month >= 0;
        if (wellFormed && at < trimmed.size() && isDateSeparator(trimmed.at(at))) {
            ++at;
            day = digits(trimmed, at, 2);
            wellFormed = day >= 0;
        }
    }
    if (!wellFormed || !isTimeTail(trimmed.mid(at))) {
        result.unreadable = true;
        return result;
    }
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
