#include "CsvReader.h"

#include <QIODevice>

#include <array>

namespace omt {

namespace {
constexpr qint64 ChunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice &device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{ }

bool CsvReader::refill()
{
    if (m_atEnd)
        return false;
    m_buffer = m_device.read(ChunkSize);
    m_position = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        // read() returns nothing both at the end and on an error; only an
        // error leaves the device short of its end.
        if (!m_device.atEnd() && !m_device.isSequential())
            m_failure = Failure::ReadError;
        return false;
    }
    return true;
}

int CsvReader::get()
{
    if (m_position >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_position++));
}

int CsvReader::peek()
{
    if (m_position >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_position));
}

bool CsvReader::fail(Failure failure, int line)
{
    m_failure = failure;
    m_failureLine = line;
    m_atEnd = true;
    return false;
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    if (m_failure != Failure::None)
        return false;
    record.line = m_line;
    QByteArray field;
    bool inQuotes = false;
    bool recordStarted = false;
    qsizetype size = 0;
    while (true) {
        if (m_position >= m_buffer.size() && !refill()) {
            if (m_failure == Failure::ReadError)
                return fail(Failure::ReadError, record.line);
            if (inQuotes)
                return fail(Failure::UnclosedQuote, record.line);
            if (!recordStarted && field.isEmpty())
                return false;
            record.fields.append(field);
            return true;
        }
        // Runs of ordinary bytes are copied at once; only the bytes that
        // mean something are looked at one by one.
        const char *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype run = m_position;
        if (inQuotes) {
            while (run < end && data[run] != '"' && data[run] != '\n' && data[run] != '\r')
                ++run;
        } else {
            while (run < end && data[run] != m_delimiter && data[run] != '"' && data[run] != '\n'
                && data[run] != '\r')
                ++run;
        }
        if (run > m_position) {
            field.append(data + m_position, run - m_position);
            size += run - m_position;
            recordStarted = recordStarted || !inQuotes;
            m_position = run;
        }
        if (size > MaxRecordBytes)
            return fail(Failure::RecordTooLong, record.line);
        if (m_position >= end)
            continue;

        const char c = data[m_position++];
        ++size;
        if (inQuotes) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    field.append('"');
                } else {
                    inQuotes = false;
                }
                continue;
            }
            // A line break inside a quoted value belongs to it.
            if (c == '\n' || (c == '\r' && peek() != '\n'))
                ++m_line;
            field.append(c);
            continue;
        }
        if (c == m_delimiter) {
            record.fields.append(field);
            field.clear();
            recordStarted = true;
        } else if (c == '"') {
            if (field.isEmpty()) {
                inQuotes = true;
            } else {
                field.append(c);
            }
            recordStarted = true;
        } else {
            if (c == '\r' && peek() == '\n')
                get();
            ++m_line;
            if (!recordStarted && field.isEmpty()) {
                // A blank line between records.
                record.line = m_line;
                size = 0;
                continue;
            }
            record.fields.append(field);
            return true;
        }
    }
}

char CsvReader::sniffDelimiter(QByteArrayView headerLine)
{
    std::array<int, 3> counts {};
    constexpr std::array<char, 3> candidates { ',', ';', '\t' };
    bool inQuotes = false;
    for (const char c : headerLine) {
        if (c == '"')
            inQuotes = !inQuotes;
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r')
            break;
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

} // namespace omt
