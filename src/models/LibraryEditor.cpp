#include "LibraryEditor.h"

#include "LibraryTableModel.h"
#include "storage/AsyncStorage.h"

namespace omt {

namespace {
struct WriteOutcome
{
    Result<WriteEffects> effects = WriteEffects {};
    ViewPlacement before;
    ViewPlacement after;
};
bool affectsView(const WriteEffects &effects, bool orderedList)
{
    return effects.catalogueChanged
        || (orderedList
            && (effects.listsChanged || !effects.interactions.isEmpty() || !effects.untracked.isEmpty()));
}
} // namespace

LibraryEditor::LibraryEditor(
    AsyncStorage &storage, const QUuid &userId, LibraryTableModel &view, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_userId(userId)
    , m_view(view)
{ }

void LibraryEditor::write(const QList<QUuid> &mediaIds, Work work)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    auto place = m_view.placementQuery();
    // What a list view shows depends on more than the catalogue: positions
    // and memberships, and for smart lists the user's tracking too.
    const bool orderedList = m_view.source().isOrderedList();
    m_storage.run(
        [mediaIds, work = std::move(work), place, orderedList](Repositories &r) {
            WriteOutcome outcome;
            if (!orderedList)
                outcome.before = place(r, mediaIds);
            outcome.effects = work(r);
            if (outcome.effects && affectsView(*outcome.effects, orderedList))
                outcome.after = place(r, mediaIds);
            if (orderedList)
                outcome.before.generation = outcome.after.generation;
            return outcome;
        },
        this,
        [this, mediaIds, orderedList](WriteOutcome outcome) {
            if (--m_pending == 0)
                Q_EMIT busyChanged(false);
            if (!outcome.effects) {
                Q_EMIT failed(outcome.effects.error().message);
                return;
            }
            if (affectsView(*outcome.effects, orderedList))
                m_view.applyPlacement(mediaIds, outcome.before, outcome.after);
            if (!outcome.effects->interactions.isEmpty() || !outcome.effects->untracked.isEmpty())
                m_view.updateInteractions(outcome.effects->interactions, outcome.effects->untracked);
            Q_EMIT written(*outcome.effects);
        });
}

} // namespace omt
