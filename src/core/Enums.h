#pragma once

#include "Error.h"

#include <QList>
#include <QString>

/// The enumerations of the data model, in one place. Each has a stable
/// database spelling (the CHECK constraints in schema/*/ list exactly these;
/// tests/storage/tst_schema verifies that) and a translated display name.
namespace omt {

enum class MediaType {
    Book,
    Audiobook,
    Film,
    TvShow,
    Anime,
    Manga,
    Comic,
    Game,
    MusicAlbum,
    Podcast,
    BoardGame,
};

enum class Status {
    Planned,
    InProgress,
    Completed,
    OnHold,
    Dropped,
};

enum class ListType {
    Manual,
    Smart,
};

enum class RelationType {
    Sequel,
    Prequel,
    Adaptation,
    Remake,
    SpinOff,
    SameFranchise,
    Related,
};

enum class Role {
    Admin,
    Member,
};

/// What progress counts for a media type, so that "42" can be shown as
/// "42 pages" or "42 episodes".
enum class ProgressUnit {
    Pages,
    Episodes,
    Chapters,
    Minutes,
    Percent,
    Plays,
};

template<typename E>
QList<E> allValues();

/// The database spelling, e.g. MediaType::TvShow -> "tv_show".
QString toDbString(MediaType value);
QString toDbString(Status value);
QString toDbString(ListType value);
QString toDbString(RelationType value);
QString toDbString(Role value);

/// Parses a database spelling; unknown text gives an InvalidInput error that
/// names the offending value and the allowed ones.
template<typename E>
Result<E> fromDbString(const QString &text);

QString displayName(MediaType value);
QString displayName(Status value);
QString displayName(ListType value);
QString displayName(RelationType value);
QString displayName(Role value);

ProgressUnit progressUnit(MediaType type);
/// The attribute key that holds the total for the progress unit (e.g. "pages"
/// for books, "episodes" for TV shows); empty when there is none.
QString progressTotalAttribute(MediaType type);
QString displayName(ProgressUnit unit);

/// Ratings are stored on a 1..10 scale; NULL means unrated.
inline constexpr int MinRating = 1;
inline constexpr int MaxRating = 10;

} // namespace omt
