#include "ShelfNames.h"

#include <QHash>

namespace omt::ShelfNames {

std::optional<Status> status(const QString &shelf)
{
    // Compared without case, with '_' and ' ' read as '-' and apostrophes dropped.
    static const QHash<QString, Status> known {
        { QStringLiteral("read"), Status::Completed },
        { QStringLiteral("finished"), Status::Completed },
        { QStringLiteral("currently-reading"), Status::InProgress },
        { QStringLiteral("reading"), Status::InProgress },
        { QStringLiteral("to-read"), Status::Planned },
        { QStringLiteral("want-to-read"), Status::Planned },
        { QStringLiteral("tbr"), Status::Planned },
        { QStringLiteral("paused"), Status::OnHold },
        { QStringLiteral("on-hold"), Status::OnHold },
        { QStringLiteral("on-pause"), Status::OnHold },
        { QStringLiteral("did-not-finish"), Status::Dropped },
        { QStringLiteral("dnf"), Status::Dropped },
        { QStringLiteral("abandoned"), Status::Dropped },
        { QStringLiteral("wont-finish"), Status::Dropped },
        { QStringLiteral("will-not-finish"), Status::Dropped },
        { QStringLiteral("gave-up"), Status::Dropped },
        { QStringLiteral("dropped"), Status::Dropped },
    };
    QString key = shelf.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char('-'));
    key.replace(QLatin1Char(' '), QLatin1Char('-'));
    key.remove(QLatin1Char('\''));
    key.remove(QChar(0x2019));
    const auto it = known.constFind(key);
    if (it == known.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace omt::ShelfNames
