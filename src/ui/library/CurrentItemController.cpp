#include "CurrentItemController.h"

#include "CoverController.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "ui/details/DetailsPane.h"
#include "ui/tracking/TrackingPanel.h"

#include <QItemSelectionModel>

namespace omt {

CurrentItemController::CurrentItemController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.service.feed(), &ChangeFeed::changed, this, &CurrentItemController::applyChange);
    connect(&m_context.selection, &QItemSelectionModel::currentRowChanged, this,
        &CurrentItemController::followCurrentRow);
    clear();
}

void CurrentItemController::followCurrentRow()
{
    const QModelIndex current = m_context.selection.currentIndex();
    const QUuid id = current.isValid() ? m_context.model.mediaIdAt(current.row()) : QUuid();
    if (id == m_currentId)
        return;
    if (id.isNull()) {
        clear();
        return;
    }
    load(id);
}

void CurrentItemController::show(const QUuid &mediaId)
{
    if (mediaId.isNull())
        clear();
    else
        load(mediaId);
}

void CurrentItemController::clear()
{
    m_currentId = QUuid();
    ++m_generation;
    m_context.tracking.setItem(Media {}, std::nullopt);
    m_context.details.clear();
    m_context.covers.setRecord(std::nullopt);
}

void CurrentItemController::load(const QUuid &mediaId)
{
    m_currentId = mediaId;
    const quint64 generation = ++m_generation;
    m_context.service.loadItem(mediaId, this, [this, generation](Result<ItemState> item) {
        if (generation != m_generation)
            return;
        if (!item) {
            Q_EMIT failed(item.error());
            return;
        }
        m_context.details.setRecord(item->record);
        m_context.covers.setRecord(item->record);
        m_context.tracking.setItem(item->record.media, item->interaction);
    });
}

void CurrentItemController::applyChange(const LibraryChange &change)
{
    // The view may have moved its current row (an item deleted or brought back).
    followCurrentRow();
    if (m_currentId.isNull() || !change.touches(m_currentId))
        return;
    if (change.mediaRemoved.contains(m_currentId)) {
        // Shown from elsewhere, and now gone.
        clear();
        return;
    }
    const bool changedElsewhere
        = change.origin != LibraryChange::Origin::Local && change.mediaUpdated.contains(m_currentId);
    if (change.everything || change.membershipMedia.contains(m_currentId) || changedElsewhere) {
        // Its lists changed, or another member changed it (the change
        // carries no record): read it again.
        load(m_currentId);
        return;
    }
    for (const MediaRecord &record : change.savedRecords) {
        if (record.media.id == m_currentId) {
            m_context.details.setRecord(record);
            m_context.covers.setRecord(record);
        }
    }
    if (m_context.tracking.mediaId() != m_currentId)
        return;
    for (const Interaction &interaction : change.interactions) {
        if (interaction.mediaId == m_currentId)
            m_context.tracking.setInteraction(interaction);
    }
    if (change.untracked.contains(m_currentId))
        m_context.tracking.setInteraction(std::nullopt);
}

} // namespace omt
