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
    m_storage.run(
        [mediaIds, work = std::move(work), place](Repositories &r) {
            WriteOutcome outcome;
            outcome.before = place(r, mediaIds);
            outcome.effects = work(r);
            if (outcome.effects && outcome.effects->catalogueChanged)
                outcome.after = place(r, mediaIds);
            return outcome;
        },
        this,
        [this, mediaIds](WriteOutcome outcome) {
            if (--m_pending == 0)
                Q_EMIT busyChanged(false);
            if (!outcome.effects) {
                Q_EMIT failed(outcome.effects.error().message);
                return;
            }
            if (outcome.effects->catalogueChanged)
                m_view.applyPlacement(mediaIds, outcome.before, outcome.after);
            if (!outcome.effects->interactions.isEmpty() || !outcome.effects->untracked.isEmpty())
                m_view.updateInteractions(outcome.effects->interactions, outcome.effects->untracked);
            Q_EMIT written(*outcome.effects);
        });
}

} // namespace omt
