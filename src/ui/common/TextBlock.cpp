#include "TextBlock.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QResizeEvent>
#include <QTextOption>
#include <QWheelEvent>

#include <cmath>

namespace omt {

namespace {

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

TextBlock::TextBlock(QWidget *parent)
    : TextBlock(QString(), parent)
{ }

TextBlock::TextBlock(const QString &text, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::ClickFocus);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setUndoRedoEnabled(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // Looks like a label: the background of whatever holds it.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    setContentsMargins(0, 0, 0, 0);
    viewport()->setCursor(Qt::IBeamCursor);

    m_measure.setDocumentMargin(0);
    m_measure.setDefaultTextOption(wrapping());
    m_measure.setDefaultFont(font());

    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    applyPalette();
    setText(text);
}

void TextBlock::setText(const QString &text)
{
    setPlainText(text);
    m_measure.setPlainText(text);
    updateGeometry();
}

QString TextBlock::text() const
{
    return toPlainText();
}

void TextBlock::setTextRole(QPalette::ColorRole role)
{
    m_textRole = role;
    applyPalette();
}

bool TextBlock::hasHeightForWidth() const
{
    return true;
}

int TextBlock::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    m_measure.setTextWidth(qMax(1, width - margins.left() - margins.right()));
    const int lines = qMax(1, int(std::ceil(m_measure.size().height())));
    return qMax(lines, fontMetrics().height()) + margins.top() + margins.bottom();
}

QSize TextBlock::sizeHint() const
{
    // Asks for a comfortable line, accepts any width (see minimumSizeHint).
    const int width = qMin(
        fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, int(std::ceil(m_measure.idealWidth())) + 1);
    const int hintWidth = qMax(width, fontMetrics().height());
    return QSize(hintWidth, heightForWidth(this->width() > 0 ? this->width() : hintWidth));
}

QSize TextBlock::minimumSizeHint() const
{
    return QSize(fontMetrics().height() * 2, fontMetrics().height());
}

void TextBlock::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        m_measure.setDefaultFont(font());
        updateGeometry();
        break;
    case QEvent::PaletteChange: applyPalette(); break;
    default: break;
    }
}

void TextBlock::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void TextBlock::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

void TextBlock::applyPalette()
{
    // A text edit draws with Text on Base; a label draws with WindowText on
    // Window. Mapping the role keeps this readable in light and dark themes.
    if (m_applyingPalette)
        return;
    m_applyingPalette = true;
    QPalette adjusted = palette();
    for (auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled })
        adjusted.setColor(group, QPalette::Text, adjusted.color(group, m_textRole));
    setPalette(adjusted);
    m_applyingPalette = false;
}

} // namespace omt
