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

QByteArray pngDeclaring(QSize declared)
{
    QByteArray header = bigEndian(static_cast<quint32>(declared.width()))
        + bigEndian(static_cast<quint32>(declared.height()));
    header += '\x08'; // bit depth
    header += '\x02'; // colour type: RGB
    header += '\0'; // compression: deflate
    header += '\0'; // filter method
    header += '\0'; // no interlace
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
