#include "CoverDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace omt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omt::CoverDecoder", text);
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Error CoverDecoder::tooLarge(const CoverLimits &limits, const QString &detail)
{
    return Error::invalidInput(tr("The cover is larger than %1.").arg(megabytes(limits.maxBytes)), detail);
}

Result<QSize> CoverDecoder::inspect(const QByteArray &bytes, const CoverLimits &limits)
{
    if (bytes.isEmpty())
        return Error::invalidInput(tr("The cover is empty."));
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return Error::invalidInput(tr("The cover is not an image in a format this application reads."),
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
    QImageReader reader(&buffer);
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

Result<QByteArray> CoverDecoder::readFile(const QString &path, const CoverLimits &limits)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error::notFound(
            tr("The cover file “%1” does not exist.").arg(QFileInfo(path).fileName()), path);
    if (file.size() > limits.maxBytes)
        return tooLarge(limits, path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error = Error::invalidInput(
            tr("The cover file “%1” cannot be read.").arg(QFileInfo(path).fileName()), file.errorString());
        error.code = Error::Code::Io;
        return error;
    }
    // Read one byte past the limit: a file that grows while it is read is
    // still refused.
    QByteArray bytes = file.read(limits.maxBytes + 1);
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits, path);
    return bytes;
}

} // namespace omt
