#include "TextEncoding.h"

#include <QIODevice>
#include <QStringDecoder>

#include <array>

namespace omt::TextEncodings {

namespace {

/// Windows-1252 differs from Latin-1 in 0x80–0x9F only; the five bytes it
/// leaves undefined map to the C1 controls of the same value, as browsers do.
constexpr std::array<char16_t, 32> Windows1252High { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

/// Counts valid multi-byte UTF-8 sequences and invalid bytes, across chunks.
class Utf8Validator
{
public:
    void feed(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            if (m_pending > 0) {
                if ((b & 0xC0) == 0x80 && continues(b)) {
                    if (--m_pending == 0)
                        ++m_validSequences;
                    continue;
                }
                ++m_invalid;
                m_pending = 0;
            }
            start(b);
        }
    }
    void finish()
    {
        if (m_pending > 0)
            ++m_invalid;
        m_pending = 0;
    }
    qint64 validSequences() const { return m_validSequences; }
    qint64 invalid() const { return m_invalid; }

private:
    void start(unsigned char b)
    {
        m_lead = b;
        m_seen = 0;
        if (b < 0x80)
            return;
        if (b >= 0xC2 && b <= 0xDF)
            m_pending = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            m_pending = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            m_pending = 3;
        else
            ++m_invalid;
    }
    /// The second byte's range depends on the lead (no overlong forms, no
    /// surrogates, nothing beyond U+10FFFF).
    bool continues(unsigned char b)
    {
        if (m_seen++ > 0)
            return true;
        switch (m_lead) {
        case 0xE0: return b >= 0xA0;
        case 0xED: return b <= 0x9F;
        case 0xF0: return b >= 0x90;
        case 0xF4: return b <= 0x8F;
        default: return true;
        }
    }

    int m_pending = 0;
    int m_seen = 0;
    unsigned char m_lead = 0;
    qint64 m_validSequences = 0;
    qint64 m_invalid = 0;
};

} // namespace

EncodingScan scan(QIODevice &device)
{
    EncodingScan result;
    const qint64 start = device.pos();
    constexpr qint64 ChunkSize = 1 << 16;
    Utf8Validator validator;
    bool first = true;
    while (true) {
        QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty())
            break;
        if (first && (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")))
            result.utf16 = true;
        if (first && chunk.startsWith("\xEF\xBB\xBF")) {
            result.byteOrderMark = true;
            chunk.remove(0, 3);
        }
        first = false;
        validator.feed(chunk);
    }
    validator.finish();
    device.seek(start);
    // Windows-1252 text holds next to no valid UTF-8 sequence (an accented
    // capital before a curly quote can make one by chance); damaged UTF-8
    // holds far more valid sequences than broken bytes.
    if (validator.invalid() > 0) {
        if (validator.invalid() > validator.validSequences() && !result.byteOrderMark)
            result.encoding = TextEncoding::Windows1252;
        else
            result.damagedUtf8 = true;
    }
    return result;
}

QString decode(QByteArrayView bytes, TextEncoding encoding, bool *invalid)
{
    if (encoding == TextEncoding::Windows1252) {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar *out = text.data();
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            *out++ = b >= 0x80 && b < 0xA0 ? QChar(Windows1252High[b - 0x80]) : QChar(char16_t(b));
        }
        return text;
    }
    // Plain ASCII, the common case, needs no decoder.
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    // Stateless: a field that ends inside a character is an error, not the
    // start of one the next call would finish.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError() && invalid)
        *invalid = true;
    return text;
}

QString name(TextEncoding encoding)
{
    return encoding == TextEncoding::Windows1252 ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
}

} // namespace omt::TextEncodings
