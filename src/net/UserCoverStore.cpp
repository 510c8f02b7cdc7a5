#include "UserCoverStore.h"

#include "AtomicFile.h"
#include "CoverDecoder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QUrl>

namespace omt {

namespace {

/// Pictures kept as they are must also be no larger than this in bytes.
constexpr qint64 MaxKeptBytes = 4 * 1024 * 1024;

QByteArray encode(const QImage &image, QByteArray &format)
{
    format = image.hasAlphaChannel() ? QByteArrayLiteral("png") : QByteArrayLiteral("jpg");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(90);
    writer.write(image);
    return bytes;
}

} // namespace

UserCoverStore::UserCoverStore(const QString &folder, const CoverLimits &limits)
    : m_folder(folder)
    , m_limits(limits)
    , m_files(FileCoverScope::LocalDisks, folder, limits)
{ }

Result<QString> UserCoverStore::storeFile(const QString &path) const
{
    auto bytes = m_files.readPickedFile(path);
    if (!bytes)
        return bytes.error();
    return storeBytes(*bytes);
}

Result<QString> UserCoverStore::storeBytes(const QByteArray &bytes) const
{
    auto declared = CoverDecoder::inspect(bytes, m_limits);
    if (!declared)
        return declared.error();
    // inspect() accepted the format, so this is one of the accepted ones.
    QByteArray format = CoverDecoder::formatOf(bytes).value();
    const bool fits = declared->width() <= MaxStoredSide && declared->height() <= MaxStoredSide;
    if (fits && bytes.size() <= MaxKeptBytes)
        return write(bytes, format == "jpeg" ? QByteArrayLiteral("jpg") : format);
    auto image = CoverDecoder::decode(
        bytes, declared->boundedTo(QSize(MaxStoredSide, MaxStoredSide)), CoverFit::Whole, m_limits);
    if (!image)
        return image.error();
    const QByteArray encoded = encode(*image, format);
    return write(encoded, format);
}

Result<QString> UserCoverStore::storeImage(const QImage &image) const
{
    if (image.isNull())
        return Error::invalidInput(tr("The clipboard holds no picture."));
    QImage scaled = image;
    if (image.width() > MaxStoredSide || image.height() > MaxStoredSide)
        scaled = image.scaled(MaxStoredSide, MaxStoredSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray format;
    const QByteArray encoded = encode(scaled, format);
    return write(encoded, format);
}

bool UserCoverStore::holds(const QString &url) const
{
    const QUrl address(url);
    return address.isLocalFile()
        && QFileInfo(address.toLocalFile()).absolutePath()
        == QFileInfo(m_folder + QStringLiteral("/x")).absolutePath();
}

Result<QString> UserCoverStore::write(const QByteArray &bytes, const QByteArray &format) const
{
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) + u'.'
        + QString::fromLatin1(format);
    const QString path = QDir(m_folder).filePath(name);
    if (!QFileInfo::exists(path)) {
        if (auto written = writeFileAtomically(path, bytes, tr("The cover could not be saved.")); !written)
            return written.error();
    }
    return QUrl::fromLocalFile(path).toString();
}

} // namespace omt
