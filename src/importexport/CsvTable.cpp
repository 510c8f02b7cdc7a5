#include "CsvTable.h"

#include <QFile>
#include <QFileInfo>

namespace omt {

CsvTable::CsvTable(std::unique_ptr<QIODevice> device, QString name)
    : m_device(std::move(device))
    , m_name(std::move(name))
    , m_reader(*m_device)
{ }

CsvTable::~CsvTable() = default;

Result<std::unique_ptr<CsvTable>> CsvTable::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error { file->error() == QFileDevice::OpenError && !QFileInfo::exists(path)
                ? Error::Code::NotFound
                : Error::Code::Io,
            tr("Could not open “%1”: %2").arg(QFileInfo(path).fileName(), file->errorString()), path, {} };
    }
    return std::make_unique<CsvTable>(std::move(file), QFileInfo(path).fileName());
}

Result<void> CsvTable::start()
{
    m_scan = TextEncodings::scan(*m_device);
    if (m_scan.utf16)
        return Error::invalidInput(
            tr("“%1” is UTF-16 text (what spreadsheets save as “Unicode text”); save it "
               "as “CSV UTF-8” and import that.")
                .arg(m_name));
    if (m_scan.byteOrderMark)
        m_device->read(3);
    const QByteArray head = m_device->peek(1 << 16);
    m_reader.setDelimiter(CsvReader::sniffDelimiter(head));
    if (!m_reader.next(m_record)) {
        if (auto failed = failure())
            return *failed;
        return Error::invalidInput(tr("“%1” is empty.").arg(m_name));
    }
    for (const QByteArray &field : std::as_const(m_record.fields)) {
        const QString column = TextEncodings::decode(field, m_scan.encoding).trimmed();
        m_index.insert(key(column), int(m_columns.size()));
        m_columns.append(column);
    }
    return {};
}

QString CsvTable::key(QStringView name)
{
    QString folded = name.trimmed().toString().toCaseFolded();
    if (folded.startsWith(QChar(0xFEFF)))
        folded.remove(0, 1);
    return folded;
}

qint64 CsvTable::position() const
{
    return m_device->pos();
}

qint64 CsvTable::size() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

int CsvTable::column(QStringView name) const
{
    return m_index.value(key(name), -1);
}

QStringList CsvTable::missing(const QStringList &names) const
{
    QStringList absent;
    for (const QString &name : names) {
        if (column(name) < 0)
            absent.append(name);
    }
    return absent;
}

bool CsvTable::next(Row &row)
{
    if (!m_reader.next(m_record))
        return false;
    row.line = m_record.line;
    row.invalidText = false;
    row.extraValues = false;
    row.values.clear();
    row.values.reserve(m_record.fields.size());
    for (qsizetype i = 0; i < m_record.fields.size(); ++i) {
        const QByteArray &field = m_record.fields.at(i);
        if (i >= m_columns.size()) {
            // Trailing empty values (a spreadsheet's extra delimiters) are harmless.
            if (!field.trimmed().isEmpty())
                row.extraValues = true;
            continue;
        }
        row.values.append(TextEncodings::decode(field, m_scan.encoding, &row.invalidText));
    }
    return true;
}

std::optional<Error> CsvTable::failure() const
{
    const int line = m_reader.failureLine();
    switch (m_reader.failure()) {
    case CsvReader::Failure::None: return std::nullopt;
    case CsvReader::Failure::UnclosedQuote:
        return Error::invalidInput(
            tr("“%1”, line %2: a quoted value that begins on this line never ends.").arg(m_name).arg(line));
    case CsvReader::Failure::RecordTooLong:
        return Error::invalidInput(tr("“%1”, line %2: a row longer than %3 MiB; a quote may be missing.")
                                       .arg(m_name)
                                       .arg(line)
                                       .arg(CsvReader::MaxRecordBytes >> 20));
    case CsvReader::Failure::ReadError:
        return Error { Error::Code::Io, tr("Could not read “%1”: %2").arg(m_name, m_device->errorString()),
            {}, {} };
    }
    return std::nullopt;
}

QString CsvTable::value(const Row &row, int column)
{
    if (column < 0 || column >= row.values.size())
        return {};
    return row.values.at(column).trimmed();
}

} // namespace omt
