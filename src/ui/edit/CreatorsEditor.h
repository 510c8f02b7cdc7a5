#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace omt {

/// The ordered list of a media item's creators (authors, directors, studios),
/// edited in place; the order is the credit order.
class CreatorsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CreatorsEditor(QWidget *parent = nullptr);
    ~CreatorsEditor() override;

    /// The names in order, trimmed, without blank rows.
    QStringList creators() const;
    void setCreators(const QStringList &creators);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    void addCreator();
    void removeSelected();
    void moveSelected(int delta);
    void removeIfBlank(const QPersistentModelIndex &row);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

} // namespace omt
