#include "RuleButtons.h"

#include <QIcon>
#include <QToolButton>

namespace omt {

void setUpPlusMinus(QToolButton *add, QToolButton *remove)
{
    const QIcon plus = QIcon::fromTheme(QStringLiteral("list-add"));
    const QIcon minus = QIcon::fromTheme(QStringLiteral("list-remove"));
    const bool icons = !plus.isNull() && !minus.isNull();
    const auto setUp = [icons](QToolButton *button, const QIcon &icon, const QString &sign) {
        if (!button)
            return;
        button->setText(sign);
        if (icons)
            button->setIcon(icon);
        button->setToolButtonStyle(icons ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        // Tool buttons are skipped by Tab by default; these are the only
        // way to add or remove a rule from the keyboard.
        button->setFocusPolicy(Qt::StrongFocus);
        // Square, whatever the sign's width, so that the columns line up.
        const int side = qMax(button->sizeHint().width(), button->sizeHint().height());
        button->setFixedSize(side, side);
    };
    setUp(add, plus, QStringLiteral("+"));
    setUp(remove, minus, QStringLiteral("\u2212"));
}

} // namespace omt
