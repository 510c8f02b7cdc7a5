#pragma once

#include <QWidget>

class QPushButton;

namespace omt {

/// What a new, empty library shows instead of an empty table: a short
/// welcome and the three ways to fill it.
class EmptyLibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyLibraryPage(QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *sampleButton() const { return m_sample; }

Q_SIGNALS:
    void addRequested();
    void importRequested();
    void sampleRequested();

private:
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace omt
