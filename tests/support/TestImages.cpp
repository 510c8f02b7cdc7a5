#include "TestImages.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>

#include <array>

namespace omt::test::TestImages {

namespace {

QByteArray encode(QSize size, const QColor &color, const char *format, int quality)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        qFatal("TestImages: cannot encode a %s (image format plugin missing?)", format);
    return data;
}

// The CRC-32 of PNG chunks (ISO 3309, as in zlib).
quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typeAndData = type + data;
    return bigEndian(static_cast<quint32>(data.size())) + typeAndData + bigEndian(crc32(typeAndData));
}

} // namespace

QByteArray jpeg(QSize size, const QColor &color)
{
    return encode(size, color, "JPEG", 90);
}

QByteArray png(QSize size, const QColor &color)
{
    return encode(size, color, "PNG", -1);
}

QByteArray gif(QSize size, const QColor &color)
{
    QByteArray out("GIF89a");
    const auto littleEndian16 = [&out](int value) {
        out += static_cast<char>(value & 0xFF);
        out += static_cast<char>((value >> 8) & 0xFF);
    };
    littleEndian16(size.width());
    littleEndian16(size.height());
    out += static_cast<char>(0x80); // a global colour table of two entries
    out += '\0';                    // background colour
    out += '\0';                    // pixel aspect ratio
    out += static_cast<char>(color.red());
    out += static_cast<char>(color.green());
    out += static_cast<char>(color.blue());
    out += QByteArray(3, '\0');
    out += ','; // image descriptor
    littleEndian16(0);
    littleEndian16(0);
    littleEndian16(size.width());
    littleEndian16(size.height());
    out += '\0';                 // no local colour table, not interlaced
    out += static_cast<char>(2); // LZW minimum code size
    // Every pixel is colour 0. A clear code (4) before every second pixel
    // keeps the LZW table, and so the codes, at three bits: no real
    // compression needed.
    QByteArray data;
    quint32 pending = 0;
    int pendingBits = 0;
    const auto put = [&](quint32 code) {
        pending |= code << pendingBits;
        pendingBits += 3;
        while (pendingBits >= 8) {
            data += static_cast<char>(pending & 0xFF);
            pending >>= 8;
            pendingBits -= 8;
        }
    };
    const qint64 pixels = qint64(size.width()) * size.height();
    for (qint64 i = 0; i < pixels; i += 2) {
        put(4);
        put(0);
        if (i + 1 < pixels)
            put(0);
    }
    put(5); // end of information
    if (pendingBits > 0)
        data += static_cast<char>(pending & 0xFF);
    for (qsizetype i = 0; i < data.size(); i += 255) {
        const QByteArray block = data.mid(i, 255);
        out += static_cast<char>(block.size());
        out += block;
    }
    out += '\0'; // end of the image data
    out += ';';  // trailer
    return out;
}

QByteArray bmp(QSize size, const QColor &color)
{
    return encode(size, color, "BMP", -1);
}

QByteArray svg(QSize size, const QColor &color)
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                          "height=\"%2\"><rect width=\"%1\" height=\"%2\" fill=\"%3\"/></svg>\n")
        .arg(size.width())
        .arg(size.height())
        .arg(color.name())
        .toUtf8();
}

QByteArray pngDeclaring(QSize declared)
{
    QByteArray header = bigEndian(static_cast<quint32>(declared.width()))
        + bigEndian(static_cast<quint32>(declared.height()));
    header += '\x08'; // bit depth
    header += '\x02'; // colour type: RGB
    header += '\0';   // compression: deflate
    header += '\0';   // filter method
    header += '\0';   // no interlace
    // One zlib stream of a few empty scanlines; qCompress prefixes the
    // uncompressed length, which is not part of the stream.
    const QByteArray pixels = qCompress(QByteArray(512, '\0'), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", pixels)
        + pngChunk("IEND", {});
}

QByteArray notAnImage()
{
    return "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
           "<body><h1>Bad Gateway</h1><p>The server returned an invalid response.</p></body></html>\n";
}

} // namespace omt::test::TestImages
