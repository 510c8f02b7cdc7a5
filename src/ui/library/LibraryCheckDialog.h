#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace omt {

class LibraryService;
struct LibraryCheckReport;

/// File → Check Library…: runs LibraryCheck on the storage worker (never
/// on the GUI thread), shows its progress step by step, then the verdict
/// and SQLite's findings. Closing it early lets the check finish unseen.
class LibraryCheckDialog : public QDialog
{
    Q_OBJECT

public:
    LibraryCheckDialog(LibraryService &service, QWidget *parent = nullptr);

    /// Starts the check; called once, when the dialog opens.
    void start();

    bool isRunning() const { return m_running; }
    QString verdict() const;
    QString findings() const;

Q_SIGNALS:
    /// The check has finished; `damaged` when it found problems.
    void finished(bool damaged);

private:
    void showProgress(int done, int total);
    void showReport(const LibraryCheckReport &report);
    void showFailure(const QString &message);

    LibraryService &m_service;
    QLabel *m_verdict = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_running = false;
};

} // namespace omt
