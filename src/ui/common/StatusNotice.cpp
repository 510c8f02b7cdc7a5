#include "StatusNotice.h"

#include "ErrorDetailsDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace omt {

StatusNotice::StatusNotice(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setAccessibleName(tr("Status"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(fontMetrics().height()));
    m_icon->setAccessibleName(tr("Error"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Status message"));
    // A long error is cut rather than widening the window; the dialog has it whole.
    m_text->setMinimumWidth(0);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_details->setText(tr("Details…"));
    m_details->setAccessibleName(tr("Error details"));
    m_details->setToolTip(tr("Show the technical details of this error, to copy into a bug report"));
    m_details->setAutoRaise(true);
    // Status bars sit outside the usual tab chain's widgets; Tab must still reach it.
    m_details->setFocusPolicy(Qt::StrongFocus);
    connect(m_details, &QToolButton::clicked, this, &StatusNotice::showDetails);

    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setAccessibleName(tr("Dismiss error"));
    m_dismiss->setToolTip(tr("Dismiss this error"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setFocusPolicy(Qt::StrongFocus);
    connect(m_dismiss, &QToolButton::clicked, this, &StatusNotice::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_dismiss);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &StatusNotice::clear);
    display({}, false);
}

StatusNotice::~StatusNotice() = default;

void StatusNotice::showMessage(const QString &text, int timeoutMs)
{
    m_error.reset();
    display(text, false);
    if (timeoutMs > 0 && !text.isEmpty())
        m_timeout.start(timeoutMs);
}

void StatusNotice::showError(const Error &error)
{
    m_error = error;
    display(error.message, true);
}

void StatusNotice::clear()
{
    // Focus on a button about to be hidden would otherwise fall to nowhere.
    const bool hadFocus = m_details->hasFocus() || m_dismiss->hasFocus();
    m_error.reset();
    display({}, false);
    if (hadFocus && window())
        window()->setFocus();
}

QString StatusNotice::text() const
{
    return m_text->text();
}

ErrorDetailsDialog *StatusNotice::detailsDialog() const
{
    return m_dialog.data();
}

void StatusNotice::showDetails()
{
    if (!m_error)
        return;
    // A dialog for an earlier error would show the wrong details.
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ErrorDetailsDialog(*m_error, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void StatusNotice::display(const QString &text, bool isError)
{
    m_timeout.stop();
    m_text->setText(text);
    m_text->setToolTip(isError ? text : QString());
    m_icon->setVisible(isError);
    m_details->setVisible(isError);
    m_dismiss->setVisible(isError);
}

} // namespace omt
