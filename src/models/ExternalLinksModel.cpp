#include "ExternalLinksModel.h"

#include "core/ExternalLinkUrls.h"

#include <QUrl>

namespace omt {

ExternalLinksModel::ExternalLinksModel(QObject *parent)
    : RowListModel(parent)
{ }

QStringList ExternalLinksModel::knownSources()
{
    return ExternalLinkUrls::knownSources();
}

bool ExternalLinksModel::isValidSource(const QString &source)
{
    return ExternalLinkUrls::isValidSourceKey(source);
}

QList<ExternalLink> ExternalLinksModel::links() const
{
    QList<ExternalLink> links;
    links.reserve(m_rows.size());
    for (ExternalLink link : m_rows) {
        link.source = link.source.trimmed();
        link.externalKey = link.externalKey.trimmed();
        link.url = link.url.trimmed();
        links.append(link);
    }
    return links;
}

void ExternalLinksModel::setLinks(const QList<ExternalLink> &links)
{
    resetRows(links);
}

int ExternalLinksModel::appendLink()
{
    ExternalLink link;
    // Ids are made by the client on every backend (see DESIGN §2).
    link.id = QUuid::createUuid();
    return appendRow(link);
}

ExternalLinksModel::Check ExternalLinksModel::check() const
{
    const QList<ExternalLink> all = links();
    for (int row = 0; row < all.size(); ++row) {
        const ExternalLink &link = all.at(row);
        const int shown = row + 1;
        if (link.source.isEmpty())
            return { tr("row %1 has no source; choose one such as imdb or isbn.").arg(shown), row };
        if (!isValidSource(link.source))
            return { tr("row %1: the source “%2” may only use lower-case letters, digits and underscores.")
                         .arg(shown)
                         .arg(link.source),
                row };
        if (link.externalKey.isEmpty())
            return { tr("row %1 has no identifier.").arg(shown), row };
        if (!link.url.isEmpty()) {
            const QUrl url(link.url, QUrl::StrictMode);
            const bool web = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
                && !url.host().isEmpty();
            if (!web)
                return { tr("row %1: “%2” is not a web address; it should start with https://.")
                             .arg(shown)
                             .arg(link.url),
                    row };
        }
        for (int earlier = 0; earlier < row; ++earlier) {
            if (all.at(earlier).source == link.source && all.at(earlier).externalKey == link.externalKey)
                return { tr("rows %1 and %2 are the same link.").arg(earlier + 1).arg(shown), row };
        }
    }
    return {};
}

int ExternalLinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExternalLinksModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const ExternalLink &link = m_rows.at(index.row());
    switch (index.column()) {
    case SourceColumn: return link.source;
    case IdentifierColumn: return link.externalKey;
    case AddressColumn: return link.url;
    }
    return {};
}

bool ExternalLinksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isRowIndex(index))
        return false;
    ExternalLink &link = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case SourceColumn: link.source = text.toLower(); break;
    case IdentifierColumn: link.externalKey = text; break;
    case AddressColumn: link.url = text; break;
    default: return false;
    }
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
    return true;
}

QVariant ExternalLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn: return tr("Source");
    case IdentifierColumn: return tr("Identifier");
    case AddressColumn: return tr("Address (optional)");
    }
    return {};
}

} // namespace omt
