#pragma once

#include <QProxyStyle>

class QAbstractItemView;

namespace omt {

/// Draws item-view drop indicators so that they can be seen at a glance:
/// a bar in the highlight colour where dropped items will go between rows,
/// a highlighted frame around an entry they will be dropped onto. Every other
/// element is drawn by the application's style.
class DropIndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DropIndicatorStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

    /// Gives the view this style (owned by the view).
    static void install(QAbstractItemView *view);
};

} // namespace omt
