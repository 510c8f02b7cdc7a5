#include "StoryGraphReader.h"

#include "ImportDates.h"
#include "Isbn.h"
#include "ShelfNames.h"

#include <cmath>

namespace omt {

namespace {

const QString TitleColumn = QStringLiteral("Title");
const QString StatusColumn = QStringLiteral("Read Status");
const QString DatesReadColumn = QStringLiteral("Dates Read");

/// StoryGraph writes an ISBN where it has one, an ASIN (B0…) for Kindle and
/// Audible editions, or its own id.
ExternalLink identifier(const QString &text)
{
    if (const QString isbn = Isbn::normalized(text); !isbn.isEmpty())
        return ExternalLink { {}, {}, QStringLiteral("isbn"), isbn, {}, {} };
    if (text.size() == 10 && text.startsWith(QLatin1Char('B')))
        return ExternalLink { {}, {}, QStringLiteral("asin"), text.toUpper(), {}, {} };
    return {};
}

} // namespace

QStringList StoryGraphReader::signatureColumns()
{
    return { TitleColumn, StatusColumn, DatesReadColumn };
}

QString StoryGraphReader::formatName() const
{
    return tr("StoryGraph export");
}

void StoryGraphReader::mapColumns(const CsvTable &table)
{
    m_columns.title = takenColumn(table, TitleColumn);
    m_columns.authors = takenColumn(table, u"Authors");
    m_columns.isbn = takenColumn(table, u"ISBN/UID");
    m_columns.format = takenColumn(table, u"Format");
    m_columns.status = takenColumn(table, StatusColumn);
    m_columns.dateAdded = takenColumn(table, u"Date Added");
    m_columns.lastRead = takenColumn(table, u"Last Date Read");
    m_columns.datesRead = takenColumn(table, DatesReadColumn);
    m_columns.readCount = takenColumn(table, u"Read Count");
    // Kept with the row as written: quarter stars are rounded to half ones.
    m_columns.rating = table.column(u"Star Rating");
    m_columns.review = takenColumn(table, u"Review");
    m_columns.tags = takenColumn(table, u"Tags");
}

std::optional<ImportedItem> StoryGraphReader::readRow(const CsvTable::Row &row)
{
    const auto value = [&row](int column) { return CsvTable::value(row, column); };
    const std::optional<QString> title = titleOf(row, m_columns.title);
    if (!title)
        return std::nullopt;
    ImportedItem item;
    item.media.title = *title;
    const QString format = value(m_columns.format).toLower();
    item.media.type = format.contains(QLatin1String("audio")) ? MediaType::Audiobook : MediaType::Book;
    if (!format.isEmpty())
        item.media.attributes.insert(QStringLiteral("binding"), value(m_columns.format));
    appendNames(item.media.creators, value(m_columns.authors));
    if (const ExternalLink link = identifier(value(m_columns.isbn)); !link.source.isEmpty()) {
        item.identifiers.append(link);
        if (link.source == QLatin1String("isbn"))
            item.media.attributes.insert(QStringLiteral("isbn"), link.externalKey);
    }

    Interaction state;
    const QString status = value(m_columns.status);
    state.status = ShelfNames::status(status).value_or(Status::Planned);
    if (!status.isEmpty() && !ShelfNames::status(status))
        addRowProblem(
            row, tr("“%1” is no read status OmniMediaTrak knows; imported as planned.").arg(status));

    const QString ratingText = value(m_columns.rating);
    bool ratingOk = false;
    const double stars = ratingText.toDouble(&ratingOk);
    if (!ratingText.isEmpty() && (!ratingOk || stars < 0 || stars > 5))
        addRowProblem(
            row, tr("“%1” is no star rating from 0 to 5; the row was imported without it.").arg(ratingText));
    else if (ratingOk && stars > 0)
        state.rating = qBound(1, int(std::lround(stars * 2)), 10);

    // "2021/03/01-2021/03/15;2022/01/02-2022/02/01": the last reading counts.
    QDate started;
    QDate finished;
    const QStringList readings = value(m_columns.datesRead).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (!readings.isEmpty()) {
        const QString last = readings.last().trimmed();
        // Dates hold '-' themselves (2021-03-01): a range splits at the dash
        // after the first date; "2023/05/01-" is a reading not finished yet.
        const qsizetype dash = last.indexOf(QLatin1Char('-'), 8);
        if (dash > 0)
            started = dateIn(row, last.left(dash).trimmed(), DatesReadColumn);
        finished = dateIn(row, dash > 0 ? last.mid(dash + 1).trimmed() : last, DatesReadColumn);
    }
    if (!finished.isValid())
        finished = dateIn(row, value(m_columns.lastRead), QStringLiteral("Last Date Read"));
    const QDate added = dateIn(row, value(m_columns.dateAdded), QStringLiteral("Date Added"));
    if (state.status != Status::Planned)
        state.startedAt = ImportDates::moment(started);
    if (state.status == Status::Completed)
        state.completedAt = ImportDates::moment(finished);
    if (state.startedAt.isValid() && state.completedAt.isValid() && state.completedAt < state.startedAt)
        state.startedAt = QDateTime();
    state.notes = value(m_columns.review);
    const int readCount = qMax(value(m_columns.readCount).toInt(), int(readings.size()));
    if (readCount > 0)
        state.metaSnapshot.insert(QStringLiteral("times_completed"), readCount);
    item.interaction = state;
    item.asOf = ImportDates::moment(qMax(qMax(started, finished), added));

    for (const QString &tag : value(m_columns.tags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = tag.trimmed();
        const bool known
            = std::any_of(item.lists.cbegin(), item.lists.cend(), [&name](const ImportedListEntry &e) {
                  return e.listName.compare(name, Qt::CaseInsensitive) == 0;
              });
        if (!name.isEmpty() && !known)
            item.lists.append(ImportedListEntry { name, 0 });
    }
    item.sourceRow = sourceRow(row);
    return item;
}

} // namespace omt
