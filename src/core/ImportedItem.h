#pragma once

#include "Interaction.h"
#include "Media.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omt {

/// A list an imported row belongs to (a Goodreads shelf, a Letterboxd list).
struct ImportedListEntry
{
    QString listName;
    /// The row's place in that list in the source (1 = first), or 0 when the
    /// source gives none and the order of the rows is the order of the list.
    qint64 position = 0;

    friend bool operator==(const ImportedListEntry &, const ImportedListEntry &) = default;
};

/// One row of another tracker's export, read into what OmniMediaTrak keeps:
/// the catalogue facts, the identifiers that find the item again on the next
/// import, and the person's own state (status, rating, dates, notes, lists).
struct ImportedItem
{
    /// Catalogue facts; the id is left null (the import finds or makes one).
    Media media;
    /// Identifiers in outside catalogues (source and key; the id, media id
    /// and url may stay empty). Matched before the title is.
    QList<ExternalLink> identifiers;
    /// What the row says about the person's relation to the item, or nothing
    /// (a row of a list that says only that the item is on it). User and
    /// media ids are left null. Its metaSnapshot carries facts without a
    /// column of their own, such as "times_completed" for re-reads.
    std::optional<Interaction> interaction;
    QList<ImportedListEntry> lists;
    /// When the source says this state was reached: the latest of the row's
    /// dates, invalid when it has none. A re-import overwrites what the
    /// library holds only with a state that is newer than it.
    QDateTime asOf;
    /// The row as the source wrote it, column name to text, kept with the
    /// interaction so that nothing the source said is lost.
    QJsonObject sourceRow;
    /// The line of the file the row starts on, for messages.
    int line = 0;
};

} // namespace omt
