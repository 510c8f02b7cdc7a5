#pragma once

#include <QTreeView>

namespace omt {

class SidebarModel;

/// The sidebar: library sections, media types, classes and lists, with the
/// number of items right-aligned beside each entry.
class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    void setSidebarModel(SidebarModel *model);
    /// Selects the entry for this kind and key (after the model was rebuilt).
    bool selectEntry(int kind, const QVariant &key);
};

} // namespace omt
