#include "CoverDecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

namespace omt {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

/// The accepted format whose signature starts `bytes`, or nothing.
QByteArray sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QByteArrayLiteral("png");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QByteArrayLiteral("gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("webp");
    return {};
}

/// What a refused picture is, when it is a common kind, so that the reason
/// a cover does not show names it ("an SVG drawing"); empty otherwise.
QString kindOf(const QByteArray &bytes)
{
    if (bytes.startsWith("BM"))
        return CoverDecoder::tr("a BMP image");
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4)))
        return CoverDecoder::tr("a TIFF image");
    if (bytes.startsWith(QByteArray("\0\0\1\0", 4)))
        return CoverDecoder::tr("an icon (ICO)");
    if (bytes.startsWith("%PDF"))
        return CoverDecoder::tr("a PDF document");
    const QByteArray head = bytes.left(1024).toLower();
    if (head.contains("<svg"))
        return CoverDecoder::tr("an SVG drawing");
    return {};
}

/// A reader of `buffer` that uses the decoder of `format` and no other: Qt
/// would otherwise offer the bytes to every installed plugin in turn.
void restrictReader(QImageReader &reader, QBuffer &buffer, const QByteArray &format)
{
    reader.setDevice(&buffer);
    reader.setFormat(format);
    reader.setAutoDetectImageFormat(false);
}

} // namespace

Result<QByteArray> CoverDecoder::formatOf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error::invalidInput(tr("The cover is empty."));
    QByteArray format = sniff(bytes);
    const QString detail = QString::fromLatin1(bytes.left(16).toHex(' '));
    if (format.isEmpty()) {
        const QString kind = kindOf(bytes);
        if (kind.isEmpty())
            return Error::invalidInput(
                tr("The cover is not an image in a format covers come in (JPEG, PNG, WebP or GIF)."), detail);
        return Error::invalidInput(
            tr("The cover is %1, not a JPEG, PNG, WebP or GIF image.").arg(kind), detail);
    }
    // JPEG, PNG and GIF come with Qt itself; WebP is a separate plugin.
    if (!QImageReader::supportedImageFormats().contains(format))
        return Error::invalidInput(
            tr("The cover is a %1 image, which this installation cannot show (its Qt image format plugin "
               "is missing).")
                .arg(format == "webp" ? QStringLiteral("WebP") : QString::fromLatin1(format.toUpper())),
            detail);
    return format;
}

Error CoverDecoder::tooLarge(const CoverLimits &limits, const QString &detail)
{
    return Error::invalidInput(tr("The cover is larger than %1.").arg(megabytes(limits.maxBytes)), detail);
}

Result<QSize> CoverDecoder::inspect(const QByteArray &bytes, const CoverLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits);
    auto format = formatOf(bytes);
    if (!format)
        return format.error();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader;
    restrictReader(reader, buffer, *format);
    if (!reader.canRead())
        return Error::invalidInput(tr("The cover image is damaged and cannot be shown."),
            QString::fromLatin1(bytes.left(16).toHex(' ')));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return Error::invalidInput(tr("The cover image does not say how large it is."));
    if (size.width() > limits.maxSide || size.height() > limits.maxSide
        || qint64(size.width()) * size.height() > limits.maxPixels)
        return Error::invalidInput(
            tr("The cover declares %1 × %2 pixels, more than a cover can sensibly have (at most %3 pixels "
               "on a side).")
                .arg(size.width())
                .arg(size.height())
                .arg(limits.maxSide));
    return size;
}

QSize CoverDecoder::scaledSize(QSize image, QSize box, CoverFit fit)
{
    if (image.isEmpty() || box.isEmpty())
        return box;
    const QSize scaled
        = image.scaled(box, fit == CoverFit::Crop ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
    return scaled.expandedTo(QSize(1, 1));
}

Result<QImage> CoverDecoder::decode(
    const QByteArray &bytes, QSize box, CoverFit fit, const CoverLimits &limits)
{
    auto declared = inspect(bytes, limits);
    if (!declared)
        return declared.error();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader;
    // inspect() has just found the format.
    restrictReader(reader, buffer, sniff(bytes));
    reader.setAutoTransform(true);
    // Rotated photos (EXIF orientation) swap their sides when transformed.
    QSize source = *declared;
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        source.transpose();
    const QSize scaled = scaledSize(source, box, fit);
    // Decoders that cannot scale while reading (PNG) decode at full size;
    // the declared-size check above bounds what that can cost.
    reader.setAllocationLimit(int(qMax<qint64>(64, limits.maxPixels * 4 / (1024 * 1024) + 1)));
    QImage image;
    if (reader.transformation() == QImageIOHandler::TransformationNone) {
        reader.setScaledSize(scaled);
        if (fit == CoverFit::Crop && scaled != box)
            reader.setScaledClipRect(
                QRect(QPoint((scaled.width() - box.width()) / 2, (scaled.height() - box.height()) / 2), box));
        image = reader.read();
    } else {
        image = reader.read();
        if (!image.isNull()) {
            image = image.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            if (fit == CoverFit::Crop && scaled != box)
                image = image.copy(QRect(
                    QPoint((scaled.width() - box.width()) / 2, (scaled.height() - box.height()) / 2), box));
        }
    }
    if (image.isNull())
        return Error::invalidInput(
            tr("The cover image is damaged and cannot be shown."), reader.errorString());
    image = image.convertToFormat(
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return image;
}

} // namespace omt
