#include "Icons.h"

#include <QHash>

namespace omt {

namespace {

/// Theme names to try, in order, for each bundled action icon. Names without
/// an established theme icon (lists, the library, progress) always use the
/// bundled drawing so their meaning does not change between desktops.
QStringList themeNames(const QString &name)
{
    static const QHash<QString, QStringList> names = {
        { QStringLiteral("add"), { QStringLiteral("list-add") } },
        { QStringLiteral("edit"), { QStringLiteral("document-edit") } },
        { QStringLiteral("delete"), { QStringLiteral("edit-delete") } },
        { QStringLiteral("search"), { QStringLiteral("edit-find"), QStringLiteral("system-search") } },
        { QStringLiteral("view-table"), { QStringLiteral("view-list-details") } },
        { QStringLiteral("view-grid"), { QStringLiteral("view-list-icons"), QStringLiteral("view-grid") } },
        { QStringLiteral("undo"), { QStringLiteral("edit-undo") } },
        { QStringLiteral("redo"), { QStringLiteral("edit-redo") } },
        { QStringLiteral("star"), { QStringLiteral("starred"), QStringLiteral("emblem-favorite") } },
        { QStringLiteral("complete"), { QStringLiteral("object-select") } },
        { QStringLiteral("import"), { QStringLiteral("document-import") } },
        { QStringLiteral("sidebar"), { QStringLiteral("sidebar-show") } },
        { QStringLiteral("image"), { QStringLiteral("insert-image") } },
    };
    return names.value(name);
}

} // namespace

QIcon actionIcon(const QString &name)
{
    const QIcon bundled(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    for (const QString &themeName : themeNames(name)) {
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName, bundled);
    }
    return bundled;
}

} // namespace omt
