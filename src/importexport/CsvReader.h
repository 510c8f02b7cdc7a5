#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

namespace omt {

/// Splits delimiter-separated text into records of fields as RFC 4180 reads
/// it, streaming: quoted fields may hold delimiters, doubled quotes and line
/// breaks; CRLF, LF and lone CR all end a record; blank lines are skipped.
/// It works on bytes, so it reads UTF-8 and Windows-1252 alike (every byte
/// it looks for is ASCII); decoding the fields is the caller's.
///
/// Lenient where real files are sloppy (a stray quote inside an unquoted
/// field is taken literally, text after a closing quote is kept), strict
/// where reading on would go wrong: a quoted field that never ends, or a
/// record larger than MaxRecordBytes, stops the reading.
class CsvReader
{
public:
    /// Far above any real row (a long review is some kilobytes); a broken
    /// quote would otherwise swallow the whole file into one field.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

    enum class Failure { None, UnclosedQuote, RecordTooLong, ReadError };

    struct Record
    {
        QList<QByteArray> fields;
        /// The line the record starts on, from 1.
        int line = 0;
    };

    /// Reads `device` from its current position; it must outlive the reader.
    explicit CsvReader(QIODevice &device, char delimiter = ',');

    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    char delimiter() const { return m_delimiter; }

    /// Reads the next record; false at the end of the text or on a failure.
    bool next(Record &record);

    Failure failure() const { return m_failure; }
    /// The line the failed record starts on.
    int failureLine() const { return m_failureLine; }

    /// The delimiter a header line uses: whichever of ',', ';' and tab occurs
    /// most often outside quotes (',' when none does).
    static char sniffDelimiter(QByteArrayView headerLine);

private:
    /// The next byte, or -1 at the end (or on a read error, see m_failure).
    int get();
    int peek();
    bool refill();
    bool fail(Failure failure, int line);

    QIODevice &m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_atEnd = false;
    Failure m_failure = Failure::None;
    int m_failureLine = 0;
};

} // namespace omt
