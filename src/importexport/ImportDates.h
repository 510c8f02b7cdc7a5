#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace omt::ImportDates {

/// A date as export files write it, often coarser than a day.
struct ParsedDate
{
    enum class Precision { Day, Month, Year };
    /// Invalid when the text was empty, unset or not a date.
    QDate date;
    Precision precision = Precision::Day;
    /// The text held something that is not a date in any form known here
    /// (empty text and the placeholders meaning "unset" are not that).
    bool unreadable = false;
};

/// Reads "2021-03-04", "2021/03/04", "2021-03", "2021/3", "2021", an ISO date
/// and time ("2021-03-04T20:15:00Z"), taking only the date; "0000-00-00",
/// "0000" and empty text are unset. A month or year alone gives its first day.
ParsedDate parse(QStringView text);

/// The moment a date stands for when only the day is known: noon UTC, so that
/// the day stays the same in every time zone within twelve hours of UTC.
QDateTime moment(const QDate &date);

/// A year ("1999") as a date (its first day), or an invalid date.
QDate year(QStringView text);

} // namespace omt::ImportDates
