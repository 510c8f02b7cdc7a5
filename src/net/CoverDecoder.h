#pragma once

#include "CoverSettings.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace omt {

/// How a cover fills the box it is painted in.
enum class CoverFit {
    /// Fills the box exactly, cropping what sticks out (grid cells, thumbnails).
    Crop,
    /// Shows the whole cover inside the box (the details pane).
    Whole,
};

/// Turns untrusted bytes into a cover image. Everything here runs on worker
/// threads: images are inspected before their pixels are decoded, so a file
/// that declares an absurd size or is no image at all is refused cheaply, and
/// decoding scales while reading (QImageReader::setScaledSize).
///
/// Only JPEG, PNG, WebP and GIF are decoded (DESIGN §8), told apart by their
/// first bytes, never by a file name or Content-Type, and each only by its
/// own decoder: whatever other image plugins are installed (SVG, TIFF, PDF
/// …) never see a cover's bytes.
class CoverDecoder
{
    Q_DECLARE_TR_FUNCTIONS(omt::CoverDecoder)

public:
    /// The accepted format of the image in `bytes` ("jpeg", "png", "webp",
    /// "gif"), judged by its content, or why it is none of them.
    static Result<QByteArray> formatOf(const QByteArray &bytes);
    /// The declared size of the image in `bytes`, or why it is no acceptable cover.
    static Result<QSize> inspect(const QByteArray &bytes, const CoverLimits &limits);
    /// The image scaled to `box` (device pixels) as `fit` says, in a format
    /// that paints fast.
    static Result<QImage> decode(const QByteArray &bytes, QSize box, CoverFit fit, const CoverLimits &limits);
    /// "The cover is larger than 15 MB.": a body or file over the limit.
    static Error tooLarge(const CoverLimits &limits, const QString &detail = {});
    /// The size `image` is scaled to for `box`: covering the box for Crop,
    /// inside it for Whole.
    static QSize scaledSize(QSize image, QSize box, CoverFit fit);
};

} // namespace omt
