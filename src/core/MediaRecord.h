#pragma once

#include "Interaction.h"
#include "Media.h"
#include "MediaList.h"

#include <QList>

namespace omt {

/// Everything stored about one media item: what the edit dialog loads and
/// saves, and what deleting it takes away (so that undo can put it back).
struct MediaRecord
{
    Media media;
    QList<ExternalLink> links;
    /// Both directions, with the other item's title and type.
    QList<RelatedMedia> related;
    /// Every user's interaction with the item (filled when removing; the
    /// edit dialog leaves interactions alone).
    QList<Interaction> interactions;
    /// The lists the item is in, with its positions (filled when loading
    /// and removing; saving leaves list entries alone).
    QList<ListItem> listItems;
};

} // namespace omt
