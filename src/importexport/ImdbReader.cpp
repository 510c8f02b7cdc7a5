#include "ImdbReader.h"

#include "ImportDates.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace omt {

namespace {

const QString IdColumn = QStringLiteral("Const");
const QString TitleColumn = QStringLiteral("Title");
const QString TitleTypeColumn = QStringLiteral("Title Type");

/// IMDb's title types in both spellings ("tvSeries", "TV Series"), compared
/// without case and spaces; nothing for an episode.
std::optional<MediaType> mediaType(const QString &titleType)
{
    static const QHash<QString, MediaType> types {
        { QStringLiteral("movie"), MediaType::Film },
        { QStringLiteral("tvmovie"), MediaType::Film },
        { QStringLiteral("short"), MediaType::Film },
        { QStringLiteral("tvshort"), MediaType::Film },
        { QStringLiteral("video"), MediaType::Film },
        { QStringLiteral("tvspecial"), MediaType::Film },
        { QStringLiteral("musicvideo"), MediaType::Film },
        { QStringLiteral("tvseries"), MediaType::TvShow },
        { QStringLiteral("tvminiseries"), MediaType::TvShow },
        { QStringLiteral("videogame"), MediaType::Game },
        { QStringLiteral("podcastseries"), MediaType::Podcast },
    };
    QString key = titleType.toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('-'));
    const auto it = types.constFind(key);
    return it == types.cend() ? std::nullopt : std::optional<MediaType>(*it);
}

} // namespace

ImdbReader::ImdbReader(const QString &path)
    : CsvImportReader(path)
{
    // A list is named after its file: IMDb names the export by the list
    // ("WATCHLIST.csv", or the list's id when saved from its page).
    const QString base = QFileInfo(path).completeBaseName();
    m_watchlist = base.compare(QLatin1String("watchlist"), Qt::CaseInsensitive) == 0;
    m_listName = base;
}

QStringList ImdbReader::signatureColumns()
{
    return { IdColumn, TitleColumn, TitleTypeColumn };
}

QString ImdbReader::formatName() const
{
    return tr("IMDb ratings or list export");
}

void ImdbReader::mapColumns(const CsvTable &table)
{
    m_columns.id = takenColumn(table, IdColumn);
    m_columns.rating = takenColumn(table, u"Your Rating");
    m_columns.dateRated = takenColumn(table, u"Date Rated");
    m_columns.title = takenColumn(table, TitleColumn);
    m_columns.titleType = takenColumn(table, TitleTypeColumn);
    m_columns.runtime = takenColumn(table, u"Runtime (mins)");
    m_columns.year = takenColumn(table, u"Year");
    m_columns.genres = takenColumn(table, u"Genres");
    m_columns.releaseDate = takenColumn(table, u"Release Date");
    m_columns.directors = takenColumn(table, u"Directors");
    m_columns.position = takenColumn(table, u"Position");
    m_columns.created = takenColumn(table, u"Created");
    // The ratings export has no positions: its rows are no list.
    if (m_columns.position < 0)
        m_listName.clear();
}

std::optional<ImportedItem> ImdbReader::readRow(const CsvTable::Row &row)
{
    const auto value = [&row](int column) { return CsvTable::value(row, column); };
    const std::optional<QString> title = titleOf(row, m_columns.title);
    if (!title)
        return std::nullopt;
    ImportedItem item;
    item.media.title = *title;
    const QString id = value(m_columns.id);
    const QString titleType = value(m_columns.titleType);
    const std::optional<MediaType> type = mediaType(titleType);
    if (!type) {
        addRowProblem(row,
            titleType.isEmpty()
                ? tr("“%1” has no title type; left out.").arg(item.media.title)
                : tr("“%1” is a title of type “%2”, which is not tracked on its own; left out.")
                      .arg(item.media.title, titleType));
        return std::nullopt;
    }
    item.media.type = *type;
    if (id.startsWith(QLatin1String("tt")))
        item.identifiers.append(ExternalLink { {}, {}, QStringLiteral("imdb"), id, {}, {} });
    const ImportDates::ParsedDate released = ImportDates::parse(value(m_columns.releaseDate));
    item.media.releaseDate
        = released.date.isValid() ? released.date : ImportDates::year(value(m_columns.year));
    appendNames(item.media.creators, value(m_columns.directors));
    if (const int minutes = value(m_columns.runtime).toInt(); minutes > 0)
        item.media.attributes.insert(QStringLiteral("runtime_minutes"), minutes);
    if (const QString genres = value(m_columns.genres); !genres.isEmpty()) {
        QJsonArray list;
        for (const QString &genre : genres.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(genre.trimmed());
        item.media.attributes.insert(QStringLiteral("genres"), list);
    }

    const QString ratingText = value(m_columns.rating);
    bool ratingOk = false;
    const int rating = ratingText.toInt(&ratingOk);
    if (!ratingText.isEmpty() && (!ratingOk || rating < 1 || rating > 10))
        addRowProblem(
            row, tr("“%1” is no rating from 1 to 10; the row was imported without it.").arg(ratingText));
    const QDate rated = ImportDates::parse(value(m_columns.dateRated)).date;
    const QDate added = ImportDates::parse(value(m_columns.created)).date;
    if (ratingOk && rating >= 1 && rating <= 10) {
        // Rated means watched; IMDb does not say when, only when it was rated.
        Interaction state;
        state.status = Status::Completed;
        state.rating = rating;
        item.interaction = state;
    } else if (m_watchlist) {
        item.interaction = Interaction {};
    }
    item.asOf = ImportDates::moment(qMax(rated, added));
    if (!m_listName.isEmpty() && !m_watchlist)
        item.lists.append(ImportedListEntry { m_listName, value(m_columns.position).toLongLong() });
    item.sourceRow = sourceRow(row);
    return item;
}

} // namespace omt
