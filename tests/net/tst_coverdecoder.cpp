// CoverDecoder on its own: untrusted bytes in, a cover of the size asked for
// out, or a sentence saying why not. What a user would notice: a cover
// blurred or cut wrongly on a high-density screen, a photo lying on its side,
// a vague "error" instead of "this is an SVG drawing", or the application
// freezing or dying on a file that declares a billion pixels.

#include "net/CoverDecoder.h"
#include "support/TestImages.h"

#include <QBuffer>
#include <QImageReader>
#include <QStandardPaths>
#include <QTest>

using omt::CoverDecoder;
using omt::CoverFit;
using omt::CoverLimits;
namespace TestImages = omt::test::TestImages;

namespace {

bool closeTo(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 16 && qAbs(a.green() - b.green()) < 16 && qAbs(a.blue() - b.blue()) < 16;
}

/// A JPEG whose upper half is red and lower half blue, with an EXIF
/// orientation of 6 ("rotate 90° clockwise to show"), as a camera held
/// sideways writes it. Qt writes no EXIF, so the segment is made here.
QByteArray jpegTurnedClockwise(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::blue);
    for (int y = 0; y < size.height() / 2; ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 95))
        qFatal("cannot write a JPEG");
    // APP1 "Exif": a big-endian TIFF header and one IFD with one entry,
    // Orientation (0x0112), SHORT, 1 value: 6.
    const QByteArray exif("\xFF\xE1\x00\x22"
                          "Exif\0\0"
                          "MM\0\x2A\0\0\0\x08"
                          "\0\x01"
                          "\x01\x12\0\x03\0\0\0\x01\0\x06\0\0"
                          "\0\0\0\0",
        36);
    return bytes.left(2) + exif + bytes.mid(2);
}

/// `bytes` with the 16-bit value at `offset` replaced (`bigEndian` or little).
QByteArray patched16(QByteArray bytes, qsizetype offset, quint16 value, bool bigEndian)
{
    bytes[offset] = char(bigEndian ? value >> 8 : value & 0xFF);
    bytes[offset + 1] = char(bigEndian ? value & 0xFF : value >> 8);
    return bytes;
}

/// A real JPEG whose frame header (SOF0) declares `declared` pixels.
QByteArray jpegDeclaring(QSize declared)
{
    QByteArray bytes = TestImages::jpeg(QSize(8, 8), Qt::green);
    const qsizetype sof = bytes.indexOf(QByteArray("\xFF\xC0", 2));
    if (sof < 0)
        qFatal("no SOF0 marker in the test JPEG");
    // Marker, length (2), precision (1), then height and width.
    bytes = patched16(bytes, sof + 5, quint16(declared.height()), true);
    return patched16(bytes, sof + 7, quint16(declared.width()), true);
}

/// A real GIF whose logical screen declares `declared` pixels.
QByteArray gifDeclaring(QSize declared)
{
    QByteArray bytes = TestImages::gif(QSize(2, 2), Qt::green);
    bytes = patched16(bytes, 6, quint16(declared.width()), false);
    return patched16(bytes, 8, quint16(declared.height()), false);
}

} // namespace

class TestCoverDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decodesToTheBox_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("box");
        QTest::addColumn<int>("fit");
        QTest::addColumn<QSize>("expected");

        const QColor red(220, 30, 30);
        // Covers are portrait (2:3); grid cells crop, the details pane shows them whole.
        QTest::newRow("jpeg, crop to a cell") << TestImages::jpeg(QSize(400, 600), red) << QSize(100, 150)
                                              << int(CoverFit::Crop) << QSize(100, 150);
        QTest::newRow("png, crop a wide image") << TestImages::png(QSize(600, 300), red) << QSize(100, 150)
                                                << int(CoverFit::Crop) << QSize(100, 150);
        QTest::newRow("gif, crop") << TestImages::gif(QSize(300, 450), red) << QSize(60, 90)
                                   << int(CoverFit::Crop) << QSize(60, 90);
        QTest::newRow("jpeg, whole inside a square")
            << TestImages::jpeg(QSize(400, 600), red) << QSize(300, 300) << int(CoverFit::Whole)
            << QSize(200, 300);
        QTest::newRow("png, whole, wide") << TestImages::png(QSize(600, 300), red) << QSize(300, 300)
                                          << int(CoverFit::Whole) << QSize(300, 150);
        // The caller asks in device pixels: a 120 x 180 cell on a 2x screen
        // is 240 x 360 pixels, on a 1.5x screen 180 x 270.
        QTest::newRow("jpeg, crop, 2x screen")
            << TestImages::jpeg(QSize(800, 1200), red) << (QSize(120, 180) * 2) << int(CoverFit::Crop)
            << QSize(240, 360);
        QTest::newRow("png, whole, 1.5x screen")
            << TestImages::png(QSize(800, 1200), red) << (QSizeF(200, 200) * 1.5).toSize()
            << int(CoverFit::Whole) << QSize(200, 300);
        QTest::newRow("small image grown to the cell")
            << TestImages::jpeg(QSize(40, 60), red) << QSize(100, 150) << int(CoverFit::Crop)
            << QSize(100, 150);
    }

    void decodesToTheBox()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, box);
        QFETCH(int, fit);
        QFETCH(QSize, expected);
        const auto image = CoverDecoder::decode(bytes, box, CoverFit(fit), CoverLimits {});
        QVERIFY2(image, image ? "" : qPrintable(image.error().toString()));
        QCOMPARE(image->size(), expected);
        QVERIFY(closeTo(image->pixelColor(expected.width() / 2, expected.height() / 2), QColor(220, 30, 30)));
        // A format that paints without conversion.
        QVERIFY(image->format() == QImage::Format_RGB32
            || image->format() == QImage::Format_ARGB32_Premultiplied);
    }

    void cropKeepsTheMiddle()
    {
        // A wide image cropped to a portrait cell shows its middle, not its left edge.
        QImage source(QSize(300, 100), QImage::Format_RGB32);
        source.fill(Qt::blue);
        for (int y = 0; y < 100; ++y) {
            for (int x = 100; x < 200; ++x)
                source.setPixel(x, y, qRgb(0, 200, 0));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(source.save(&buffer, "PNG"));
        const auto image = CoverDecoder::decode(bytes, QSize(30, 30), CoverFit::Crop, CoverLimits {});
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(30, 30));
        QVERIFY(closeTo(image->pixelColor(2, 15), QColor(0, 200, 0)));
        QVERIFY(closeTo(image->pixelColor(27, 15), QColor(0, 200, 0)));
    }

    void sidewaysPhotoIsShownUpright()
    {
        // Stored 600 x 400 (landscape) with "rotate 90° clockwise": shown
        // 400 x 600, the red half (stored on top) on the right.
        const QByteArray bytes = jpegTurnedClockwise(QSize(600, 400));
        {
            QBuffer buffer;
            buffer.setData(bytes);
            QImageReader reader(&buffer);
            QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);
        }
        const auto whole = CoverDecoder::decode(bytes, QSize(200, 300), CoverFit::Whole, CoverLimits {});
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().toString()));
        QCOMPARE(whole->size(), QSize(200, 300));
        QVERIFY(closeTo(whole->pixelColor(180, 150), QColor(255, 0, 0)));
        QVERIFY(closeTo(whole->pixelColor(20, 150), QColor(0, 0, 255)));
        const auto cropped = CoverDecoder::decode(bytes, QSize(100, 100), CoverFit::Crop, CoverLimits {});
        QVERIFY(cropped);
        QCOMPARE(cropped->size(), QSize(100, 100));
    }

    void formatIsJudgedByContent()
    {
        QCOMPARE(CoverDecoder::formatOf(TestImages::jpeg(QSize(4, 4), Qt::red)).value(), QByteArray("jpeg"));
        QCOMPARE(CoverDecoder::formatOf(TestImages::png(QSize(4, 4), Qt::red)).value(), QByteArray("png"));
        QCOMPARE(CoverDecoder::formatOf(TestImages::gif(QSize(4, 4), Qt::red)).value(), QByteArray("gif"));
    }

    void inspectTellsTheDeclaredSize()
    {
        const auto size = CoverDecoder::inspect(TestImages::jpeg(QSize(321, 456), Qt::red), CoverLimits {});
        QVERIFY(size);
        QCOMPARE(*size, QSize(321, 456));
    }

    void refusesWhatIsNoCover_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");

        QTest::newRow("nothing") << QByteArray() << QStringLiteral("The cover is empty.");
        QTest::newRow("an HTML error page")
            << TestImages::notAnImage()
            << QStringLiteral(
                   "The cover is not an image in a format covers come in (JPEG, PNG, WebP or GIF).");
        QTest::newRow("BMP") << TestImages::bmp(QSize(10, 10),
            Qt::red) << QStringLiteral("The cover is a BMP image, not a JPEG, PNG, WebP or GIF image.");
        QTest::newRow("SVG") << TestImages::svg(QSize(10, 10),
            Qt::red) << QStringLiteral("The cover is an SVG drawing, not a JPEG, PNG, WebP or GIF image.");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
                             << QStringLiteral(
                                    "The cover is a PDF document, not a JPEG, PNG, WebP or GIF image.");
        QTest::newRow("TIFF") << QByteArray("II*\0\x08\0\0\0",
            8) << QStringLiteral("The cover is a TIFF image, not a JPEG, PNG, WebP or GIF image.");
        QTest::newRow("a JPEG cut after its signature") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF",
            10) << QStringLiteral("The cover image does not say how large it is.");
        QTest::newRow("a PNG cut inside its header")
            << TestImages::png(QSize(50, 50), Qt::red).left(20)
            << QStringLiteral("The cover image does not say how large it is.");
        QTest::newRow("a PNG signature and noise")
            << (QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(200, '\x5A'))
            << QStringLiteral("The cover image does not say how large it is.");
    }

    void refusesWhatIsNoCover()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto size = CoverDecoder::inspect(bytes, CoverLimits {});
        QVERIFY(!size);
        QVERIFY2(size.error().message.contains(says), qPrintable(size.error().message));
        const auto image = CoverDecoder::decode(bytes, QSize(100, 150), CoverFit::Crop, CoverLimits {});
        QVERIFY(!image);
        QCOMPARE(image.error().message, size.error().message);
    }

    void refusesWebPWhereItCannotBeShown()
    {
        // A WebP is an accepted cover; without the plugin the reason names what is missing.
        QByteArray webp("RIFF\x24\0\0\0WEBPVP8 ", 16);
        webp += QByteArray(24, '\0');
        const auto format = CoverDecoder::formatOf(webp);
        if (QImageReader::supportedImageFormats().contains("webp")) {
            QCOMPARE(format.value(), QByteArray("webp"));
        } else {
            QVERIFY(!format);
            QVERIFY2(format.error().message.contains(QStringLiteral("WebP"))
                    && format.error().message.contains(QStringLiteral("plugin")),
                qPrintable(format.error().message));
        }
    }

    void refusesTruncatedImageData()
    {
        // The header survives, half the pixels are gone: never shown as a
        // half-grey cover, never a crash.
        const QByteArray png = TestImages::png(QSize(300, 300), Qt::red);
        const auto image
            = CoverDecoder::decode(png.left(png.size() / 2), QSize(100, 100), CoverFit::Crop, CoverLimits {});
        QVERIFY(!image);
        QCOMPARE(image.error().message, QStringLiteral("The cover image is damaged and cannot be shown."));
        // libjpeg only warns about a premature end and fills the missing rows
        // with grey, so a cut JPEG may decode; it must at least not crash and
        // come out at the size asked for. (The downloader refuses bodies
        // shorter than their Content-Length.)
        const QByteArray jpeg = TestImages::jpeg(QSize(300, 300), Qt::red);
        const auto cutJpeg = CoverDecoder::decode(
            jpeg.left(jpeg.size() / 3), QSize(100, 100), CoverFit::Crop, CoverLimits {});
        QVERIFY(!cutJpeg || cutJpeg->size() == QSize(100, 100));
    }

    void refusesMoreBytesThanTheLimit()
    {
        CoverLimits limits;
        limits.maxBytes = 1000;
        const QByteArray bytes = TestImages::png(QSize(200, 200), Qt::red) + QByteArray(2000, '\0');
        const auto size = CoverDecoder::inspect(bytes, limits);
        QVERIFY(!size);
        QVERIFY2(size.error().message.startsWith(QStringLiteral("The cover is larger than")),
            qPrintable(size.error().message));
        QVERIFY(!CoverDecoder::decode(bytes, QSize(10, 10), CoverFit::Crop, limits));
        // Exactly at the limit passes that check.
        limits.maxBytes = bytes.size();
        QVERIFY(CoverDecoder::inspect(bytes, limits));
    }

    void refusesHostileDeclaredSizes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");

        const QString tooLarge = QStringLiteral("more than a cover can sensibly have");
        QTest::newRow("png 100000 x 100000") << TestImages::pngDeclaring(QSize(100000, 100000)) << tooLarge;
        QTest::newRow("png 20000 x 10") << TestImages::pngDeclaring(QSize(20000, 10)) << tooLarge;
        QTest::newRow("png 9000 x 9000 (area)") << TestImages::pngDeclaring(QSize(9000, 9000)) << tooLarge;
        // libpng itself refuses sides over its limit (1,000,000) before Qt asks.
        QTest::newRow("png 2^31-1 on both sides") << TestImages::pngDeclaring(QSize(0x7FFFFFFF, 0x7FFFFFFF))
                                                  << QStringLiteral("does not say how large");
        QTest::newRow("jpeg 65000 x 65000") << jpegDeclaring(QSize(65000, 65000)) << tooLarge;
        // Qt reports a GIF's first frame (2 x 2 here) as its size, but decodes
        // onto the whole logical screen: it is the reader's allocation limit
        // that refuses this one.
        QTest::newRow("gif screen 65535 x 65535")
            << gifDeclaring(QSize(65535, 65535)) << QStringLiteral("damaged");
    }

    void refusesHostileDeclaredSizes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QVERIFY(bytes.size() < 4096);
        // Refused without a gigabyte allocation, without a crash.
        const auto image = CoverDecoder::decode(bytes, QSize(100, 150), CoverFit::Crop, CoverLimits {});
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(says), qPrintable(image.error().message));
    }

    void declaredSizeWithinLimitsButNoPixels()
    {
        // 4000 x 4000 is allowed, but the data is a few hundred bytes: the
        // decoder must stop at the data's end, not invent a cover or crash.
        const QByteArray bytes = TestImages::pngDeclaring(QSize(4000, 4000));
        QCOMPARE(CoverDecoder::inspect(bytes, CoverLimits {}).value(), QSize(4000, 4000));
        const auto image = CoverDecoder::decode(bytes, QSize(100, 100), CoverFit::Crop, CoverLimits {});
        QVERIFY(!image);
        QCOMPARE(image.error().message, QStringLiteral("The cover image is damaged and cannot be shown."));
    }

    void limitsAreTheCallers()
    {
        // A household may allow larger scans; the limits come from settings.
        const QByteArray bytes = TestImages::png(QSize(300, 200), Qt::red);
        CoverLimits strict;
        strict.maxSide = 250;
        QVERIFY(!CoverDecoder::inspect(bytes, strict));
        CoverLimits area;
        area.maxPixels = 300 * 200 - 1;
        QVERIFY(!CoverDecoder::inspect(bytes, area));
        area.maxPixels = 300 * 200;
        QVERIFY(CoverDecoder::inspect(bytes, area));
    }

    void scaledSize_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("box");
        QTest::addColumn<int>("fit");
        QTest::addColumn<QSize>("expected");

        QTest::newRow("crop covers the box")
            << QSize(400, 600) << QSize(100, 100) << int(CoverFit::Crop) << QSize(100, 150);
        QTest::newRow("whole fits inside")
            << QSize(400, 600) << QSize(100, 100) << int(CoverFit::Whole) << QSize(66, 100);
        QTest::newRow("a sliver never scales to nothing")
            << QSize(10000, 1) << QSize(100, 100) << int(CoverFit::Whole) << QSize(100, 1);
        QTest::newRow("no image size: the box")
            << QSize() << QSize(80, 120) << int(CoverFit::Crop) << QSize(80, 120);
    }

    void scaledSize()
    {
        QFETCH(QSize, image);
        QFETCH(QSize, box);
        QFETCH(int, fit);
        QFETCH(QSize, expected);
        QCOMPARE(CoverDecoder::scaledSize(image, box, CoverFit(fit)), expected);
    }
};

QTEST_GUILESS_MAIN(TestCoverDecoder)
#include "tst_coverdecoder.moc"
