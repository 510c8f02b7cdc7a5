#pragma once

#include "core/ClassCount.h"
#include "core/Enums.h"
#include "core/Error.h"
#include "core/LibraryChange.h"
#include "core/MediaList.h"

#include <QAbstractItemModel>
#include <QUuid>

namespace omt {

class LibraryService;

/// The sidebar's tree: the library (all media, each media type and the
/// media-class hierarchy, with live counts), then the user's lists and smart
/// lists. It follows the change feed and reads again only what a change
/// touched: the library's counts when items came, went or changed type or
/// class; the counts of the lists whose items changed; the lists when one
/// was created, renamed or deleted. When only counts change the tree keeps
/// its rows (and the view its selection).
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Section, AllMedia, Type, Class, List, SmartList };
    enum Role {
        KindRole = Qt::UserRole + 100,
        /// Type as int, class path, or list id.
        KeyRole,
        /// Number of items, invalid when not known.
        CountRole,
    };

    explicit SidebarModel(LibraryService &service, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Renaming a list in place asks for it (renameRequested).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    /// Items dropped on a manual list ask to be added to it (itemsDropped).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    /// Reads counts and lists again.
    void refresh();
    /// How many times parts of the tree were read (tests).
    int refreshCount() const { return m_refreshes; }
    /// The node for a kind and key (to restore a selection), if present.
    QModelIndex find(Kind kind, const QVariant &key) const;
    QModelIndex allMediaIndex() const { return find(Kind::AllMedia, {}); }
    /// The total number of items in the library, -1 until known.
    int totalCount() const { return m_total; }
    /// The class paths in use (completion in the edit dialog).
    QStringList classPaths() const { return m_classPaths; }
    QList<MediaList> manualLists() const;
    /// Every list of the user, by name.
    QList<MediaList> lists() const { return m_lists; }
    std::optional<MediaList> list(const QUuid &listId) const;

    static QString pluralName(MediaType type);

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const omt::Error &error);
    /// A list was renamed in place.
    void renameRequested(const QUuid &listId, const QString &name);
    /// Library items were dropped onto a manual list.
    void itemsDropped(const QUuid &listId, const QList<QUuid> &mediaIds);

private:
    struct Node
    {
        Kind kind = Kind::Section;
        QString name;
        QVariant key;
        int count = -1;
        int parent = -1;
        QList<int> children;
    };
    /// What the tree shows, as read.
    struct Snapshot
    {
        QHash<MediaType, int> typeCounts;
        QList<ClassCount> classCounts;
        QList<MediaList> lists;
        QHash<QUuid, int> listCounts;
    };
    /// Which parts of the snapshot to read again.
    struct Parts
    {
        bool library = false;
        bool lists = false;
        /// Item counts of these lists (all of them when `lists`).
        QList<QUuid> listCounts;
    };
    struct Update;

    void refreshParts(const Parts &parts);
    void applyChange(const LibraryChange &change);
    void rebuild(const Snapshot &snapshot);
    int addNode(
        QList<Node> &nodes, int parent, Kind kind, const QString &name, const QVariant &key, int count) const;
    static bool sameShape(const QList<Node> &a, const QList<Node> &b);
    const Node *nodeOf(const QModelIndex &index) const;

    LibraryService &m_service;
    Snapshot m_snapshot;
    QList<Node> m_nodes;
    QList<int> m_sections;
    QList<MediaList> m_lists;
    QStringList m_classPaths;
    int m_total = -1;
    bool m_known = false;
    int m_refreshes = 0;
};

} // namespace omt
