#pragma once

#include <QPalette>
#include <QTextDocument>
#include <QTextEdit>

namespace omt {

/// Read-only, selectable plain text that wraps to its width like a
/// word-wrapped QLabel, except that a word longer than a line (a URL, a
/// German compound in a large title font) is broken too, so the text never
/// forces its parent wider than the window and never gets clipped. Copying
/// gives the text exactly as set.
class TextBlock : public QTextEdit
{
    Q_OBJECT

public:
    explicit TextBlock(QWidget *parent = nullptr);
    explicit TextBlock(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    /// The palette role the text is drawn in, like QWidget::setForegroundRole
    /// on a label (WindowText by default; PlaceholderText for quiet text).
    void setTextRole(QPalette::ColorRole role);

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// The text is always shown whole, so the wheel scrolls what holds it.
    void wheelEvent(QWheelEvent *event) override;

private:
    void applyPalette();

    /// Lays the text out for heightForWidth without disturbing what is shown.
    mutable QTextDocument m_measure;
    QPalette::ColorRole m_textRole = QPalette::WindowText;
    bool m_applyingPalette = false;
};

} // namespace omt
