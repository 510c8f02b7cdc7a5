#include "TextLineCache.h"

#include <QFontMetricsF>
#include <QTextOption>
#include <QTransform>
#include <QtMath>

namespace omt {

TextLineCache::TextLineCache(int maxLines)
    : m_lines(qMax(1, maxLines))
{ }

const QStaticText &TextLineCache::line(const QString &text, const QFont &font, qreal width,
    Qt::TextElideMode mode, Qt::LayoutDirection direction)
{
    if (!(font == m_font) || font.resolveMask() != m_font.resolveMask()) {
        m_lines.clear();
        m_font = font;
    }
    // Whole pixels: a column a fraction wider shows the same text.
    const Key key { text, qFloor(qMax<qreal>(0, width)), mode, direction };
    if (QStaticText *cached = m_lines.object(key))
        return *cached;
    // One line costs 1, never more than the cache holds: it is kept.
    m_lines.insert(key, layOut(text, font, key.width, mode, direction));
    return *m_lines.object(key);
}

QStaticText *TextLineCache::layOut(
    const QString &text, const QFont &font, int width, Qt::TextElideMode mode, Qt::LayoutDirection direction)
{
    QString shown = text;
    shown.replace(u'\n', u' ').replace(QChar::LineSeparator, u' ').replace(QChar::ParagraphSeparator, u' ');
    auto *line = new QStaticText;
    line->setTextFormat(Qt::PlainText);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(direction);
    line->setTextOption(option);
    line->setText(shown);
    // Laid out as it is, then elided only when it does not fit: most cells
    // fit, and are shaped once.
    line->prepare(QTransform(), font);
    if (mode != Qt::ElideNone && line->size().width() > width) {
        line->setText(QFontMetricsF(font).elidedText(shown, mode, width));
        line->prepare(QTransform(), font);
    }
    return line;
}

} // namespace omt
