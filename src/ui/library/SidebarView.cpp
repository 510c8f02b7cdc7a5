#include "SidebarView.h"

#include "models/SidebarModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace omt {

namespace {
/// Draws the entry as usual, leaving room for its count on the right.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant count = index.data(SidebarModel::CountRole);
        if (!count.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QString text = QLocale().toString(count.toInt());
        const int width = option.fontMetrics.horizontalAdvance(text) + 12;
        QStyleOptionViewItem shortened = option;
        shortened.rect.setRight(option.rect.right() - width);
        QStyledItemDelegate::paint(painter, shortened, index);

        // The count shares the row's selection background.
        QStyleOptionViewItem background = option;
        background.rect.setLeft(shortened.rect.right());
        background.text.clear();
        background.icon = {};
        background.features &= ~QStyleOptionViewItem::HasDisplay;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
};
} // namespace

SidebarView::SidebarView(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(SingleSelection);
    // Lists are renamed in place (context menu, or F2 when the window does
    // not claim it); library items dropped on a manual list are added to it.
    setEditTriggers(EditKeyPressed);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(DropOnly);
    setDefaultDropAction(Qt::CopyAction);
    setIndentation(14);
    setAnimated(false);
    setItemDelegate(new SidebarDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    header()->setStretchLastSection(true);
}

void SidebarView::setSidebarModel(SidebarModel *model)
{
    setModel(model);
    auto expandSections = [this, model] {
        for (int row = 0; row < model->rowCount(); ++row)
            expand(model->index(row, 0));
    };
    connect(model, &QAbstractItemModel::modelReset, this, expandSections);
    expandSections();
}

bool SidebarView::selectEntry(int kind, const QVariant &key)
{
    auto *sidebar = qobject_cast<SidebarModel *>(model());
    if (!sidebar)
        return false;
    const QModelIndex index = sidebar->find(SidebarModel::Kind(kind), key);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

} // namespace omt
