#include "OneTimePassword.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace omt::OneTimePassword {

namespace {
// 29 symbols, without the lookalikes 0/o, 1/l/i and u/v: 25 of them hold
// about 121 random bits.
constexpr char Alphabet[] = "abcdefghjkmnpqrstwxyz23456789";
constexpr int AlphabetSize = sizeof(Alphabet) - 1;
constexpr int Groups = 5;
constexpr int GroupLength = 5;
} // namespace

QString generate()
{
    QString password;
    QRandomGenerator *random = QRandomGenerator::system();
    for (int group = 0; group < Groups; ++group) {
        if (group > 0)
            password += QLatin1Char('-');
        for (int i = 0; i < GroupLength; ++i)
            password += QLatin1Char(Alphabet[random->bounded(AlphabetSize)]);
    }
    return password;
}

QByteArray digest(const QString &password)
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace omt::OneTimePassword
