#include "Isbn.h"

namespace omt::Isbn {

namespace {

bool validIsbn10(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const QChar c = digits.at(i);
        int value = 0;
        if (c.isDigit())
            value = c.digitValue();
        else if (i == 9 && (c == QLatin1Char('X') || c == QLatin1Char('x')))
            value = 10;
        else
            return false;
        sum += value * (10 - i);
    }
    return sum % 11 == 0;
}

int isbn13CheckDigit(QStringView first12)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += first12.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QString normalized(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('X')
            || c == QLatin1Char('x'))
            digits.append(c.toUpper());
        else if (c != QLatin1Char('-') && c != QLatin1Char(' ') && c != QLatin1Char('=')
            && c != QLatin1Char('"') && c != QLatin1Char('\''))
            return {};
    }
    if (digits.size() == 10 && validIsbn10(digits)) {
        const QString body = QStringLiteral("978") + digits.left(9);
        return body + QString::number(isbn13CheckDigit(body));
    }
    if (digits.size() == 13 && allDigits(digits)
        && (digits.startsWith(QLatin1String("978")) || digits.startsWith(QLatin1String("979")))
        && isbn13CheckDigit(digits) == digits.at(12).digitValue())
        return digits;
    return {};
}

} // namespace omt::Isbn
