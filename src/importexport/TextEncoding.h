#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace omt {

/// The character encodings export files come in. Trackers write UTF-8, but a
/// file opened and saved again in a spreadsheet on Windows is Windows-1252.
enum class TextEncoding { Utf8, Windows1252 };

/// What a look at a whole file found about its encoding.
struct EncodingScan
{
    TextEncoding encoding = TextEncoding::Utf8;
    /// The file begins with a UTF-8 byte-order mark (skipped when reading).
    bool byteOrderMark = false;
    /// UTF-8 with bytes that are not: the lines holding them are reported,
    /// the rest is read. (Windows-1252 text has no valid UTF-8 sequence at
    /// all, which tells the two apart.)
    bool damagedUtf8 = false;
    /// The file begins with a UTF-16 byte-order mark (a spreadsheet's
    /// "Unicode text"); it is not read.
    bool utf16 = false;
};

namespace TextEncodings {

/// Reads the device from its current position to the end and says how its
/// text is encoded; then seeks back to where it started.
EncodingScan scan(QIODevice &device);

/// Decodes bytes. UTF-8 that is not valid sets `*invalid` (when given) and
/// comes out with replacement characters.
QString decode(QByteArrayView bytes, TextEncoding encoding, bool *invalid = nullptr);

/// The encoding's name as people know it ("Windows-1252").
QString name(TextEncoding encoding);

} // namespace TextEncodings
} // namespace omt
