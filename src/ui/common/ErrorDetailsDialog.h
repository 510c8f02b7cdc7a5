#pragma once

#include "core/Error.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace omt {

/// The whole of an error for someone writing a bug report: the message people
/// saw and, below it, the code, subject and technical detail in a read-only
/// text they can select, and a button that copies both.
class ErrorDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDetailsDialog(const Error &error, QWidget *parent = nullptr);

    /// The technical part: "Code: io", "Subject: …", then the detail.
    static QString technicalText(const Error &error);
    /// What Copy puts on the clipboard: the message, then the technical part.
    QString report() const;

    QPlainTextEdit *technical() const { return m_technical; }
    QPushButton *copyButton() const { return m_copy; }

private:
    Error m_error;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_technical = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace omt
