#pragma once

#include "core/Error.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace omt {

class ErrorDetailsDialog;

/// What a window has to say in its status bar: a passing message ("Cover
/// set.") that goes away by itself, or an error, which stays until the next
/// message replaces it or the person dismisses it, and whose technical detail
/// and code are one click (or Tab and Space) away in a dialog they can copy
/// from. Add it to a QStatusBar with addWidget(notice, 1); it does not log
/// (see logError()), since only the caller knows what was being done.
class StatusNotice : public QWidget
{
    Q_OBJECT

public:
    /// How long a message stays when the caller does not say.
    static constexpr int DefaultTimeoutMs = 5000;

    explicit StatusNotice(QWidget *parent = nullptr);
    ~StatusNotice() override;

    /// Shows `text`, replacing whatever was shown, for `timeoutMs`
    /// milliseconds; 0 keeps it until replaced.
    void showMessage(const QString &text, int timeoutMs = DefaultTimeoutMs);
    /// Shows the error's message with a Details button, replacing whatever
    /// was shown, until replaced or dismissed.
    void showError(const Error &error);
    /// Shows nothing.
    void clear();

    /// The text shown, empty when nothing is.
    QString text() const;
    /// The error shown, if an error is shown.
    const std::optional<Error> &error() const { return m_error; }

    QToolButton *detailsButton() const { return m_details; }
    QToolButton *dismissButton() const { return m_dismiss; }
    /// The open details dialog, or null.
    ErrorDetailsDialog *detailsDialog() const;

public Q_SLOTS:
    /// Opens the details of the error shown in a dialog (one at a time).
    void showDetails();

private:
    void display(const QString &text, bool isError);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_details = nullptr;
    QToolButton *m_dismiss = nullptr;
    QTimer m_timeout;
    std::optional<Error> m_error;
    QPointer<ErrorDetailsDialog> m_dialog;
};

} // namespace omt
