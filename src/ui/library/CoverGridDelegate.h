#pragma once

#include <QStyledItemDelegate>

namespace omt {

/// Paints one cell of the cover grid: the cover (a placeholder per media type
/// until covers are loaded), a status badge, the title on up to two lines and
/// the year and type. Every cell has the same size, so the view lays out
/// 100,000 items without asking each one.
class CoverGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CoverGridDelegate(QObject *parent = nullptr);

    /// The size of every cell for the given font.
    static QSize cellSize(const QFontMetrics &metrics);
    static QSize coverSize();

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintStatusBadge(
        QPainter *painter, const QRect &cover, int status, const QStyleOptionViewItem &option) const;
};

} // namespace omt
