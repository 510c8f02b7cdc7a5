#pragma once

#include <QByteArray>
#include <QColor>
#include <QSize>

/// Encoded images (and non-images) for tests of code that downloads, sniffs
/// and decodes pictures.
namespace omt::test::TestImages {

/// A JPEG of one colour (quality 90).
QByteArray jpeg(QSize size, const QColor &color);
/// A PNG of one colour.
QByteArray png(QSize size, const QColor &color);
/// A GIF of one colour (Qt reads GIFs but does not write them).
QByteArray gif(QSize size, const QColor &color);
/// A BMP of one colour: a format Qt decodes without any plugin, but not an
/// accepted cover format.
QByteArray bmp(QSize size, const QColor &color);
/// An SVG drawing of one colour (a format the SVG plugin decodes, but not an
/// accepted cover format).
QByteArray svg(QSize size, const QColor &color);
/// A tiny (< 1 KB), well-formed PNG whose header declares `declared` pixels
/// (signature, IHDR with a correct CRC, a small IDAT, IEND): QImageReader
/// reports that size without decoding anything, and the pixel data is far
/// too short for it. For testing "too big to decode" guards.
QByteArray pngDeclaring(QSize declared);
/// An HTML error page, what a misconfigured server returns for an image URL.
QByteArray notAnImage();

} // namespace omt::test::TestImages
