#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace omt {

struct JobProgress;

/// A long job in the status bar: what it does and how far it has come
/// ("Creating a sample library… 40 %"), a bar, and Cancel. Hidden while no
/// job runs.
class JobProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgressWidget(QWidget *parent = nullptr);

    /// Shows the widget for a job that starts: `title` names it ("Creating a sample library").
    void start(const QString &title);
    void setProgress(const JobProgress &progress);
    /// Hides the widget: the job has ended.
    void finish();

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// Cancel was pressed (once per job: the button then waits for the end).
    void cancelRequested();

private:
    void showPercent(int percent);

    QString m_title;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace omt
