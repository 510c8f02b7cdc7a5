#include "CsvImportReader.h"

#include "ImportDates.h"

namespace omt {

CsvImportReader::CsvImportReader(QString path)
    : m_path(std::move(path))
{ }

CsvImportReader::~CsvImportReader() = default;

Result<void> CsvImportReader::open()
{
    auto table = CsvTable::open(m_path);
    if (!table)
        return table.error();
    m_table = std::move(*table);
    if (auto started = m_table->start(); !started)
        return started.error();
    const QStringList missing = m_table->missing(requiredColumns());
    if (!missing.isEmpty()) {
        QStringList quoted;
        for (const QString &column : missing)
            quoted.append(QStringLiteral("“%1”").arg(column));
        return Error::invalidInput(tr("“%1” is not a %2: it lacks the columns %3.")
                                       .arg(m_table->name(), formatName(), quoted.join(QStringLiteral(", "))),
            m_table->columns().join(QLatin1Char(',')));
    }
    if (m_table->encoding() == TextEncoding::Windows1252) {
        addNotice(tr("“%1” is not UTF-8; it was read as %2, the encoding spreadsheets on Windows save in.")
                      .arg(m_table->name(), TextEncodings::name(m_table->encoding())));
    }
    if (m_table->delimiter() != ',') {
        addNotice(
            tr("“%1” separates its columns with “%2” rather than commas.")
                .arg(m_table->name(),
                    m_table->delimiter() == '\t' ? tr("tab") : QString(QLatin1Char(m_table->delimiter()))));
    }
    mapColumns(*m_table);
    return {};
}

QList<ImportedItem> CsvImportReader::read(int maximum)
{
    QList<ImportedItem> items;
    if (!m_table || failure())
        return items;
    CsvTable::Row row;
    while (items.size() < maximum && m_table->next(row)) {
        if (row.extraValues) {
            addRowProblem(row,
                tr("The row has more values than the file has columns (a quote may be missing); left out."));
            continue;
        }
        std::optional<ImportedItem> item = readRow(row);
        if (!item)
            continue;
        if (row.invalidText)
            addRowProblem(
                row, tr("The row has text that is not valid UTF-8; unreadable characters became “�”."));
        item->line = row.line;
        items.append(std::move(*item));
    }
    if (auto failed = m_table->failure())
        setFailure(*failed);
    return items;
}

QDate CsvImportReader::dateIn(const CsvTable::Row &row, const QString &text, const QString &columnName)
{
    const ImportDates::ParsedDate parsed = ImportDates::parse(text);
    if (parsed.unreadable)
        addRowProblem(row,
            tr("“%1” is not a date in column “%2”; the row was imported without it.").arg(text, columnName));
    return parsed.date;
}

std::optional<QString> CsvImportReader::titleOf(const CsvTable::Row &row, int column)
{
    QString title = CsvTable::value(row, column);
    if (title.isEmpty()) {
        addRowProblem(row, tr("The row has no title; left out."));
        return std::nullopt;
    }
    return title;
}

void CsvImportReader::appendNames(QStringList &names, const QString &text)
{
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString trimmed = name.trimmed(); !trimmed.isEmpty() && !names.contains(trimmed))
            names.append(trimmed);
    }
}

int CsvImportReader::takenColumn(const CsvTable &table, QStringView name)
{
    const int column = table.column(name);
    if (column >= 0) {
        if (m_taken.size() < table.columns().size())
            m_taken.resize(table.columns().size(), false);
        m_taken[column] = true;
    }
    return column;
}

qint64 CsvImportReader::bytesRead() const
{
    return m_table ? m_table->position() : 0;
}

qint64 CsvImportReader::totalBytes() const
{
    return m_table ? m_table->size() : 0;
}

QJsonObject CsvImportReader::sourceRow(const CsvTable::Row &row) const
{
    QJsonObject object;
    const QStringList &columns = m_table->columns();
    for (qsizetype i = 0; i < columns.size() && i < row.values.size(); ++i) {
        if (i < m_taken.size() && m_taken.at(i))
            continue;
        const QString value = row.values.at(i).trimmed();
        if (!value.isEmpty())
            object.insert(columns.at(i), value);
    }
    return object;
}

} // namespace omt
