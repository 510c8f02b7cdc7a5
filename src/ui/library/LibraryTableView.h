#pragma once

#include <QTableView>

namespace omt {

/// The library as a table: fixed-height rows (so that a 100,000-row view
/// lays out instantly), sensible column widths, a header menu to show or hide
/// columns, and a sort indicator only on columns the database can sort by.
class LibraryTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LibraryTableView(QWidget *parent = nullptr);
    /// The logical size of the cover thumbnails beside titles: a 2:3 cover
    /// as tall as a row allows.
    QSize thumbnailSize() const;

    void setModel(QAbstractItemModel *model) override;
    /// Header layout (widths, order, hidden columns, sort) for QSettings.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    /// The column and order the library is sorted by (the header's choice).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    /// Enter or double-click on a row.
    void activatedRow(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void applyDefaultColumns();
    /// Gives the title what the other visible columns leave of the width.
    void fitTitleToWidth();
    void showHeaderMenu(const QPoint &position);
    void keepSortIndicatorOnSortableColumns(int column, Qt::SortOrder order);
    void showSortIndicatorOfSource();

    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// Until the person arranges the columns (or a saved layout is restored),
    /// the title column takes the room the others leave.
    bool m_fitTitle = true;
    bool m_fitting = false;
};

} // namespace omt
