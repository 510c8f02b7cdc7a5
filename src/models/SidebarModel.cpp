#include "SidebarModel.h"

#include "LibraryService.h"
#include "MediaIdsMime.h"
#include "storage/AsyncStorage.h"

#include <QFont>
#include <QMap>

namespace omt {

struct SidebarModel::Update
{
    Parts parts;
    Snapshot read;
};

SidebarModel::SidebarModel(LibraryService &service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    rebuild(Snapshot {});
    connect(&service.feed(), &ChangeFeed::changed, this, &SidebarModel::applyChange);
}

QString SidebarModel::pluralName(MediaType type)
{
    switch (type) {
    case MediaType::Book: return tr("Books");
    case MediaType::Audiobook: return tr("Audiobooks");
    case MediaType::Film: return tr("Films");
    case MediaType::TvShow: return tr("TV shows");
    case MediaType::Anime: return tr("Anime");
    case MediaType::Manga: return tr("Manga");
    case MediaType::Comic: return tr("Comics");
    case MediaType::Game: return tr("Games");
    case MediaType::MusicAlbum: return tr("Music albums");
    case MediaType::Podcast: return tr("Podcasts");
    case MediaType::BoardGame: return tr("Board games");
    }
    return displayName(type);
}

void SidebarModel::refresh()
{
    refreshParts(Parts { true, true, {} });
}

void SidebarModel::applyChange(const LibraryChange &change)
{
    Parts parts;
    parts.library = change.countsOfLibraryChanged();
    parts.lists = change.everything || !change.listsChanged.isEmpty();
    if (!parts.lists)
        parts.listCounts = change.membershipLists;
    // Reorders, tracking and edits of titles change nothing here.
    if (parts.library || parts.lists || !parts.listCounts.isEmpty())
        refreshParts(parts);
}

void SidebarModel::refreshParts(const Parts &parts)
{
    ++m_refreshes;
    // The worker runs jobs in order, so answers arrive in order: each is
    // applied over the one before, a newer read winning.
    m_service.storage().run(
        [parts, userId = m_service.userId()](Repositories &r) -> Result<Update> {
            Update update { parts, {} };
            Snapshot &read = update.read;
            if (parts.library) {
                auto types = r.media.countByType();
                if (!types)
                    return types.error();
                auto classes = r.media.classCounts();
                if (!classes)
                    return classes.error();
                read.typeCounts = std::move(*types);
                read.classCounts = std::move(*classes);
            }
            if (parts.lists) {
                auto lists = r.lists.listsOf(userId);
                if (!lists)
                    return lists.error();
                auto counts = r.listItems.itemCounts(userId);
                if (!counts)
                    return counts.error();
                read.lists = std::move(*lists);
                read.listCounts = std::move(*counts);
            }
            for (const QUuid &listId : parts.listCounts) {
                auto count = r.listItems.itemCount(listId);
                if (!count)
                    return count.error();
                read.listCounts.insert(listId, *count);
            }
            return update;
        },
        this,
        [this](Result<Update> update) {
            if (!update) {
                Q_EMIT errorOccurred(update.error());
                return;
            }
            Snapshot snapshot = m_snapshot;
            if (update->parts.library) {
                snapshot.typeCounts = update->read.typeCounts;
                snapshot.classCounts = update->read.classCounts;
                m_known = true;
            }
            if (update->parts.lists) {
                snapshot.lists = update->read.lists;
                snapshot.listCounts = update->read.listCounts;
            } else {
                for (auto it = update->read.listCounts.cbegin(); it != update->read.listCounts.cend(); ++it)
                    snapshot.listCounts.insert(it.key(), it.value());
            }
            rebuild(snapshot);
            Q_EMIT refreshed();
        });
}

int SidebarModel::addNode(
    QList<Node> &nodes, int parent, Kind kind, const QString &name, const QVariant &key, int count) const
{
    nodes.append(Node { kind, name, key, count, parent, {} });
    const int id = int(nodes.size()) - 1;
    if (parent >= 0)
        nodes[parent].children.append(id);
    return id;
}

void SidebarModel::rebuild(const Snapshot &snapshot)
{
    QList<Node> nodes;
    m_snapshot = snapshot;
    const bool known = m_known;
    int total = 0;
    for (int n : snapshot.typeCounts)
        total += n;

    const int library = addNode(nodes, -1, Kind::Section, tr("Library"), {}, -1);
    addNode(nodes, library, Kind::AllMedia, tr("All media"), {}, known ? total : -1);
    for (MediaType type : allValues<MediaType>())
        addNode(nodes, library, Kind::Type, pluralName(type), int(type),
            known ? snapshot.typeCounts.value(type) : -1);

    // The class tree: every prefix of every class path is a node whose count
    // includes its descendants ("video" counts "video.film.feature").
    QMap<QString, int> subtreeCounts;
    QStringList paths;
    for (const ClassCount &entry : snapshot.classCounts) {
        if (entry.mediaClass.isEmpty())
            continue;
        paths.append(entry.mediaClass);
        const QStringList parts = entry.mediaClass.split(QLatin1Char('.'));
        for (qsizetype i = 1; i <= parts.size(); ++i)
            subtreeCounts[parts.mid(0, i).join(QLatin1Char('.'))] += entry.count;
    }
    if (!subtreeCounts.isEmpty()) {
        const int classes = addNode(nodes, -1, Kind::Section, tr("Classes"), {}, -1);
        QHash<QString, int> nodeOfPath;
        // QMap iterates in path order, so parents come before their children.
        for (auto it = subtreeCounts.cbegin(); it != subtreeCounts.cend(); ++it) {
            const QString &path = it.key();
            const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            const int parent = dot < 0 ? classes : nodeOfPath.value(path.left(dot), classes);
            nodeOfPath.insert(path, addNode(nodes, parent, Kind::Class, path.mid(dot + 1), path, it.value()));
        }
    }

    QList<MediaList> manual;
    QList<MediaList> smart;
    for (const MediaList &list : snapshot.lists)
        (list.type == ListType::Smart ? smart : manual).append(list);
    if (!manual.isEmpty()) {
        const int lists = addNode(nodes, -1, Kind::Section, tr("Lists"), {}, -1);
        for (const MediaList &list : manual)
            addNode(nodes, lists, Kind::List, list.name, list.id,
                known ? snapshot.listCounts.value(list.id) : -1);
    }
    if (!smart.isEmpty()) {
        const int smartLists = addNode(nodes, -1, Kind::Section, tr("Smart lists"), {}, -1);
        for (const MediaList &list : smart)
            addNode(nodes, smartLists, Kind::SmartList, list.name, list.id, -1);
    }

    m_lists = snapshot.lists;
    m_classPaths = paths;
    m_total = known ? total : -1;
    if (sameShape(m_nodes, nodes)) {
        // Only counts changed: keep the rows so that selection and expansion stay.
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (m_nodes.at(i).count != nodes.at(i).count) {
                m_nodes[i].count = nodes.at(i).count;
                const Node &node = m_nodes.at(i);
                const int row
                    = int((node.parent < 0 ? m_sections : m_nodes.at(node.parent).children).indexOf(int(i)));
                const QModelIndex changed = createIndex(row, 0, quintptr(i));
                Q_EMIT dataChanged(changed, changed, { CountRole, Qt::ToolTipRole });
            }
        }
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_sections.clear();
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent < 0)
            m_sections.append(int(i));
    }
    endResetModel();
}

bool SidebarModel::sameShape(const QList<Node> &a, const QList<Node> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).name != b.at(i).name || a.at(i).key != b.at(i).key
            || a.at(i).parent != b.at(i).parent)
            return false;
    }
    return true;
}

QList<MediaList> SidebarModel::manualLists() const
{
    QList<MediaList> manual;
    for (const MediaList &list : m_lists) {
        if (list.type == ListType::Manual)
            manual.append(list);
    }
    return manual;
}

const SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *parentNode = nodeOf(parent);
    if (parent.isValid() && !parentNode)
        return {};
    const QList<int> &children = parentNode ? parentNode->children : m_sections;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parent = m_nodes.at(node->parent);
    const QList<int> &siblings = parent.parent < 0 ? m_sections : m_nodes.at(parent.parent).children;
    return createIndex(int(siblings.indexOf(node->parent)), 0, quintptr(node->parent));
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_sections.size());
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    if (node->kind == Kind::Section)
        return Qt::ItemIsEnabled;
    // Lists can be renamed in place; items dropped on a manual list are added to it.
    if (node->kind == Kind::List)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    if (node->kind == Kind::SmartList)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return node->name;
    case Qt::ToolTipRole:
        if (node->kind == Kind::List || node->kind == Kind::SmartList) {
            const std::optional<MediaList> shown = list(node->key.toUuid());
            QStringList lines;
            if (shown && !shown->description.isEmpty())
                lines.append(shown->description);
            if (node->kind == Kind::SmartList)
                lines.append(tr("Smart list: its rule picks the items."));
            else if (node->count >= 0)
                lines.append(tr("%n item(s)", nullptr, node->count));
            if (shown && shown->isPublic)
                lines.append(tr("Visible to everyone in the household"));
            return lines.join(QLatin1Char('\n'));
        }
        if (node->kind == Kind::Class)
            return tr("%1 — %n item(s)", nullptr, node->count).arg(node->key.toString());
        if (node->count >= 0)
            return tr("%n item(s)", nullptr, node->count);
        return {};
    case Qt::FontRole:
        if (node->kind == Kind::Section) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole: return int(node->kind);
    case KeyRole: return node->key;
    case CountRole: return node->count >= 0 ? QVariant(node->count) : QVariant();
    default: return {};
    }
}

bool SidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node || role != Qt::EditRole || (node->kind != Kind::List && node->kind != Kind::SmartList))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == node->name)
        return false;
    // The rename is a write for the owner to carry out (with undo); the
    // entry shows the new name at once and is corrected should it fail.
    m_nodes[qsizetype(index.internalId())].name = name;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    Q_EMIT renameRequested(node->key.toUuid(), name);
    return true;
}

QStringList SidebarModel::mimeTypes() const
{
    return { MediaIdsMime::type() };
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool SidebarModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(column)
    const Node *node = nodeOf(parent);
    // Onto a manual list, not between entries.
    return row < 0 && node && node->kind == Kind::List && !MediaIdsMime::decode(data).isEmpty();
}

bool SidebarModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT itemsDropped(nodeOf(parent)->key.toUuid(), MediaIdsMime::decode(data));
    // Adding copies; removeRows, which a dragging view may call after a
    // move, does nothing in the library model.
    return true;
}

std::optional<MediaList> SidebarModel::list(const QUuid &listId) const
{
    for (const MediaList &list : m_lists) {
        if (list.id == listId)
            return list;
    }
    return std::nullopt;
}

QModelIndex SidebarModel::find(Kind kind, const QVariant &key) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.kind == kind && node.key == key) {
            const QList<int> &siblings = node.parent < 0 ? m_sections : m_nodes.at(node.parent).children;
            return createIndex(int(siblings.indexOf(int(i))), 0, quintptr(i));
        }
    }
    return {};
}

} // namespace omt
