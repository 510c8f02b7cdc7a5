#pragma once

#include <QStyledItemDelegate>

namespace omt {

/// Paints the rating column as small stars (the same stars as the tracking
/// panel) when the user sees ratings as five stars; points ("7/10") are
/// painted as the model's text.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace omt
