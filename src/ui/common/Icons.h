#pragma once

#include <QIcon>
#include <QString>

namespace omt {

/// The icon of an action ("add", "edit", "view-grid", …; the names of the
/// files in resources/icons/actions): the desktop theme's own icon where the
/// freedesktop naming spec has one, so the application matches the rest of
/// the desktop, otherwise the bundled one.
QIcon actionIcon(const QString &name);

} // namespace omt
