#pragma once

#include <QListView>

namespace omt {

/// The library as a grid of covers: a wrapping QListView with one cell size
/// for every item, so that it scrolls through 100,000 items smoothly.
class CoverGridView : public QListView
{
    Q_OBJECT

public:
    explicit CoverGridView(QWidget *parent = nullptr);

Q_SIGNALS:
    /// Enter or double-click on an item.
    void activatedRow(int row);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void updateCellSize();
};

} // namespace omt
