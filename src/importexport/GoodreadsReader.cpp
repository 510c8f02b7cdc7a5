#include "GoodreadsReader.h"

#include "ImportDates.h"
#include "Isbn.h"
#include "ShelfNames.h"

#include <QRegularExpression>

namespace omt {

namespace {

const QString BookIdColumn = QStringLiteral("Book Id");
const QString TitleColumn = QStringLiteral("Title");
const QString ExclusiveShelfColumn = QStringLiteral("Exclusive Shelf");

/// Goodreads keeps reviews as HTML fragments; notes are plain text.
QString plainText(QString html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html;
    static const QRegularExpression lineBreak(
        QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.replace(lineBreak, QStringLiteral("\n"));
    html.remove(tag);
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html.trimmed();
}

bool isAudioBinding(const QString &binding)
{
    const QString b = binding.toLower();
    return b.contains(QLatin1String("audio")) || b.contains(QLatin1String("mp3"));
}

} // namespace

QStringList GoodreadsReader::signatureColumns()
{
    return { BookIdColumn, TitleColumn, ExclusiveShelfColumn };
}

QString GoodreadsReader::formatName() const
{
    return tr("Goodreads library export");
}

void GoodreadsReader::mapColumns(const CsvTable &table)
{
    m_columns.bookId = takenColumn(table, BookIdColumn);
    m_columns.title = takenColumn(table, TitleColumn);
    m_columns.author = takenColumn(table, u"Author");
    m_columns.additionalAuthors = takenColumn(table, u"Additional Authors");
    m_columns.isbn = takenColumn(table, u"ISBN");
    m_columns.isbn13 = takenColumn(table, u"ISBN13");
    m_columns.myRating = takenColumn(table, u"My Rating");
    m_columns.publisher = takenColumn(table, u"Publisher");
    m_columns.binding = takenColumn(table, u"Binding");
    m_columns.pages = takenColumn(table, u"Number of Pages");
    // Kept with the row too: the edition's year, when the original one is known.
    m_columns.yearPublished = table.column(u"Year Published");
    m_columns.originalYear = takenColumn(table, u"Original Publication Year");
    m_columns.dateRead = takenColumn(table, u"Date Read");
    m_columns.dateAdded = takenColumn(table, u"Date Added");
    m_columns.shelves = takenColumn(table, u"Bookshelves");
    m_columns.shelvesWithPositions = takenColumn(table, u"Bookshelves with positions");
    m_columns.exclusiveShelf = takenColumn(table, ExclusiveShelfColumn);
    m_columns.review = takenColumn(table, u"My Review");
    m_columns.privateNotes = takenColumn(table, u"Private Notes");
    m_columns.readCount = takenColumn(table, u"Read Count");
}

std::optional<ImportedItem> GoodreadsReader::readRow(const CsvTable::Row &row)
{
    const auto value = [&row](int column) { return CsvTable::value(row, column); };
    const std::optional<QString> title = titleOf(row, m_columns.title);
    if (!title)
        return std::nullopt;
    ImportedItem item;
    item.media.title = *title;
    const QString binding = value(m_columns.binding);
    item.media.type = isAudioBinding(binding) ? MediaType::Audiobook : MediaType::Book;
    appendNames(item.media.creators, value(m_columns.author));
    appendNames(item.media.creators, value(m_columns.additionalAuthors));
    item.media.releaseDate = ImportDates::year(value(m_columns.originalYear));
    if (!item.media.releaseDate.isValid())
        item.media.releaseDate = ImportDates::year(value(m_columns.yearPublished));

    const int pages = value(m_columns.pages).toInt();
    if (pages > 0)
        item.media.attributes.insert(QStringLiteral("pages"), pages);
    if (const QString publisher = value(m_columns.publisher); !publisher.isEmpty())
        item.media.attributes.insert(QStringLiteral("publisher"), publisher);
    if (!binding.isEmpty())
        item.media.attributes.insert(QStringLiteral("binding"), binding);

    if (const QString bookId = value(m_columns.bookId); !bookId.isEmpty())
        item.identifiers.append(ExternalLink { {}, {}, QStringLiteral("goodreads"), bookId, {}, {} });
    QString isbn = Isbn::normalized(value(m_columns.isbn13));
    if (isbn.isEmpty())
        isbn = Isbn::normalized(value(m_columns.isbn));
    if (!isbn.isEmpty()) {
        item.media.attributes.insert(QStringLiteral("isbn"), isbn);
        item.identifiers.append(ExternalLink { {}, {}, QStringLiteral("isbn"), isbn, {}, {} });
    }

    const QString exclusiveShelf = value(m_columns.exclusiveShelf);
    Interaction state;
    state.status = ShelfNames::status(exclusiveShelf).value_or(Status::Planned);
    const int stars = value(m_columns.myRating).toInt();
    if (stars >= 1 && stars <= 5)
        state.rating = stars * 2;
    const QDate read = dateIn(row, value(m_columns.dateRead), QStringLiteral("Date Read"));
    const QDate added = dateIn(row, value(m_columns.dateAdded), QStringLiteral("Date Added"));
    if (state.status == Status::Completed) {
        state.completedAt = ImportDates::moment(read);
        state.progress = pages > 0 ? pages : 0;
    }
    const QString rawReview = value(m_columns.review);
    const QString review = plainText(rawReview);
    const QString privateNotes = value(m_columns.privateNotes);
    state.notes = review.isEmpty() ? privateNotes
        : privateNotes.isEmpty()   ? review
                                   : QString(review + QStringLiteral("\n\n") + privateNotes);
    const int readCount = value(m_columns.readCount).toInt();
    if (readCount > 0)
        state.metaSnapshot.insert(QStringLiteral("times_completed"), readCount);
    item.interaction = state;
    item.asOf = ImportDates::moment(qMax(read, added));
    item.lists = shelves(row, exclusiveShelf);
    item.sourceRow = sourceRow(row);
    if (review != rawReview)
        item.sourceRow.insert(QStringLiteral("My Review"), rawReview);
    return item;
}

QList<ImportedListEntry> GoodreadsReader::shelves(
    const CsvTable::Row &row, const QString &exclusiveShelf) const
{
    // "favorites (#3), sci-fi (#12)"; without positions when only the plain
    // column is there.
    QList<ImportedListEntry> lists;
    // Both columns, for a shelf one of them lacks; the first with a position wins.
    const QString text = CsvTable::value(row, m_columns.shelvesWithPositions) + QLatin1Char(',')
        + CsvTable::value(row, m_columns.shelves);
    if (!exclusiveShelf.isEmpty() && !ShelfNames::status(exclusiveShelf))
        lists.append(ImportedListEntry { exclusiveShelf, 0 });
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ImportedListEntry list { part.trimmed(), 0 };
        if (list.listName.endsWith(QLatin1Char(')'))) {
            const qsizetype open = list.listName.lastIndexOf(QLatin1String("(#"));
            bool ok = false;
            const qint64 position
                = open < 0 ? 0 : QStringView(list.listName).mid(open + 2).chopped(1).toLongLong(&ok);
            if (ok && position > 0) {
                list.position = position;
                list.listName = list.listName.left(open).trimmed();
            }
        }
        if (list.listName.isEmpty() || ShelfNames::status(list.listName)
            || list.listName.compare(exclusiveShelf, Qt::CaseInsensitive) == 0) {
            // The exclusive shelf is a list only when it is no status; then
            // take the position given here.
            if (!exclusiveShelf.isEmpty() && list.listName.compare(exclusiveShelf, Qt::CaseInsensitive) == 0
                && !lists.isEmpty() && lists.first().listName == exclusiveShelf)
                lists.first().position = list.position;
            continue;
        }
        const bool known = std::any_of(lists.cbegin(), lists.cend(), [&list](const ImportedListEntry &other) {
            return other.listName.compare(list.listName, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            lists.append(list);
    }
    return lists;
}

} // namespace omt
