#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>

namespace omt {

/// Single lines of text, laid out once and kept for the next paints: the
/// text of a table cell, elided to the width it has. Laying text out
/// (shaping it with HarfBuzz) is most of what painting a page of rows costs;
/// a cell repainted, or a value many rows share ("Book", "Completed",
/// "2001"), is laid out once.
class TextLineCache
{
public:
    explicit TextLineCache(int maxLines = 4096);

    /// `text` in `font` on one line, elided with `mode` when wider than
    /// `width`. Line breaks read as spaces. The reference stays valid until
    /// the next call.
    const QStaticText &line(const QString &text, const QFont &font, qreal width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction);

    int lineCount() const { return int(m_lines.size()); }

private:
    struct Key
    {
        QString text;
        int width = 0;
        Qt::TextElideMode mode = Qt::ElideRight;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.mode == b.mode && a.direction == b.direction && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.mode), int(key.direction));
        }
    };

    static QStaticText *layOut(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction);

    QCache<Key, QStaticText> m_lines;
    /// Every line is in this font; another empties the cache.
    QFont m_font;
};

} // namespace omt
