#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace omt {
namespace {

template<typename E>
struct EnumInfo;

#define OMT_ENUM_TABLE(Enum, Label, ...)                                                                     \
    template<>                                                                                               \
    struct EnumInfo<Enum>                                                                                    \
    {                                                                                                        \
        static constexpr const char *label = Label;                                                          \
        static constexpr auto table = std::to_array<std::pair<Enum, const char *>>({ __VA_ARGS__ });         \
    };

OMT_ENUM_TABLE(MediaType, "media type", { MediaType::Book, "book" }, { MediaType::Audiobook, "audiobook" },
    { MediaType::Film, "film" }, { MediaType::TvShow, "tv_show" }, { MediaType::Anime, "anime" },
    { MediaType::Manga, "manga" }, { MediaType::Comic, "comic" }, { MediaType::Game, "game" },
    { MediaType::MusicAlbum, "music_album" }, { MediaType::Podcast, "podcast" },
    { MediaType::BoardGame, "board_game" })
OMT_ENUM_TABLE(Status, "status", { Status::Planned, "planned" }, { Status::InProgress, "in_progress" },
    { Status::Completed, "completed" }, { Status::OnHold, "on_hold" }, { Status::Dropped, "dropped" })
OMT_ENUM_TABLE(ListType, "list type", { ListType::Manual, "manual" }, { ListType::Smart, "smart" })
OMT_ENUM_TABLE(RelationType, "relation type", { RelationType::Sequel, "sequel" },
    { RelationType::Prequel, "prequel" }, { RelationType::Adaptation, "adaptation" },
    { RelationType::Remake, "remake" }, { RelationType::SpinOff, "spin_off" },
    { RelationType::SameFranchise, "same_franchise" }, { RelationType::Related, "related" })
OMT_ENUM_TABLE(Role, "role", { Role::Admin, "admin" }, { Role::Member, "member" })

#undef OMT_ENUM_TABLE

template<typename E>
QString dbString(E value)
{
    for (const auto &[candidate, text] : EnumInfo<E>::table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    values.reserve(qsizetype(EnumInfo<E>::table.size()));
    for (const auto &entry : EnumInfo<E>::table)
        values.append(entry.first);
    return values;
}

template<typename E>
Result<E> fromDbString(const QString &text)
{
    QStringList allowed;
    for (const auto &[value, spelling] : EnumInfo<E>::table) {
        if (text == QLatin1String(spelling))
            return value;
        allowed.append(QString::fromLatin1(spelling));
    }
    return Error::invalidInput(
        QCoreApplication::translate("omt::Enums", "Unknown %1 “%2”. Expected one of: %3.")
            .arg(QLatin1String(EnumInfo<E>::label), text, allowed.join(QStringLiteral(", "))));
}

#define OMT_INSTANTIATE(Enum)                                                                                \
    template QList<Enum> allValues<Enum>();                                                                  \
    template Result<Enum> fromDbString<Enum>(const QString &);                                               \
    QString toDbString(Enum value)                                                                           \
    {                                                                                                        \
        return dbString(value);                                                                              \
    }

OMT_INSTANTIATE(MediaType)
OMT_INSTANTIATE(Status)
OMT_INSTANTIATE(ListType)
OMT_INSTANTIATE(RelationType)
OMT_INSTANTIATE(Role)

#undef OMT_INSTANTIATE

QString displayName(MediaType value)
{
    switch (value) {
    case MediaType::Book: return QCoreApplication::translate("omt::MediaType", "Book");
    case MediaType::Audiobook: return QCoreApplication::translate("omt::MediaType", "Audiobook");
    case MediaType::Film: return QCoreApplication::translate("omt::MediaType", "Film");
    case MediaType::TvShow: return QCoreApplication::translate("omt::MediaType", "TV show");
    case MediaType::Anime: return QCoreApplication::translate("omt::MediaType", "Anime");
    case MediaType::Manga: return QCoreApplication::translate("omt::MediaType", "Manga");
    case MediaType::Comic: return QCoreApplication::translate("omt::MediaType", "Comic");
    case MediaType::Game: return QCoreApplication::translate("omt::MediaType", "Game");
    case MediaType::MusicAlbum: return QCoreApplication::translate("omt::MediaType", "Music album");
    case MediaType::Podcast: return QCoreApplication::translate("omt::MediaType", "Podcast");
    case MediaType::BoardGame: return QCoreApplication::translate("omt::MediaType", "Board game");
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(Status value)
{
    switch (value) {
    case Status::Planned: return QCoreApplication::translate("omt::Status", "Planned");
    case Status::InProgress: return QCoreApplication::translate("omt::Status", "In progress");
    case Status::Completed: return QCoreApplication::translate("omt::Status", "Completed");
    case Status::OnHold: return QCoreApplication::translate("omt::Status", "On hold");
    case Status::Dropped: return QCoreApplication::translate("omt::Status", "Dropped");
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(ListType value)
{
    switch (value) {
    case ListType::Manual: return QCoreApplication::translate("omt::ListType", "List");
    case ListType::Smart: return QCoreApplication::translate("omt::ListType", "Smart list");
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(RelationType value)
{
    switch (value) {
    case RelationType::Sequel: return QCoreApplication::translate("omt::RelationType", "Sequel");
    case RelationType::Prequel: return QCoreApplication::translate("omt::RelationType", "Prequel");
    case RelationType::Adaptation: return QCoreApplication::translate("omt::RelationType", "Adaptation");
    case RelationType::Remake: return QCoreApplication::translate("omt::RelationType", "Remake");
    case RelationType::SpinOff: return QCoreApplication::translate("omt::RelationType", "Spin-off");
    case RelationType::SameFranchise:
        return QCoreApplication::translate("omt::RelationType", "Same franchise");
    case RelationType::Related: return QCoreApplication::translate("omt::RelationType", "Related");
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(Role value)
{
    switch (value) {
    case Role::Admin: return QCoreApplication::translate("omt::Role", "Administrator");
    case Role::Member: return QCoreApplication::translate("omt::Role", "Member");
    }
    Q_UNREACHABLE();
    return QString();
}

ProgressUnit progressUnit(MediaType type)
{
    switch (type) {
    case MediaType::Book:
    case MediaType::Comic: return ProgressUnit::Pages;
    case MediaType::TvShow:
    case MediaType::Anime:
    case MediaType::Podcast: return ProgressUnit::Episodes;
    case MediaType::Manga: return ProgressUnit::Chapters;
    case MediaType::Audiobook:
    case MediaType::Film: return ProgressUnit::Minutes;
    case MediaType::Game: return ProgressUnit::Percent;
    case MediaType::MusicAlbum:
    case MediaType::BoardGame: return ProgressUnit::Plays;
    }
    Q_UNREACHABLE();
    return ProgressUnit::Percent;
}

QString progressTotalAttribute(MediaType type)
{
    switch (progressUnit(type)) {
    case ProgressUnit::Pages: return QStringLiteral("pages");
    case ProgressUnit::Episodes: return QStringLiteral("episodes");
    case ProgressUnit::Chapters: return QStringLiteral("chapters");
    case ProgressUnit::Minutes: return QStringLiteral("runtime_minutes");
    case ProgressUnit::Percent:
    case ProgressUnit::Plays: return {};
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(ProgressUnit unit)
{
    switch (unit) {
    case ProgressUnit::Pages: return QCoreApplication::translate("omt::ProgressUnit", "pages");
    case ProgressUnit::Episodes: return QCoreApplication::translate("omt::ProgressUnit", "episodes");
    case ProgressUnit::Chapters: return QCoreApplication::translate("omt::ProgressUnit", "chapters");
    case ProgressUnit::Minutes: return QCoreApplication::translate("omt::ProgressUnit", "minutes");
    case ProgressUnit::Percent: return QCoreApplication::translate("omt::ProgressUnit", "percent");
    case ProgressUnit::Plays: return QCoreApplication::translate("omt::ProgressUnit", "plays");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace omt
