#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace omt {

class CoverLoader;

/// Edit → Preferences: how much room covers may take on disk and in
/// memory, what the cache holds now, and clearing it. OK applies at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(CoverLoader &covers, QWidget *parent = nullptr);

    QSpinBox *diskLimit() const { return m_diskLimit; }
    QSpinBox *memoryLimit() const { return m_memoryLimit; }
    QLabel *usage() const { return m_usage; }
    QPushButton *clearButton() const { return m_clear; }

    void accept() override;

private:
    void showUsage(qint64 bytes, int covers, const QString &error);

    CoverLoader &m_covers;
    QSpinBox *m_diskLimit = nullptr;
    QSpinBox *m_memoryLimit = nullptr;
    QLabel *m_usage = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace omt
