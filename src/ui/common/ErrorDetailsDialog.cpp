#include "ErrorDetailsDialog.h"

#include "core/ErrorLog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omt {

ErrorDetailsDialog::ErrorDetailsDialog(const Error &error, QWidget *parent)
    : QDialog(parent)
    , m_error(error)
    , m_message(new QLabel(error.message, this))
    , m_technical(new QPlainTextEdit(technicalText(error), this))
{
    setWindowTitle(tr("Error Details"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Error"));

    // Read-only but focusable: the keyboard can select and copy from it.
    m_technical->setReadOnly(true);
    m_technical->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_technical->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_technical->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_technical->setAccessibleName(tr("Technical details"));
    auto *technicalLabel = new QLabel(tr("&Technical details, for a bug report:"), this);
    technicalLabel->setBuddy(m_technical);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the message and the technical details"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(report()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(technicalLabel);
    layout->addWidget(m_technical, 1);
    layout->addWidget(buttons);
    resize(520, 300);
    m_technical->setFocus();
}

QString ErrorDetailsDialog::technicalText(const Error &error)
{
    QStringList lines { tr("Code: %1").arg(errorCodeName(error.code)) };
    if (!error.subject.isEmpty())
        lines << tr("Subject: %1").arg(error.subject);
    lines << (error.detail.isEmpty() ? tr("No further detail was given.") : error.detail);
    return lines.join(QLatin1Char('\n'));
}

QString ErrorDetailsDialog::report() const
{
    return m_error.message + QLatin1Char('\n') + technicalText(m_error);
}

} // namespace omt
